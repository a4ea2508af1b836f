/// A piece of a document's text that shares the document's storage instead of copying it.
///
/// A served corpus holds every sentence and many phrases of every document; as spans of the one
/// document string they cost sixteen bytes each and no allocation. Compared and hashed by the
/// text, wherever it is stored.
public struct TextSpan: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The whole document, or the span's own text when made from a string.
    private let base: String
    /// UTF-8 offsets into `base`, end exclusive.
    private let utf8Start: Int32
    private let utf8End: Int32

    /// A span over `range` (UTF-8 offsets, which must fall on scalar boundaries) of `base`.
    public init(in base: String, utf8 range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= base.utf8.count, "span outside its text")
        self.base = base
        utf8Start = Int32(range.lowerBound)
        utf8End = Int32(range.upperBound)
    }

    /// A span that is all of `string`.
    public init(_ string: String) {
        base = string
        utf8Start = 0
        utf8End = Int32(string.utf8.count)
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// The text as its own string.
    public var string: String {
        if utf8Start == 0 && Int(utf8End) == base.utf8.count { return base }
        return withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    public var description: String { string }

    /// Number of UTF-8 bytes.
    public var utf8Count: Int { Int(utf8End - utf8Start) }

    /// Calls `body` with the span's UTF-8, without copying it.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var base = base  // native strings give their storage without a copy
        return try base.withUTF8 { all in
            try body(UnsafeBufferPointer(rebasing: all[Int(utf8Start)..<Int(utf8End)]))
        }
    }

    /// The span's UTF-8 range in `text` when it is a span of that very string (the same
    /// storage, not only the same words); nil otherwise.
    func utf8Range(sharing text: String) -> Range<Int>? {
        var base = base
        var text = text
        let same = base.withUTF8 { a in text.withUTF8 { b in a.baseAddress == b.baseAddress && a.count == b.count } }
        return same && !base.isEmpty ? Int(utf8Start)..<Int(utf8End) : nil
    }

    public static func == (a: TextSpan, b: TextSpan) -> Bool {
        guard a.utf8Count == b.utf8Count else { return false }
        return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }

    public func hash(into hasher: inout Hasher) {
        withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
