/// One token of a document: a word, a number, or a punctuation or symbol character.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable { case word, number, punctuation, symbol }

    /// Byte offsets into the source, end exclusive.
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// Lowercased text (small strings stay inline, so this rarely allocates).
    public var lower: String
    /// First letter is uppercase.
    public var isCapitalized: Bool
    /// At least two letters, all uppercase ("NATO", "US", "ISIS-K").
    public var isAllCaps: Bool
    /// Whitespace comes before this token.
    public var spaceBefore: Bool
    /// Number of line breaks in the whitespace before this token.
    public var newlinesBefore: Int

    /// Whether the token is exactly this lowercased word or symbol.
    @inline(__always) public func `is`(_ s: String) -> Bool { lower == s }
}
