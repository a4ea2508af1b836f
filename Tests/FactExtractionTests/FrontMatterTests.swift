import FactExtraction
import FactModel
import Testing

@Suite struct FrontMatterTests {
    struct Case: Sendable {
        var text: String
        var title: String? = nil
        var date: String? = nil
        var body: String  // what follows the front matter
        var warnings = 0
    }

    static let cases: [Case] = [
        Case(text: "---\ntitle: Port\ndate: 2024-03-14\n---\nBody.", title: "Port", date: "2024-03-14", body: "Body."),
        Case(text: "---\r\ntitle: \"Quoted\"\r\ndate: 2024-03-14T10:00:00Z\r\n---\r\nBody", title: "Quoted", date: "2024-03-14", body: "Body"),
        Case(text: "---  \nsource: wire\n  ---  \n\nAfter a blank line.", body: "\nAfter a blank line."),
        Case(text: "---\ntitle: A\n---", title: "A", body: ""),
        Case(text: "---\ntitle: 'Zoë'\n---\n", title: "Zoë", body: ""),
        Case(text: "---\ntitle: x\nNo closing line.\n", body: "---\ntitle: x\nNo closing line.\n", warnings: 1),
        Case(text: "---\njust words\ndate: soon\n---\nBody.", body: "Body.", warnings: 2),
        Case(text: "----\ntitle: x\n---\nBody.", body: "----\ntitle: x\n---\nBody."),
        Case(text: "--- not front matter\n---\n", body: "--- not front matter\n---\n"),
        Case(text: "Plain text.\n---\ntitle: late\n---\n", body: "Plain text.\n---\ntitle: late\n---\n"),
        // Unicode spaces around a value are trimmed as ASCII ones are; letters beyond ASCII kept.
        Case(text: "---\nTitle:\u{00A0}Café Zoë\u{2003}\n\tDATE : 2024-03-14 \n---\nBody.", title: "Café Zoë", date: "2024-03-14", body: "Body."),
    ]

    @Test(arguments: cases.indices)
    func readsTheBlockAndOnlyIt(_ index: Int) {
        let c = Self.cases[index]
        let bytes = Array(c.text.utf8)
        let front = FrontMatter(parsing: bytes)
        #expect(front.title == c.title)
        #expect(front.date?.description == c.date)
        #expect(String(decoding: bytes[front.bodyStart...], as: UTF8.self) == c.body)
        #expect(front.warnings.count == c.warnings, "\(front.warnings)")
    }
}
