/// The sentences of one document, as varints of their differences from the sentence before.
///
/// A served corpus holds a sentence per 80 bytes of text. Sentences follow each other: the next
/// starts a byte or two after the last ended, on the same line or the next, and in ASCII text
/// scalar offsets equal UTF-8 offsets. So each sentence is stored as five small numbers (gap,
/// length, lines down, and how the scalar offsets drift from the UTF-8 ones), about six bytes,
/// where five 32-bit fields took twenty. Every eighth sentence starts afresh from zero and its
/// place in the bytes is kept, so reading a sentence decodes at most eight. Read as
/// ``SentenceSpan``s, sharing the document's text.
public struct SentenceTable: Sendable, RandomAccessCollection, Equatable {
    /// The document's text, which the sentences are UTF-8 ranges of.
    private let text: DocumentText
    /// The rows, then where sentences 0, 8, 16, … start (``CheckpointTrailer``).
    private let encoded: [UInt8]
    public let count: Int
    /// Sentences that are not spans of `text` (made by hand, not by the extractor).
    private let ownTexts: [TextSpan]

    static let checkpointInterval = 8

    /// One decoded sentence; `utf8Start` < 0 for `ownTexts[-1 - utf8Start]`.
    fileprivate struct Row {
        var line = 0
        var start = 0
        var end = 0
        var utf8Start = 0
        var utf8End = 0
    }

    /// What the next sentence is written relative to.
    fileprivate struct Previous {
        var line = 0
        var end = 0
        var utf8End = 0
    }

    /// Stores `sentences` of a document with this text.
    public init(_ sentences: [SentenceSpan] = [], text: String = "") {
        self.init(sentences, document: DocumentText(text))
    }

    /// The same sentences reading `text`, which must be the same text (deflated, say).
    func sharing(_ text: DocumentText) -> SentenceTable {
        SentenceTable(text: text, encoded: encoded, count: count, ownTexts: ownTexts)
    }

    private init(text: DocumentText, encoded: [UInt8], count: Int, ownTexts: [TextSpan]) {
        (self.text, self.encoded, self.count, self.ownTexts) = (text, encoded, count, ownTexts)
    }

