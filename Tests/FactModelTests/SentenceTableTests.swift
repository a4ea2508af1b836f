@testable import FactModel
import Testing

@Suite struct SentenceTableTests {
    static let text = "Rain fell. The port closed on Tuesday."

    @Test func spansOfTheTextReadBackAsWritten() {
        let spans = [
            SentenceSpan(line: 1, start: 0, end: 10, text: TextSpan(in: SentenceTableTests.text, utf8: 0..<10)),
            SentenceSpan(line: 2, start: 11, end: 38, text: TextSpan(in: SentenceTableTests.text, utf8: 11..<38)),
        ]
        let table = SentenceTable(spans, text: SentenceTableTests.text)
        #expect(Array(table) == spans)
        #expect(table.map(\.text) == ["Rain fell.", "The port closed on Tuesday."])
        #expect(table[1].line == 2 && table[1].start == 11 && table[1].end == 38)
        #expect(table.utf8Range(of: 1) == 11..<38)
        #expect(table.utf8Range(of: 2) == nil)
    }

    @Test func sentencesMadeByHandKeepTheirOwnText() {
        let spans = [SentenceSpan(line: 1, start: 0, end: 9, text: "Elsewhere."),
                     SentenceSpan(line: 1, start: 0, end: 10, text: TextSpan(in: SentenceTableTests.text, utf8: 0..<10))]
        let table = SentenceTable(spans, text: SentenceTableTests.text)
        #expect(table.map(\.text) == ["Elsewhere.", "Rain fell."])
        #expect(table.utf8Range(of: 0) == nil)
        #expect(table.utf8Range(of: 1) == 0..<10)
        #expect(SentenceTable().isEmpty && SentenceTable() == SentenceTable([], text: "x"))
    }
}

@Suite struct SentenceTableEncodingTests {
    /// Sentences of a long mixed text (ASCII, two- to four-byte scalars, blank lines, and a
    /// sentence made by hand in the middle) read back exactly, past several checkpoints.
    @Test func longMixedTextReadsBack() {
        let pieces = ["Rain fell.", "Le préfet a parlé.", "“Quote,” he said.", "Emoji 🚢 sailed.", "北京 news.", "Done."]
        // The text first: a TextSpan must point into the very string the table is given.
        var text = ""
        var places: [(utf8: Range<Int>, scalars: Range<Int>, line: Int)] = []
        var line = 1
        for k in 0..<60 {
            let piece = pieces[k % pieces.count]
            let utf8Start = text.utf8.count
            let scalarStart = text.unicodeScalars.count
            text += piece
            places.append((utf8Start..<text.utf8.count, scalarStart..<text.unicodeScalars.count, line))
            text += k % 7 == 0 ? "\n\n" : " "
            if k % 7 == 0 { line += 2 }
        }
        var built: [SentenceSpan] = []
        for (k, p) in places.enumerated() {
            built.append(SentenceSpan(line: p.line, start: p.scalars.lowerBound, end: p.scalars.upperBound,
                                      text: TextSpan(in: text, utf8: p.utf8)))
            if k == 30 { built.append(SentenceSpan(line: 99, start: 5, end: 9, text: "Made by hand.")) }
        }
        let table = SentenceTable(built, text: text)
        #expect(table.count == built.count)
        #expect(Array(table) == built)
        #expect(table.indices.map { table[$0] } == built)  // the subscript, from checkpoints
        #expect(table.map(\.text) == built.map(\.text))
        #expect(table.utf8Range(of: 31) == nil)
        #expect(table.utf8Range(of: 32) == places[31].utf8)
        #expect(table[31].text == "Made by hand.")
        // Encoded, checkpoints and the one hand-made text: well under the 20 bytes a sentence of fixed rows.
        #expect(table.bytes < 12 * built.count)
    }
}
