#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The facts of one document, stored in columns of fixed-size rows.
///
/// A served corpus holds about one fact per 80 bytes of text, so a fact's storage is paid
/// hundreds of thousands of times. Here a fact is one row of 32-bit fields; its agents are a run
/// of one shared array; equal times and quantities of a sentence are stored once, as rows.
/// Words as written (a time's or quantity's text, a text object, an attribution) are kept as
/// UTF-8 ranges of the document's text, found in the fact's sentence; other strings (predicates,
/// TIMEX3 values, units, …) sit in one pool of distinct strings. Nothing is allocated per fact.
/// Read in place through ``StoredFact``, which has the fields of ``ExtractedFact``.
public struct FactTable: Sendable, RandomAccessCollection, Equatable {
    private let storage: Storage

    /// Stores `facts` of a document with this text and these sentences in columns.
    public init(_ facts: [ExtractedFact] = [], text: String = "", sentences: SentenceTable = SentenceTable()) {
        var reading = text  // native strings give their storage without a copy
        storage = reading.withUTF8 { bytes in
            var builder = Builder(text: text, bytes: bytes, sentences: sentences)
            for fact in facts { builder.append(fact) }
            return builder.storage()
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.rows.count }

    public subscript(index: Int) -> StoredFact { StoredFact(storage: storage, row: storage.rows[index]) }

    /// Heap bytes of the table (rows, agents, times, quantities and strings), for memory reports.
    public var bytes: Int { storage.bytes }

    /// The same bytes by part, for memory reports.
    public var parts: KeyValuePairs<String, Int> { storage.parts }

    /// The strings kept in the pool, not as ranges of the text (for tests).
    var pooledStrings: [String] { storage.strings }
    /// Bytes of one fact's row and of one time's (for tests).
    static var rowSize: Int { MemoryLayout<Row>.stride }
    static var timeRowSize: Int { MemoryLayout<TimeRow>.stride }
    /// Number of distinct times and quantities stored (for tests).
    var storedParts: (times: Int, quantities: Int) { (storage.times.count, storage.quantities.count) }

    public static func == (a: FactTable, b: FactTable) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { ExtractedFact($0) == ExtractedFact($1) }
    }
}

/// One fact of a ``FactTable``, read in place: the fields of ``ExtractedFact``.
public struct StoredFact: Sendable {
    fileprivate let storage: FactTable.Storage
    fileprivate let row: FactTable.Row

    public var subject: Int? { FactTable.index(row.subject) }
    /// A lemma: "form", "kill", "stand for", "be".
    public var predicate: String { storage.strings[Int(row.predicate < 0 ? ~row.predicate : row.predicate)] }
    public var object: ExtractedObject? {
        if let e = row.objectEntity { return .entity(e) }
        return storage.span(row.object).map { .text($0) }
    }
    public var agents: [Int] { storage.agents[agentRange].map { Int($0) } }
    public var quantity: Quantity? { row.quantity < 0 ? nil : storage.quantity(Int(row.quantity)) }
    public var time: TimeExpression? { row.time < 0 ? nil : storage.time(Int(row.time)) }
    public var place: Int? { FactTable.index(row.place) }
    public var attributionName: String? { storage.span(row.attributionName)?.string }
    public var attributionEntity: Int? { FactTable.index(row.attributionEntity) }
    public var negated: Bool { row.predicate < 0 }
    /// Index into ``DocumentExtraction/sentences``.
    public var sentence: Int { Int(row.sentence) }

    /// Where the agents are in the table's `agents`: after their count, at `agents`.
    private var agentRange: Range<Int> {
        guard row.agents >= 0 else { return 0..<0 }
        let start = Int(row.agents) + 1
        return start..<start + Int(storage.agents[start - 1])
    }

    /// Calls `body` with every entity index this fact refers to, without building an array.
    public func forEachEntityIndex(_ body: (Int) -> Void) {
        if row.subject >= 0 { body(Int(row.subject)) }
        if let e = row.objectEntity { body(e) }
        for i in agentRange { body(Int(storage.agents[i])) }
        if row.place >= 0 { body(Int(row.place)) }
        if row.attributionEntity >= 0 { body(Int(row.attributionEntity)) }
    }
}

extension ExtractedFact {
    /// The fact a table stores, as a value of its own.
    public init(_ stored: StoredFact) {
        self.init(subject: stored.subject, predicate: stored.predicate, object: stored.object, agents: stored.agents,
                  quantity: stored.quantity, time: stored.time, place: stored.place,
                  attributionName: stored.attributionName, attributionEntity: stored.attributionEntity,
                  negated: stored.negated, sentence: stored.sentence)
    }
}

