import FactModel
import Testing

@Suite struct TextSpanTests {
    let document = "Zürich: the NHPA approved a plan. Then “it” rested."

    func span(_ from: String, _ to: String) -> TextSpan {
        let utf8 = Array(document.utf8)
        let start = utf8.firstRange(of: Array(from.utf8))!.lowerBound
        let end = utf8.firstRange(of: Array(to.utf8))!.upperBound
        return TextSpan(in: document, utf8: start..<end)
    }

    @Test func readsItsPartOfTheDocument() {
        let cases: [(from: String, to: String, text: String)] = [
            ("Zürich", "Zürich", "Zürich"),
            ("the", "plan.", "the NHPA approved a plan."),
            ("“", "”", "“it”"),
            ("Zürich", "rested.", document),
        ]
        for c in cases {
            let s = span(c.from, c.to)
            #expect(s.string == c.text)
            #expect(s.description == c.text)
            #expect(s.utf8Count == c.text.utf8.count)
            #expect(s.withUTF8 { Array($0) } == Array(c.text.utf8))
        }
    }

    @Test func equalByTextWhereverItIsStored() {
        let inDocument = span("a plan", "a plan")
        let own: TextSpan = "a plan"
        #expect(inDocument == own)
        #expect(inDocument.hashValue == own.hashValue)
        #expect(Set([inDocument, own, TextSpan("a plan")]).count == 1)
        #expect(span("the", "NHPA") != own)
        #expect(TextSpan("") == TextSpan(in: document, utf8: 5..<5))
    }
}
