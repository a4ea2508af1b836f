/// The facts of one document, encoded in one array of bytes.
///
/// A served corpus holds about one fact per 80 bytes of text, so a fact's storage is paid
/// hundreds of thousands of times. Here each fact, and each distinct time and quantity of a
/// sentence, is one entry of varints (``VarintWriter``) in a single byte array, found through one
/// array of 32-bit entry offsets: a typical fact takes a dozen bytes where a row of fixed 32-bit
/// fields took 48 (and a time 28, a quantity 48). Words as written (a time's or quantity's text,
/// a text object, an attribution) are UTF-8 ranges of the document's text, found in the fact's
/// sentence, or else string entries of their own; the words that are not phrases (predicates,
/// TIMEX3 values, units, …) are numbers of the process-wide ``Vocabulary``.
/// Nothing is allocated per fact. Read in place through ``StoredFact``, which decodes one entry
/// and has the fields of ``ExtractedFact``.
public struct FactTable: Sendable, RandomAccessCollection, Equatable {
    private let storage: Storage

    /// Stores `facts` of a document with this text and these sentences; their words go to
    /// `vocabulary`.
    public init(_ facts: [ExtractedFact] = [], text: String = "", sentences: SentenceTable = SentenceTable(),
                vocabulary: Vocabulary = .shared) {
        self.init(facts, document: DocumentText(text), sentences: sentences, vocabulary: vocabulary)
    }

    private init(storage: Storage) {
        self.storage = storage
    }

    /// The same facts reading `text`, which must be the same text (deflated, say).
    func sharing(_ text: DocumentText) -> FactTable {
        FactTable(storage: Storage(stream: storage.stream, entryCount: storage.entryCount, factCount: storage.factCount,
                                   timeCount: storage.timeCount, quantityCount: storage.quantityCount,
                                   text: text, vocabulary: storage.vocabulary))
    }

    /// Stores `facts` of a document whose text is `document` (not yet deflated).
    init(_ facts: [ExtractedFact], document: DocumentText, sentences: SentenceTable, vocabulary: Vocabulary) {
        var reading = document.string  // native strings give their storage without a copy
        let text = reading
        storage = reading.withUTF8 { bytes in
            var builder = Builder(text: text, bytes: bytes, sentences: sentences, vocabulary: vocabulary)
            // A fact with its share of times and quantities takes about 20 bytes: grown once,
            // then trimmed to size.
            builder.out.reserve(20 * facts.count)
            builder.factStarts.reserveCapacity(facts.count)
            // Each fact read in place: through the array's subscript or `for fact in` it is copied, a dozen references retained.
            facts.withUnsafeBufferPointer { all in for n in all.indices { builder.append(all[n]) } }
            return builder.storage(sharing: document)
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.factCount }

    public subscript(index: Int) -> StoredFact {
        precondition(index >= 0 && index < storage.factCount, "fact index out of range")
        return StoredFact(storage: storage, row: storage.row(index))
    }

    /// Heap bytes of the table, for memory reports.
    public var bytes: Int { storage.parts.reduce(0) { $0 + $1.value } }

    /// The same bytes by part (facts, times, quantities, phrases kept as strings), for memory reports.
    public var parts: KeyValuePairs<String, Int> { storage.parts }

    /// The phrases stored as string entries, not as ranges of the text (for tests).
    var pooledStrings: [String] { (0..<storage.stringCount).map { storage.string(Int32($0)) } }
    /// Bytes of the table's entries and offsets, without array headers (for tests).
    var encodedBytes: Int { storage.stream.count }
    /// Number of distinct times and quantities stored (for tests).
    var storedParts: (times: Int, quantities: Int) { (storage.timeCount, storage.quantityCount) }

    public static func == (a: FactTable, b: FactTable) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { ExtractedFact($0) == ExtractedFact($1) }
    }
}