extension FactTable {
    /// Words of a fact: a UTF-8 range of the document's text when they are written there,
    /// else a string of the pool.
    fileprivate struct TextRef: Sendable {
        /// ≥ 0: where the words start in the document's UTF-8; -1: none; ≤ -2: pool string -2 - start.
        var start: Int32
        /// End of the range, exclusive.
        var end: Int32

        static let none = TextRef(start: -1, end: -1)
        init(start: Int32, end: Int32) {
            self.start = start
            self.end = end
        }
        init(_ range: Range<Int>) { self.init(start: Int32(range.lowerBound), end: Int32(range.upperBound)) }
        static func pooled(_ index: Int32) -> TextRef { TextRef(start: -2 - index, end: -1) }
    }

    /// One fact, 48 bytes. Indices are -1 for none.
    fileprivate struct Row: Sendable {
        var subject: Int32
        /// Words (a ``TextRef``), or an entity: local entity `start` when `end` is -2.
        var object: TextRef
        /// Into `strings`; `~index` (negative) when the fact is negated.
        var predicate: Int32
        /// Where the agents start in `agents`: their count, then the agents; -1 for none.
        var agents: Int32
        /// Into `quantities` and `times`.
        var quantity: Int32
        var time: Int32
        var place: Int32
        var attributionName: TextRef
        var attributionEntity: Int32
        var sentence: Int32

        var objectEntity: Int? { object.end == -2 ? Int(object.start) : nil }
    }

    /// A time; strings are indices into `strings` (-1 for none).
    fileprivate struct TimeRow: Sendable {
        var text: TextRef
        var value: Int32
        var mod: Int32
        var signal: Int32
        /// Packed dates (``CalendarDate/packedValue``), `Int32.min` for none: four bytes each
        /// where an optional date takes eight.
        var startDate: Int32
        var endDate: Int32

        init(text: TextRef, value: Int32, mod: Int32, signal: Int32, start: CalendarDate?, end: CalendarDate?) {
            self.text = text
            self.value = value
            self.mod = mod
            self.signal = signal
            startDate = start?.packedValue ?? .min
            endDate = end?.packedValue ?? .min
        }

        var start: CalendarDate? { startDate == .min ? nil : CalendarDate(packedValue: startDate) }
        var end: CalendarDate? { endDate == .min ? nil : CalendarDate(packedValue: endDate) }
    }

    /// A quantity; strings are indices into `strings` (-1 for none), absent numbers are NaN.
    fileprivate struct QuantityRow: Sendable {
        var value: Double
        var min: Double
        var max: Double
        var text: TextRef
        var unit: Int32
        var currency: Int32
        var bound: QuantityBound
        var approximate: Bool
    }

    fileprivate final class Storage: Sendable {
        let rows: [Row]
        let agents: [Int32]
        let times: [TimeRow]
        let quantities: [QuantityRow]
        /// Every distinct string of the table that is not a range of `text`, once.
        let strings: [String]
        /// The document's text, which ``TextRef``s point into.
        let text: String

        init(rows: [Row], agents: [Int32], times: [TimeRow], quantities: [QuantityRow], strings: [String], text: String) {
            self.rows = rows
            self.agents = agents
            self.times = times
            self.quantities = quantities
            self.strings = strings
            self.text = text
        }

        func string(_ index: Int32) -> String? { index < 0 ? nil : strings[Int(index)] }

        func span(_ ref: TextRef) -> TextSpan? {
            if ref.start >= 0 { return TextSpan(in: text, utf8: Int(ref.start)..<Int(ref.end)) }
            if ref.start == -1 { return nil }
            return TextSpan(strings[Int(-2 - ref.start)])
        }

        func time(_ index: Int) -> TimeExpression {
            let t = times[index]
            return TimeExpression(text: span(t.text)!.string, value: strings[Int(t.value)], mod: string(t.mod),
                                  signal: string(t.signal), start: t.start, end: t.end)
        }

        func quantity(_ index: Int) -> Quantity {
            let q = quantities[index]
            func number(_ x: Double) -> Double? { x.isNaN ? nil : x }
            return Quantity(text: span(q.text)!.string, value: number(q.value), min: number(q.min), max: number(q.max),
                            bound: q.bound, approximate: q.approximate, unit: string(q.unit), currency: string(q.currency))
        }

        var parts: KeyValuePairs<String, Int> {
            ["rows": HeapSize.malloc(16 + 6 * 8) + HeapSize.array(rows) + HeapSize.array(agents),
             "times": HeapSize.array(times), "quantities": HeapSize.array(quantities),
             "strings": HeapSize.array(strings) + strings.reduce(0) { $0 + HeapSize.string($1) }]
        }

        var bytes: Int { parts.reduce(0) { $0 + $1.value } }
    }

    fileprivate static func index(_ stored: Int32) -> Int? { stored < 0 ? nil : Int(stored) }
    private static func store(_ index: Int?) -> Int32 { index.map { Int32(clamping: $0) } ?? -1 }

