/// The sentences of one document: five 32-bit numbers each (line, scalar offsets, UTF-8 range of
/// the document's text) instead of a ``SentenceSpan`` that carries its own reference to the text.
/// A served corpus holds a sentence per 80 bytes of text, so that is half of what they took.
/// Read as ``SentenceSpan``s.
public struct SentenceTable: Sendable, RandomAccessCollection, Equatable {
    /// The document's text, which the rows' UTF-8 ranges point into.
    private let text: String
    private let rows: [Row]
    /// Sentences that are not spans of `text` (made by hand, not by the extractor).
    private let ownTexts: [TextSpan]

    private struct Row: Sendable {
        var line: Int32
        var start: Int32
        var end: Int32
        /// ≥ 0: the sentence is `text`'s UTF-8 in `utf8Start ..< utf8End`; < 0: it is
        /// `ownTexts[-1 - utf8Start]`.
        var utf8Start: Int32
        var utf8End: Int32
    }

    /// Stores `sentences` of a document with this text.
    public init(_ sentences: [SentenceSpan] = [], text: String = "") {
        self.text = text
        var own: [TextSpan] = []
        rows = sentences.map { s in
            var row = Row(line: Int32(clamping: s.line), start: Int32(clamping: s.start), end: Int32(clamping: s.end),
                          utf8Start: 0, utf8End: 0)
            if let r = s.textSpan.utf8Range(sharing: text) {
                row.utf8Start = Int32(r.lowerBound)
                row.utf8End = Int32(r.upperBound)
            } else {
                row.utf8Start = -1 - Int32(own.count)
                own.append(s.textSpan)
            }
            return row
        }
        ownTexts = own
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    public subscript(index: Int) -> SentenceSpan {
        let row = rows[index]
        let span = row.utf8Start >= 0 ? TextSpan(in: text, utf8: Int(row.utf8Start)..<Int(row.utf8End))
                                      : ownTexts[Int(-1 - row.utf8Start)]
        return SentenceSpan(line: Int(row.line), start: Int(row.start), end: Int(row.end), text: span)
    }

    /// Sentence `index`'s UTF-8 range of the document's text, when it is a span of it.
    func utf8Range(of index: Int) -> Range<Int>? {
        guard rows.indices.contains(index), rows[index].utf8Start >= 0 else { return nil }
        return Int(rows[index].utf8Start)..<Int(rows[index].utf8End)
    }

    /// Heap bytes of the table, for memory reports.
    public var bytes: Int { HeapSize.array(rows) + HeapSize.array(ownTexts) }

    public static func == (a: SentenceTable, b: SentenceTable) -> Bool { a.elementsEqual(b) }
}