/// One fact of a ``FactTable``, decoded: the fields of ``ExtractedFact``.
public struct StoredFact: Sendable {
    fileprivate let storage: FactTable.Storage
    fileprivate let row: FactTable.Row

    public var subject: Int? { FactTable.index(row.subject) }
    /// A lemma: "form", "kill", "stand for", "be".
    public var predicate: String { storage.word(row.predicate)! }
    public var object: ExtractedObject? {
        if let e = row.objectEntity { return .entity(e) }
        return storage.span(row.object).map { .text($0) }
    }
    public var agents: [Int] {
        var out: [Int] = []
        forEachAgent { out.append($0) }
        return out
    }
    public var quantity: Quantity? { row.quantity < 0 ? nil : storage.quantity(Int(row.quantity)) }
    public var time: TimeExpression? { row.time < 0 ? nil : storage.time(Int(row.time)) }
    public var place: Int? { FactTable.index(row.place) }
    public var attributionName: String? { storage.span(row.attributionName)?.string }
    public var attributionEntity: Int? { FactTable.index(row.attributionEntity) }
    public var negated: Bool { row.negated }
    /// Index into ``DocumentExtraction/sentences``.
    public var sentence: Int { Int(row.sentence) }

    /// The predicate's number in the vocabulary: facts with the same predicate have the same
    /// number, so a filter can test each number once.
    var predicateEntry: Int32 { row.predicate }

    /// The first and last day of the fact's time, without building the rest of it (for filters).
    var timeBounds: (start: CalendarDate?, end: CalendarDate?)? { row.time < 0 ? nil : storage.timeBounds(Int(row.time)) }

    private func forEachAgent(_ body: (Int) -> Void) {
        guard row.agentCount > 0 else { return }
        storage.stream.withUnsafeBufferPointer { bytes in
            var reader = VarintReader(bytes: bytes, offset: Int(row.agentsAt))
            for _ in 0..<row.agentCount { body(Int(Int32(truncatingIfNeeded: reader.unsigned()))) }
        }
    }