    /// Collects rows, storing each distinct string, time and quantity once.
    private struct Builder {
        let text: String
        let bytes: UnsafeBufferPointer<UInt8>
        let sentences: SentenceTable
        var rows: [Row] = []
        var agents: [Int32] = []
        var times: [TimeRow] = []
        var quantities: [QuantityRow] = []
        var strings = StringPool()
        /// The times and quantities stored for the current sentence, to store equal ones once:
        /// a clause's time or amount often frames several facts. Compared within a sentence only,
        /// which finds nearly all of them without hashing every one.
        var sentence = -1
        /// Where the current sentence is in `bytes`, when it is a span of the text.
        var sentenceRange: Range<Int>? = nil
        var sentenceTimes: [(TimeExpression, Int32)] = []
        var sentenceQuantities: [(Quantity, Int32)] = []

        mutating func string(_ s: String) -> Int32 { strings.index(of: s) }

        mutating func string(_ s: String?) -> Int32 { s.map { string($0) } ?? -1 }

        /// The document's text is read through `bytes`.
        init(text: String, bytes: UnsafeBufferPointer<UInt8>, sentences: SentenceTable) {
            self.text = text
            self.bytes = bytes
            self.sentences = sentences
        }

        /// Where `words` are written in sentence `s`, else a pooled copy.
        mutating func reference(_ words: TextSpan?, sentence s: Int) -> TextRef {
            guard let words else { return .none }
            if let r = words.utf8Range(sharing: text) { return TextRef(r) }
            return reference(words.string, sentence: s)
        }

        mutating func reference(_ words: String?, sentence s: Int) -> TextRef {
            guard var words else { return .none }
            enter(sentence: s)
            if let r = words.withUTF8({ find($0) }) { return TextRef(r) }
            return .pooled(string(words))
        }

        /// The first UTF-8 range of the current sentence that reads `needle`.
        func find(_ needle: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
            let n = needle.count
            guard let within = sentenceRange, n > 0, within.count >= n,
                  let a = bytes.baseAddress, let b = needle.baseAddress else { return nil }
            // memchr to each place the first byte occurs, memcmp there.
            var start = within.lowerBound
            let last = within.upperBound - n
            while start <= last, let hit = memchr(a + start, Int32(b[0]), last - start + 1) {
                start = UnsafeRawPointer(hit) - UnsafeRawPointer(a)
                if memcmp(a + start, b, n) == 0 { return start..<(start + n) }
                start += 1
            }
            return nil
        }

        mutating func enter(sentence s: Int) {
            guard s != sentence else { return }
            sentence = s
            sentenceRange = sentences.utf8Range(of: s)
            sentenceTimes.removeAll(keepingCapacity: true)
            sentenceQuantities.removeAll(keepingCapacity: true)
        }

        mutating func time(_ t: TimeExpression, sentence s: Int) -> Int32 {
            enter(sentence: s)
            if let (_, i) = sentenceTimes.first(where: { $0.0 == t }) { return i }
            let i = Int32(times.count)
            times.append(TimeRow(text: reference(t.text, sentence: s), value: string(t.value), mod: string(t.mod), signal: string(t.signal),
                                 start: t.start, end: t.end))
            sentenceTimes.append((t, i))
            return i
        }

        mutating func quantity(_ q: Quantity, sentence s: Int) -> Int32 {
            enter(sentence: s)
            if let (_, i) = sentenceQuantities.first(where: { $0.0 == q }) { return i }
            let i = Int32(quantities.count)
            quantities.append(QuantityRow(value: q.value ?? .nan, min: q.min ?? .nan, max: q.max ?? .nan,
                                          text: reference(q.text, sentence: s), unit: string(q.unit), currency: string(q.currency),
                                          bound: q.bound, approximate: q.approximate))
            sentenceQuantities.append((q, i))
            return i
        }

        mutating func append(_ f: ExtractedFact) {
            var object = TextRef.none
            switch f.object {
            case .entity(let e)?: object = TextRef(start: FactTable.store(e), end: -2)
            case .text(let t)?: object = reference(t, sentence: f.sentence)
            case nil: break
            }
            var agentsAt: Int32 = -1
            if !f.agents.isEmpty {
                agentsAt = Int32(agents.count)
                agents.append(Int32(clamping: f.agents.count))
                agents.append(contentsOf: f.agents.map { Int32(clamping: $0) })
            }
            let predicate = string(f.predicate)
            rows.append(Row(
                subject: FactTable.store(f.subject), object: object,
                predicate: f.negated ? ~predicate : predicate, agents: agentsAt,
                quantity: f.quantity.map { quantity($0, sentence: f.sentence) } ?? -1,
                time: f.time.map { time($0, sentence: f.sentence) } ?? -1,
                place: FactTable.store(f.place), attributionName: reference(f.attributionName, sentence: f.sentence),
                attributionEntity: FactTable.store(f.attributionEntity), sentence: Int32(clamping: f.sentence)))
        }

        /// The columns, each copied to its exact size.
        func storage() -> Storage {
            Storage(rows: rows.trimmed(), agents: agents.trimmed(), times: times.trimmed(), quantities: quantities.trimmed(),
                    strings: strings.strings.trimmed(), text: text)
        }
    }
}