    /// Stores `sentences` of a document whose text is `document` (not yet deflated).
    init(_ sentences: [SentenceSpan], document: DocumentText) {
        self.text = document
        let text = document.string
        var own: [TextSpan] = []
        var out = VarintWriter()
        var checkpoints: [UInt32] = []
        var previous = Previous()
        for (i, s) in sentences.enumerated() {
            if i % SentenceTable.checkpointInterval == 0 {
                checkpoints.append(UInt32(out.count))
                previous = Previous()
            }
            guard let r = s.textSpan.utf8Range(sharing: text) else {
                // Written whole, and not a base for the next one.
                out.unsigned(UInt64(own.count) << 1 | 1)
                out.signed(Int64(s.line))
                out.signed(Int64(s.start))
                out.signed(Int64(s.end))
                own.append(s.textSpan)
                continue
            }
            // The gap from the last end, tagged 0 (a span) in the low bit.
            out.unsigned(VarintWriter.zigzag(Int64(r.lowerBound - previous.utf8End)) << 1)
            out.signed(Int64(r.count))
            out.signed(Int64(s.line - previous.line))
            // How far the scalar offsets trail the UTF-8 ones, as a change from the last end.
            let drift = r.lowerBound - s.start
            out.signed(Int64(drift - (previous.utf8End - previous.end)))
            out.signed(Int64((r.upperBound - s.end) - drift))
            previous = Previous(line: s.line, end: s.end, utf8End: r.upperBound)
        }
        out.appendTrailer(checkpoints)
        encoded = out.bytes
        count = sentences.count
        ownTexts = own
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// Reads rows in order from a checkpoint on: the one decoding step that both the subscript
    /// (from the nearest checkpoint) and the iterator (from the start) take.
    fileprivate struct Decoder {
        var offset: Int
        var previous = Previous()

        /// The next row. At a checkpoint `previous` must have been reset, as the encoder did.
        mutating func next(_ encoded: UnsafeBufferPointer<UInt8>) -> Row {
            var r = VarintReader(bytes: encoded, offset: offset)
            defer { offset = r.offset }
            let head = r.unsigned()
            if head & 1 == 1 {
                return Row(line: Int(r.signed()), start: Int(r.signed()), end: Int(r.signed()),
                           utf8Start: -1 - Int(head >> 1), utf8End: 0)
            }
            var row = Row()
            row.utf8Start = previous.utf8End + Int(VarintWriter.unzigzag(head >> 1))
            row.utf8End = row.utf8Start + Int(r.signed())
            row.line = previous.line + Int(r.signed())
            let drift = (previous.utf8End - previous.end) + Int(r.signed())
            row.start = row.utf8Start - drift
            row.end = row.utf8End - (drift + Int(r.signed()))
            previous = Previous(line: row.line, end: row.end, utf8End: row.utf8End)
            return row
        }
    }

    private func row(_ index: Int) -> Row {
        precondition(index >= 0 && index < count, "sentence index out of range")
        let first = index / SentenceTable.checkpointInterval * SentenceTable.checkpointInterval
        return encoded.withUnsafeBufferPointer { bytes in
            let checkpoints = CheckpointTrailer.count(rows: count, interval: SentenceTable.checkpointInterval)
            var decoder = Decoder(offset: CheckpointTrailer.offset(index / SentenceTable.checkpointInterval, of: checkpoints, in: bytes))
            var row = Row()
            for _ in first...index { row = decoder.next(bytes) }
            return row
        }
    }

    fileprivate func span(_ row: Row) -> SentenceSpan {
        let text = row.utf8Start >= 0 ? TextSpan(in: self.text.string, utf8: row.utf8Start..<row.utf8End)
                                      : ownTexts[-1 - row.utf8Start]
        return SentenceSpan(line: row.line, start: row.start, end: row.end, text: text)
    }

    /// Reads the sentences in order, each decoded once (the subscript decodes from the nearest
    /// checkpoint, up to eight rows, every time).
    public struct Iterator: IteratorProtocol {
        fileprivate let table: SentenceTable
        fileprivate var index = 0
        fileprivate var decoder = Decoder(offset: 0)

        public mutating func next() -> SentenceSpan? {
            guard index < table.count else { return nil }
            if index % SentenceTable.checkpointInterval == 0 { decoder.previous = Previous() }
            let row = table.encoded.withUnsafeBufferPointer { decoder.next($0) }
            index += 1
            return table.span(row)
        }
    }

    public func makeIterator() -> Iterator { Iterator(table: self) }

    public subscript(index: Int) -> SentenceSpan { span(row(index)) }

    /// Sentence `index`'s UTF-8 range of the document's text, when it is a span of it.
    func utf8Range(of index: Int) -> Range<Int>? {
        guard index >= 0 && index < count else { return nil }
        let row = row(index)
        return row.utf8Start >= 0 ? row.utf8Start..<row.utf8End : nil
    }

    /// Every sentence's UTF-8 range of the document's text (nil where it is not a span of it),
    /// decoded in one pass.
    func utf8Ranges() -> [Range<Int>?] {
        var ranges: [Range<Int>?] = []
        ranges.reserveCapacity(count)
        encoded.withUnsafeBufferPointer { bytes in
            var decoder = Decoder(offset: 0)
            for index in 0..<count {
                if index % SentenceTable.checkpointInterval == 0 { decoder.previous = Previous() }
                let row = decoder.next(bytes)
                ranges.append(row.utf8Start >= 0 ? row.utf8Start..<row.utf8End : nil)
            }
        }
        return ranges
    }

    /// Heap bytes of the table, for memory reports.
    public var bytes: Int { HeapSize.array(encoded) + HeapSize.array(ownTexts) }

    public static func == (a: SentenceTable, b: SentenceTable) -> Bool { a.elementsEqual(b) }
}