    /// Calls `body` with every entity index this fact refers to, without building an array.
    public func forEachEntityIndex(_ body: (Int) -> Void) {
        if row.subject >= 0 { body(Int(row.subject)) }
        if let e = row.objectEntity { body(e) }
        forEachAgent(body)
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
    /// else a string entry.
    fileprivate struct TextRef: Sendable {
        /// ≥ 0: where the words start in the document's UTF-8; -1: none; ≤ -2: string -2 - start.
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

    /// One fact as decoded from its entry. Indices are -1 for none.
    fileprivate struct Row: Sendable {
        var subject: Int32 = -1
        /// Words (a ``TextRef``), or an entity: local entity `start` when `end` is -2.
        var object = TextRef.none
        /// A vocabulary number.
        var predicate: Int32 = 0
        var negated = false
        /// Where the agents' varints start in the stream, and how many there are.
        var agentsAt: Int32 = 0
        var agentCount: Int32 = 0
        /// Time and quantity entries.
        var quantity: Int32 = -1
        var time: Int32 = -1
        var place: Int32 = -1
        var attributionName = TextRef.none
        var attributionEntity: Int32 = -1
        var sentence: Int32 = 0

        var objectEntity: Int? { object.end == -2 ? Int(object.start) : nil }
    }

    /// Which optional fields a fact's entry holds: the first varint of the entry.
    fileprivate enum FactField {
        static let subject: UInt64 = 1 << 0
        static let objectEntity: UInt64 = 1 << 1
        static let objectText: UInt64 = 1 << 2
        static let agents: UInt64 = 1 << 3
        static let quantity: UInt64 = 1 << 4
        static let time: UInt64 = 1 << 5
        static let place: UInt64 = 1 << 6
        static let attributionName: UInt64 = 1 << 7
        static let attributionEntity: UInt64 = 1 << 8
        static let negated: UInt64 = 1 << 9
    }

    /// The same for a time's entry.
    fileprivate enum TimeField {
        static let mod: UInt64 = 1 << 0
        static let signal: UInt64 = 1 << 1
        static let start: UInt64 = 1 << 2
        static let end: UInt64 = 1 << 3
    }

    /// And for a quantity's: two bits per number's ``NumberKind`` (value, min, max), two for the
    /// bound, then these flags.
    fileprivate enum QuantityField {
        static let approximate: UInt64 = 1 << 8
        static let unit: UInt64 = 1 << 9
        static let currency: UInt64 = 1 << 10
        static let bounds: [QuantityBound] = [.exact, .lower, .upper, .range]
    }

    fileprivate final class Storage: Sendable {
        /// The entries: facts, times, quantities and strings, in the order they were first met;
        /// then where each starts (``CheckpointTrailer``): the facts, the times, the quantities,
        /// the strings.
        let stream: [UInt8]
        /// Number of entries.
        let entryCount: Int
        let factCount: Int
        let timeCount: Int
        let quantityCount: Int
        /// The document's text, which ``TextRef``s point into.
        let text: DocumentText
        /// Where the words' numbers are.
        let vocabulary: Vocabulary

        init(stream: [UInt8], entryCount: Int, factCount: Int, timeCount: Int, quantityCount: Int, text: DocumentText,
             vocabulary: Vocabulary) {
            self.stream = stream
            self.entryCount = entryCount
            self.factCount = factCount
            self.timeCount = timeCount
            self.quantityCount = quantityCount
            self.text = text
            self.vocabulary = vocabulary
        }

        func word(_ number: Int32) -> String? { number < 0 ? nil : vocabulary.word(UInt32(bitPattern: number)) }

        var stringCount: Int { entryCount - factCount - timeCount - quantityCount }

        /// Where entry `entry` starts in `stream`.
        func start(_ entry: Int) -> Int {
            stream.withUnsafeBufferPointer { CheckpointTrailer.offset(entry, of: entryCount, in: $0) }
        }

        /// Reads entry `entry` (facts first, then times, quantities and strings) with `body`.
        @inline(__always)
        private func read<R>(entry: Int, _ body: (inout VarintReader) -> R) -> R {
            stream.withUnsafeBufferPointer { bytes in
                var reader = VarintReader(bytes: bytes, offset: CheckpointTrailer.offset(entry, of: entryCount, in: bytes))
                return body(&reader)
            }
        }

        private static func textRef(_ r: inout VarintReader) -> TextRef {
            let v = r.unsigned()
            if v & 1 == 1 { return .pooled(Int32(truncatingIfNeeded: v >> 1)) }
            let start = Int(truncatingIfNeeded: v >> 1)
            return TextRef(start..<start + r.int())
        }

        func row(_ index: Int) -> Row {
            read(entry: index) { r in
                let flags = r.unsigned()
                var row = Row()
                row.sentence = Int32(truncatingIfNeeded: r.signed())
                row.predicate = Int32(truncatingIfNeeded: r.unsigned())
                row.negated = flags & FactField.negated != 0
                if flags & FactField.subject != 0 { row.subject = Int32(truncatingIfNeeded: r.unsigned()) }
                if flags & FactField.objectEntity != 0 {
                    row.object = TextRef(start: Int32(truncatingIfNeeded: r.unsigned()), end: -2)
                } else if flags & FactField.objectText != 0 {
                    row.object = Storage.textRef(&r)
                }
                if flags & FactField.agents != 0 {
                    row.agentCount = Int32(truncatingIfNeeded: r.unsigned())
                    row.agentsAt = Int32(r.offset)
                    for _ in 0..<row.agentCount { _ = r.unsigned() }
                }
                if flags & FactField.quantity != 0 { row.quantity = Int32(truncatingIfNeeded: r.unsigned()) }
                if flags & FactField.time != 0 { row.time = Int32(truncatingIfNeeded: r.unsigned()) }
                if flags & FactField.place != 0 { row.place = Int32(truncatingIfNeeded: r.unsigned()) }
                if flags & FactField.attributionName != 0 { row.attributionName = Storage.textRef(&r) }
                if flags & FactField.attributionEntity != 0 { row.attributionEntity = Int32(truncatingIfNeeded: r.unsigned()) }
                return row
            }
        }

        func string(_ index: Int32) -> String {
            read(entry: factCount + timeCount + quantityCount + Int(index)) { $0.utf8() }
        }

        func span(_ ref: TextRef) -> TextSpan? {
            if ref.start >= 0 { return TextSpan(in: text.string, utf8: Int(ref.start)..<Int(ref.end)) }
            if ref.start == -1 { return nil }
            return TextSpan(string(-2 - ref.start))
        }

        func time(_ index: Int) -> TimeExpression {
            let (text, value, mod, signal, start, end): (TextRef, Int32, Int32, Int32, Int32?, Int32?) =
                read(entry: factCount + index) { r in
                    let flags = r.unsigned()
                    let text = Storage.textRef(&r)
                    let value = Int32(truncatingIfNeeded: r.unsigned())
                    let mod = flags & TimeField.mod != 0 ? Int32(truncatingIfNeeded: r.unsigned()) : -1
                    let signal = flags & TimeField.signal != 0 ? Int32(truncatingIfNeeded: r.unsigned()) : -1
                    let start = flags & TimeField.start != 0 ? Int32(truncatingIfNeeded: r.signed()) : nil
                    // The end is written as its distance from the start, when there is one.
                    let end = flags & TimeField.end != 0 ? Int32(truncatingIfNeeded: r.signed() + Int64(start ?? 0)) : nil
                    return (text, value, mod, signal, start, end)
                }
            return TimeExpression(text: span(text)!.string, value: word(value)!, mod: word(mod), signal: word(signal),
                                  start: start.map { CalendarDate(packedValue: $0) }, end: end.map { CalendarDate(packedValue: $0) })
        }

        func timeBounds(_ index: Int) -> (start: CalendarDate?, end: CalendarDate?) {
            read(entry: factCount + index) { r in
                let flags = r.unsigned()
                _ = Storage.textRef(&r)
                _ = r.unsigned()
                if flags & TimeField.mod != 0 { _ = r.unsigned() }
                if flags & TimeField.signal != 0 { _ = r.unsigned() }
                let start = flags & TimeField.start != 0 ? Int32(truncatingIfNeeded: r.signed()) : nil
                let end = flags & TimeField.end != 0 ? Int32(truncatingIfNeeded: r.signed() + Int64(start ?? 0)) : nil
                return (start.map { CalendarDate(packedValue: $0) }, end.map { CalendarDate(packedValue: $0) })
            }
        }

        func quantity(_ index: Int) -> Quantity {
            let (flags, text, value, min, max, unit, currency): (UInt64, TextRef, Double?, Double?, Double?, Int32, Int32) =
                read(entry: factCount + timeCount + index) { r in
                    let flags = r.unsigned()
                    let text = Storage.textRef(&r)
                    func kind(_ shift: UInt64) -> NumberKind { NumberKind(rawValue: flags >> shift & 3) ?? .absent }
                    let value = r.number(kind(0))
                    let min = r.number(kind(2))
                    let max = r.number(kind(4))
                    let unit = flags & QuantityField.unit != 0 ? Int32(truncatingIfNeeded: r.unsigned()) : -1
                    let currency = flags & QuantityField.currency != 0 ? Int32(truncatingIfNeeded: r.unsigned()) : -1
                    return (flags, text, value, min, max, unit, currency)
                }
            return Quantity(text: span(text)!.string, value: value, min: min, max: max,
                            bound: QuantityField.bounds[Int(flags >> 6 & 3)],
                            approximate: flags & QuantityField.approximate != 0,
                            unit: word(unit), currency: word(currency))
        }

        /// Heap bytes by kind of entry: each entry's bytes and offset; the arrays' headers and the
        /// storage object count with the facts.
        var parts: KeyValuePairs<String, Int> {
            var sizes = [0, 0, 0, 0]
            func kind(_ entry: Int) -> Int {
                entry < factCount ? 0 : entry < factCount + timeCount ? 1 : entry < factCount + timeCount + quantityCount ? 2 : 3
            }
            let starts = (0..<entryCount).map(start)
            let order = starts.indices.sorted { starts[$0] < starts[$1] }
            for (k, entry) in order.enumerated() {
                let end = k + 1 < order.count ? starts[order[k + 1]] : stream.count - 4 * entryCount
                sizes[kind(entry)] += end - starts[entry] + 4
            }
            sizes[0] += HeapSize.malloc(16 + 6 * 8) + HeapSize.array(stream) - stream.count
            return ["facts": sizes[0], "times": sizes[1], "quantities": sizes[2], "strings": sizes[3]]
        }
    }

    fileprivate static func index(_ stored: Int32) -> Int? { stored < 0 ? nil : Int(stored) }

    /// Collects entries, storing each distinct string, and each distinct time and quantity of a
    /// sentence, once.
    private struct Builder: ~Copyable {
        let text: String
        let bytes: UnsafeBufferPointer<UInt8>
        /// Each sentence's UTF-8 range of the text (decoded once: a table decodes from its nearest checkpoint).
        let sentenceRanges: [Range<Int>?]
        var out = VarintWriter()
        var factStarts: [UInt32] = []
        var timeStarts: [UInt32] = []
        var quantityStarts: [UInt32] = []
        var stringStarts: [UInt32] = []
        var strings = StringPool()
        let vocabulary: Vocabulary
        /// This document's words and their vocabulary numbers, so the shared vocabulary (behind a
        /// lock) is asked once per distinct word of the document. A word is known here by the
        /// FNV-1a hash of its bytes (low bit set, so no word is 0, an empty slot): two words of
        /// one document sharing a 63-bit hash is as likely as for ``WordKey``'s long words, about
        /// 1 in 10^16, and no string is compared or kept.
        var wordHashes = [UInt64](repeating: 0, count: 32)
        var wordNumbers = [UInt32](repeating: 0, count: 32)
        var wordCount = 0
        /// The times and quantities stored for the current sentence, to store equal ones once:
        /// a clause's time or amount often frames several facts. Compared within a sentence only,
        /// which finds nearly all of them without hashing every one.
        var sentence = -1
        /// Where the current sentence is in `bytes`, when it is a span of the text.
        var sentenceRange: Range<Int>? = nil
        var sentenceTimes: [(TimeExpression, Int)] = []
        var sentenceQuantities: [(Quantity, Int)] = []

        /// The document's text is read through `bytes`.
        init(text: String, bytes: UnsafeBufferPointer<UInt8>, sentences: SentenceTable, vocabulary: Vocabulary) {
            self.text = text
            self.bytes = bytes
            self.sentenceRanges = sentences.utf8Ranges()
            self.vocabulary = vocabulary
        }

        /// The vocabulary number of `w`.
        mutating func word(_ w: String) -> UInt64 {
            var bytes = w
            let hash = bytes.withUTF8 { FNV1a.hash($0) } | 1
            let mask = wordHashes.count - 1
            var slot = Int(truncatingIfNeeded: hash >> 32) & mask
            while wordHashes[slot] != 0 {
                if wordHashes[slot] == hash { return UInt64(wordNumbers[slot]) }
                slot = (slot + 1) & mask
            }
            let number = vocabulary.number(of: w)
            wordHashes[slot] = hash
            wordNumbers[slot] = number
            wordCount += 1
            if 2 * wordCount > wordHashes.count { growWords() }
            return UInt64(number)
        }

        private mutating func growWords() {
            let (hashes, numbers) = (wordHashes, wordNumbers)
            wordHashes = [UInt64](repeating: 0, count: 2 * hashes.count)
            wordNumbers = [UInt32](repeating: 0, count: 2 * hashes.count)
            let mask = wordHashes.count - 1
            for (hash, number) in zip(hashes, numbers) where hash != 0 {
                var slot = Int(truncatingIfNeeded: hash >> 32) & mask
                while wordHashes[slot] != 0 { slot = (slot + 1) & mask }
                wordHashes[slot] = hash
                wordNumbers[slot] = number
            }
        }

        /// Where the next entry starts.
        var here: UInt32 { UInt32(out.count) }

        /// The entry number of `s`, written when it is new. Entries are written between the
        /// fields of another entry only through ``Pending``: see ``append(_:)``.
        mutating func string(_ s: String) -> Int {
            let i = Int(strings.index(of: s))
            if i == stringStarts.count {
                stringStarts.append(here)
                out.utf8(s)
            }
            return i
        }

        mutating func reference(_ words: TextSpan?, sentence s: Int) -> Pending {
            guard let words else { return .none }
            if let r = words.utf8Range(sharing: text) { return .text(r) }
            return reference(words.string, sentence: s)
        }

        /// Where `words` are written in sentence `s`, else a string entry.
        mutating func reference(_ words: String?, sentence s: Int) -> Pending {
            guard var words else { return .none }
            enter(sentence: s)
            if let r = words.withUTF8({ find($0) }) { return .text(r) }
            return .pooled(string(words))
        }

        /// A text reference worked out before its entry is written (working it out may write a
        /// string entry).
        enum Pending {
            case none
            case text(Range<Int>)
            case pooled(Int)

            var isNone: Bool { if case .none = self { return true } else { return false } }
        }

        mutating func write(_ ref: Pending) {
            switch ref {
            case .none: break
            case .text(let r):
                out.unsigned(UInt64(r.lowerBound) << 1)
                out.unsigned(r.count)
            case .pooled(let i): out.unsigned(UInt64(i) << 1 | 1)
            }
        }

        /// The first UTF-8 range of the current sentence that reads `needle`.
        func find(_ needle: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
            guard let within = sentenceRange, let start = ByteSearch.firstOffset(of: needle, in: bytes, within: within) else { return nil }
            return start..<(start + needle.count)
        }

        mutating func enter(sentence s: Int) {
            guard s != sentence else { return }
            sentence = s
            sentenceRange = sentenceRanges.indices.contains(s) ? sentenceRanges[s] : nil
            sentenceTimes.removeAll(keepingCapacity: true)
            sentenceQuantities.removeAll(keepingCapacity: true)
        }

        mutating func time(_ t: TimeExpression, sentence s: Int) -> Int {
            enter(sentence: s)
            if let (_, i) = sentenceTimes.first(where: { $0.0 == t }) { return i }
            // Strings and the text reference first: they may write entries of their own.
            let text = reference(t.text, sentence: s)
            let value = word(t.value)
            let mod = t.mod.map { word($0) }
            let signal = t.signal.map { word($0) }
            let i = timeStarts.count
            timeStarts.append(here)
            var flags: UInt64 = 0
            if mod != nil { flags |= TimeField.mod }
            if signal != nil { flags |= TimeField.signal }
            if t.start != nil { flags |= TimeField.start }
            if t.end != nil { flags |= TimeField.end }
            out.unsigned(flags)
            write(text)
            out.unsigned(value)
            if let mod { out.unsigned(mod) }
            if let signal { out.unsigned(signal) }
            let start = Int64(t.start?.packedValue ?? 0)
            if t.start != nil { out.signed(start) }
            if let end = t.end { out.signed(Int64(end.packedValue) - start) }
            sentenceTimes.append((t, i))
            return i
        }

        mutating func quantity(_ q: Quantity, sentence s: Int) -> Int {
            enter(sentence: s)
            if let (_, i) = sentenceQuantities.first(where: { $0.0 == q }) { return i }
            let text = reference(q.text, sentence: s)
            let unit = q.unit.map { word($0) }
            let currency = q.currency.map { word($0) }
            let i = quantityStarts.count
            quantityStarts.append(here)
            let kinds = (NumberKind.of(q.value), NumberKind.of(q.min), NumberKind.of(q.max))
            var flags = kinds.0.rawValue | kinds.1.rawValue << 2 | kinds.2.rawValue << 4
                | UInt64(QuantityField.bounds.firstIndex(of: q.bound)!) << 6
            if q.approximate { flags |= QuantityField.approximate }
            if unit != nil { flags |= QuantityField.unit }
            if currency != nil { flags |= QuantityField.currency }
            out.unsigned(flags)
            write(text)
            out.number(q.value ?? 0, as: kinds.0)
            out.number(q.min ?? 0, as: kinds.1)
            out.number(q.max ?? 0, as: kinds.2)
            if let unit { out.unsigned(unit) }
            if let currency { out.unsigned(currency) }
            sentenceQuantities.append((q, i))
            return i
        }

        /// An entity index as stored: negative ones (none) are left out, like nil.
        private static func entity(_ index: Int?) -> UInt64? {
            guard let index, index >= 0 else { return nil }
            return UInt64(UInt32(clamping: index))
        }

        mutating func append(_ f: ExtractedFact) {
            // Everything that may write an entry of its own comes before this fact's entry starts.
            var object = Pending.none
            if case .text(let t)? = f.object { object = reference(t, sentence: f.sentence) }
            let predicate = word(f.predicate)
            var quantity: Int? = nil
            if let q = f.quantity { quantity = self.quantity(q, sentence: f.sentence) }
            var time: Int? = nil
            if let t = f.time { time = self.time(t, sentence: f.sentence) }
            let attributionName = reference(f.attributionName, sentence: f.sentence)
            var objectEntity: UInt64? = nil
            if case .entity(let e)? = f.object { objectEntity = Builder.entity(e) }
            let subject = Builder.entity(f.subject)
            let place = Builder.entity(f.place)
            let attributionEntity = Builder.entity(f.attributionEntity)

            var flags: UInt64 = 0
            if subject != nil { flags |= FactField.subject }
            if objectEntity != nil { flags |= FactField.objectEntity } else if !object.isNone { flags |= FactField.objectText }
            if !f.agents.isEmpty { flags |= FactField.agents }
            if quantity != nil { flags |= FactField.quantity }
            if time != nil { flags |= FactField.time }
            if place != nil { flags |= FactField.place }
            if !attributionName.isNone { flags |= FactField.attributionName }
            if attributionEntity != nil { flags |= FactField.attributionEntity }
            if f.negated { flags |= FactField.negated }

            factStarts.append(here)
            out.unsigned(flags)
            out.signed(Int64(f.sentence))
            out.unsigned(predicate)
            if let subject { out.unsigned(subject) }
            if let objectEntity { out.unsigned(objectEntity) } else { write(object) }
            if !f.agents.isEmpty {
                out.unsigned(f.agents.count)
                for agent in f.agents { out.unsigned(UInt64(UInt32(bitPattern: Int32(clamping: agent)))) }
            }
            if let quantity { out.unsigned(quantity) }
            if let time { out.unsigned(time) }
            if let place { out.unsigned(place) }
            write(attributionName)
            if let attributionEntity { out.unsigned(attributionEntity) }
        }

        /// The table, reading `document` (the text as the extraction keeps it): the entries, then
        /// their offsets, in an array of exactly their size.
        consuming func storage(sharing document: DocumentText) -> Storage {
            for starts in [factStarts, timeStarts, quantityStarts, stringStarts] { out.appendTrailer(starts) }
            let entryCount = factStarts.count + timeStarts.count + quantityStarts.count + stringStarts.count
            return Storage(stream: out.bytes, entryCount: entryCount, factCount: factStarts.count, timeCount: timeStarts.count,
                           quantityCount: quantityStarts.count, text: document, vocabulary: vocabulary)
        }
    }
}
