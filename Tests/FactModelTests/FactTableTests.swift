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

    /// Every case of the object, agents and negation reads back. The facts take 8 + 5 + 9 + 7
    /// bytes, the one phrase not in the text 7, and the five entries an offset of 4 bytes each: 56
    /// bytes, where rows of 32-bit fields took 48 a fact and 16 a string. The predicates are
    /// numbers of the vocabulary, each word there once.
    @Test func entriesAreSmallAndKeepEveryCase() {
        let facts = [
            ExtractedFact(subject: 0, predicate: "approve", object: .entity(0), agents: [2], negated: true, sentence: 0),
            ExtractedFact(subject: 1, predicate: "approve", object: .entity(5), agents: [], sentence: 0),
            ExtractedFact(subject: nil, predicate: "meet", object: nil, agents: [4, 4, 0, 1], negated: true, sentence: 1),
            ExtractedFact(subject: 3, predicate: "meet", object: .text("a plan"), agents: [7], sentence: 1),
        ]
        let vocabulary = Vocabulary()
        let table = FactTable(facts, text: FactTableTests.text, sentences: FactTableTests.sentences(of: FactTableTests.text),
                              vocabulary: vocabulary)
        #expect(table.map { ExtractedFact($0) } == facts)
        #expect(table.map(\.negated) == [true, false, true, false])
        #expect(table.pooledStrings == ["a plan"])
        #expect(vocabulary.count == 2 && vocabulary.word(0) == "approve" && vocabulary.word(1) == "meet")
        #expect(table.encodedBytes == 56)
        // Another document with the same words adds none.
        _ = FactTable(facts.reversed(), vocabulary: vocabulary)
        #expect(vocabulary.count == 2)
    }

    /// Numbers keep their exact value whatever they are: whole ones are written as varints,
    /// others (and -0.0, and whole ones past 2^53) as their eight bytes.
    @Test(arguments: [0, 1, -1, 2_200, 1_500.5, -0.0, 1e20, 0x1p53, -0x1p53 + 1, .infinity, 3.14159, Double.leastNonzeroMagnitude])
    func quantityNumbersRoundTrip(_ x: Double) {
        let q = Quantity(text: "x", value: x, min: x == 0 ? nil : -x, max: x, bound: .range, approximate: true, unit: "fighter", currency: "USD")
        let stored = FactTable([ExtractedFact(subject: nil, predicate: "count", object: nil, quantity: q, sentence: 0)])[0].quantity
        #expect(stored == q)
        #expect(stored?.value?.sign == x.sign && stored?.value?.bitPattern == x.bitPattern)
        let nan = Quantity(text: "y", value: .nan, bound: .exact)
        #expect(FactTable([ExtractedFact(subject: nil, predicate: "count", object: nil, quantity: nan, sentence: 0)])[0].quantity?.value?.isNaN == true)
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
        let vocabulary = Vocabulary()
        let table = FactTable(FactTableTests.facts, text: FactTableTests.text, sentences: FactTableTests.sentences(of: FactTableTests.text),
                              vocabulary: vocabulary)
        // Sentence 0 stores "in May" and the berths once for two facts; later sentences again.
        #expect(table.storedParts.times == 2)
        #expect(table.storedParts.quantities == 2)
        // approve, fund, meet, open; 2024-05, in; berth.
        #expect(vocabulary.count == 7)
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

@Suite("FactTable: many generated facts read back as stored")
struct FactTableRoundTripTests {
    /// A deterministic generator (SplitMix64), so a failure names its seed.
    struct SplitMix { var state: UInt64; mutating func next(_ n: Int) -> Int { state &+= 0x9E37_79B9_7F4A_7C15; var z = state; z = (z ^ z >> 30) &* 0xBF58_476D_1CE4_E5B9; z = (z ^ z >> 27) &* 0x94D0_49BB_1331_11EB; return Int((z ^ z >> 31) % UInt64(n)) } }

    @Test(arguments: [1, 2, 3, 4, 5])
    func generatedFactsRoundTrip(seed: UInt64) {
        var g = SplitMix(state: seed)
        let words = ["approve", "meet", "kill", "stand for", "a very long predicate that is not inline", "in May", "Officials", "P6W", "fighter"]
        let text = String(repeating: "The board approved 40 berths in May. Officials said the port opened. ", count: 20)
        let sentences = FactTableTests.sentences(of: text)
        func maybe<T>(_ make: () -> T) -> T? { g.next(3) == 0 ? nil : make() }
        var facts: [ExtractedFact] = []
        for k in 0..<400 {
            let sentence = min(k / 3, sentences.count + 2)
            let time = maybe { TimeExpression(text: words[g.next(words.count)], value: words[g.next(words.count)],
                                              mod: maybe { "END" }, signal: maybe { "since" },
                                              start: maybe { CalendarDate(year: 1900 + g.next(200), month: 1 + g.next(12), day: 1 + g.next(28)) },
                                              end: maybe { CalendarDate(year: 1900 + g.next(200), month: 1 + g.next(12), day: 1 + g.next(28)) }) }
            let quantity = maybe { Quantity(text: words[g.next(words.count)], value: maybe { Double(g.next(100_000)) / Double(1 + g.next(4)) },
                                            min: maybe { Double(g.next(1000)) }, max: maybe { -Double(g.next(1 << 40)) },
                                            bound: [.exact, .lower, .upper, .range][g.next(4)], approximate: g.next(2) == 0,
                                            unit: maybe { words[g.next(words.count)] }, currency: maybe { "EUR" }) }
            let object: ExtractedObject? = g.next(3) == 0 ? nil : g.next(2) == 0 ? .entity(g.next(300)) : .text(TextSpan(words[g.next(words.count)]))
            facts.append(ExtractedFact(subject: maybe { g.next(200) }, predicate: words[g.next(words.count)], object: object,
                                       agents: (0..<g.next(4)).map { _ in g.next(1000) }, quantity: quantity, time: time,
                                       place: maybe { g.next(70_000) }, attributionName: maybe { words[g.next(words.count)] },
                                       attributionEntity: maybe { g.next(5) }, negated: g.next(2) == 0, sentence: sentence))
        }
        for table in [FactTable(facts, text: text, sentences: sentences), FactTable(facts)] {
            #expect(table.count == facts.count)
            for (stored, given) in zip(table, facts) where ExtractedFact(stored) != given {
                Issue.record("seed \(seed): \(ExtractedFact(stored)) != \(given)")
                return
            }
        }
    }
}
