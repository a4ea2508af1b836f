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
