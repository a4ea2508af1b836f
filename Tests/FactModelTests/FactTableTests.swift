@testable import FactModel
import Testing

@Suite("FactTable: a document's facts in columns")
struct FactTableTests {
    static let text = "The board approved 40 berths in May. Officials said the port opened in May."
    static let may = TimeExpression(text: "in May", value: "2024-05", signal: "in",
                                    start: CalendarDate(year: 2024, month: 5, day: 1), end: CalendarDate(year: 2024, month: 5, day: 31))
    static let berths = Quantity(text: "about 40 berths", value: 40, bound: .exact, approximate: true, unit: "berth")

    /// Sentences as the extractor makes them: spans of the document's own text.
    static func sentences(of text: String) -> SentenceTable {
        let bytes = Array(text.utf8)
        var spans: [SentenceSpan] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: ".") {
            spans.append(SentenceSpan(line: 1, start: start, end: i + 1, text: TextSpan(in: text, utf8: start..<(i + 1))))
            start = i + 2
        }
        return SentenceTable(spans, text: text)
    }

    static let facts = [
        ExtractedFact(subject: 0, predicate: "approve", object: .text(TextSpan(in: text, utf8: 19..<28)), quantity: berths,
                      time: may, sentence: 0),
        ExtractedFact(subject: 1, predicate: "fund", object: nil, quantity: berths, time: may, sentence: 0),
        ExtractedFact(subject: nil, predicate: "meet", object: .entity(2), agents: [0, 3, 1], place: 3,
                      attributionName: "Officials", sentence: 1),
        ExtractedFact(subject: 1, predicate: "open", object: .text("a new berth"), time: may, place: nil,
                      attributionName: "the harbour master", attributionEntity: 4, negated: true, sentence: 1),
        ExtractedFact(subject: 2, predicate: "approve", object: nil, quantity: berths, sentence: 7),  // no such sentence
    ]

    @Test func readsBackEveryFieldAsStored() {
        let table = FactTable(FactTableTests.facts, text: FactTableTests.text, sentences: FactTableTests.sentences(of: FactTableTests.text))
        #expect(table.count == FactTableTests.facts.count)
        for (stored, given) in zip(table, FactTableTests.facts) {
            #expect(ExtractedFact(stored) == given)
            var fromTable: [Int] = []
            var fromFact: [Int] = []
            stored.forEachEntityIndex { fromTable.append($0) }
            given.forEachEntityIndex { fromFact.append($0) }
            #expect(fromTable == fromFact)
        }
        #expect(table[2].agents == [0, 3, 1])
        #expect(table[3].negated && !table[0].negated)
    }

    /// A row takes 48 bytes: the object is words or an entity in one field, negation is the sign
    /// of the predicate, and agents keep their count beside them.
    @Test func rowsAreNarrowAndKeepEveryCase() {
        #expect(FactTable.rowSize == 48)
        #expect(FactTable.timeRowSize == 28)
        let facts = [
            ExtractedFact(subject: 0, predicate: "approve", object: .entity(0), agents: [2], negated: true, sentence: 0),
            ExtractedFact(subject: 1, predicate: "approve", object: .entity(5), agents: [], sentence: 0),
            ExtractedFact(subject: nil, predicate: "meet", object: nil, agents: [4, 4, 0, 1], negated: true, sentence: 1),
            ExtractedFact(subject: 3, predicate: "meet", object: .text("a plan"), agents: [7], sentence: 1),
        ]
        let table = FactTable(facts, text: FactTableTests.text, sentences: FactTableTests.sentences(of: FactTableTests.text))
        #expect(table.map { ExtractedFact($0) } == facts)
        #expect(table.map(\.negated) == [true, false, true, false])
        #expect(table.pooledStrings.filter { $0 == "approve" || $0 == "meet" }.count == 2)
    }

    /// Times keep their dates in four bytes each: present or absent, any year.
    @Test(arguments: [(2024, 5, 31), (-500, 1, 1), (0, 12, 31), (9999, 2, 28), (12345, 6, 15)])
    func timeDatesRoundTrip(year: Int, month: Int, day: Int) {
        let date = CalendarDate(year: year, month: month, day: day)
        #expect(CalendarDate(packedValue: date.packedValue) == date && date.packedValue != .min)
        let times = [
            TimeExpression(text: "then", value: "X", start: date, end: date),
            TimeExpression(text: "since then", value: "Y", start: date, end: nil),
            TimeExpression(text: "until then", value: "Z", start: nil, end: date),
            TimeExpression(text: "once", value: "PAST_REF"),
        ]
        let facts = times.map { ExtractedFact(subject: 0, predicate: "happen", object: nil, time: $0, sentence: 0) }
        #expect(FactTable(facts).map { ExtractedFact($0) } == facts)
    }

    @Test func wordsWrittenInTheSentenceAreRangesOfTheText() {
        let table = FactTable(FactTableTests.facts, text: FactTableTests.text, sentences: FactTableTests.sentences(of: FactTableTests.text))
        let pooled = Set(table.pooledStrings)
        // In the text: the time's words, the text object, "Officials" in sentence 1.
        for written in ["in May", "40 berths", "Officials"] { #expect(!pooled.contains(written), "\(written)") }
        // Not in the text (or not in the fact's sentence): kept as strings, read back the same.
        for elsewhere in ["a new berth", "the harbour master", "about 40 berths"] { #expect(pooled.contains(elsewhere), "\(elsewhere)") }
        #expect(table[3].attributionName == "the harbour master")
        #expect(table[0].quantity?.text == "about 40 berths")
    }

    @Test func equalTimesQuantitiesOfASentenceAndEqualStringsAreStoredOnce() {
        let table = FactTable(FactTableTests.facts, text: FactTableTests.text, sentences: FactTableTests.sentences(of: FactTableTests.text))
        // Sentence 0 stores "in May" and the berths once for two facts; later sentences again.
        #expect(table.storedParts.times == 2)
        #expect(table.storedParts.quantities == 2)
        #expect(table.pooledStrings.filter { $0 == "approve" }.count == 1)
        #expect(table[4].quantity == FactTableTests.berths)
        #expect(table[3].time == FactTableTests.may)
    }

    @Test func withoutTheDocumentTextEverythingIsPooled() {
        let table = FactTable(FactTableTests.facts)
        #expect(table.map(ExtractedFact.init) == FactTableTests.facts)
        #expect(table.pooledStrings.contains("in May"))
        #expect(FactTable().isEmpty && FactTable() == FactTable([]))
    }

    @Test func tablesCompareByTheirFacts() {
        let a = FactTable(FactTableTests.facts, text: FactTableTests.text, sentences: FactTableTests.sentences(of: FactTableTests.text))
        let b = FactTable(FactTableTests.facts)
        #expect(a == b)
        #expect(a != FactTable(Array(FactTableTests.facts.dropLast())))
        var changed = FactTableTests.facts
        changed[1].negated = true
        #expect(a != FactTable(changed))
    }
}
