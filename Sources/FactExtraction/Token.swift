/// One token of a document: a word, a number, or a punctuation or symbol character.
///
/// A plain value (no references), so tokens copy without reference counting; the lowercased
/// text of token `i` is `words[i]` of its ``Tokens``. The wide fields come first, so a token
/// takes 40 bytes.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable { case word, number, punctuation, symbol }

    /// Byte offsets into the source, end exclusive.
    public var start: Int
    public var end: Int
    /// Number of line breaks in the whitespace before this token.
    public var newlinesBefore: Int
    /// The lowercased text as an integer, for the rules' comparisons and lexicon lookups.
    var key: WordKey = .none
    /// What the lexicons know about this word, looked up once when tokenizing.
    public var flags: WordFlags = []
    public var kind: Kind
    /// First letter is uppercase.
    public var isCapitalized: Bool
    /// At least two letters, all uppercase ("NATO", "US", "ISIS-K").
    public var isAllCaps: Bool
    /// Whitespace comes before this token.
    public var spaceBefore: Bool
}

/// What the rules read of a document: its tokens and each token's lowercased word.
protocol TokenReader {
    var tokens: [Token] { get }
    var words: [String] { get }
}

extension TokenReader {
    /// The first description noun (``Coreference/descriptions``) of an apposition set off after a
    /// name that ends at `end`: "Volta Cells, a startup spun out of …" → "startup"; "UNAGRO, the
    /// national farmers' union," → "union" (a word owning the next is skipped); "the rocket
    /// company" → "company".
    func appositionNoun(after end: Int, _ r: Range<Int>) -> WordKey? {
        guard key(end, r) == ",", key(end + 1, r).isOne(of: "a", "an", "the") else { return nil }
        var k = end + 2
        // "Lumina Grid, a Denver-based developer": a name made an adjective is one of the words before the noun.
        while k < min(r.upperBound, end + 8), tokens[k].kind == .word,
              !tokens[k].isCapitalized || tokens[k].flags.contains(.hasHyphen) && EntityRecognizer.isAdjectiveCompound(words[k]),
              !tokens[k].flags.contains(.preposition), !tokens[k].key.isOne(of: "who", "which", "that") {
            if key(k + 1, r).isOne(of: "'s", "'") { k += 2; continue }
            if Coreference.descriptions[tokens[k].key] != nil {
                // "the private rocket company": of two nouns together the last is the head.
                while r.contains(k + 1), !tokens[k + 1].isCapitalized, Coreference.descriptions[tokens[k + 1].key] != nil { k += 1 }
                // "… and Trivor Vela, the company said": a clause's speaker, not an apposition.
                if NameLexicon.speechVerbs.contains(key(k + 1, r)) { return nil }
                return tokens[k].key
            }
            k += 1
        }
        return nil
    }
}

extension TokenReader {
    /// Token `i`'s lowercased word, or "" outside `r`.
    @inline(__always) func lower(_ i: Int, _ r: Range<Int>) -> String { r.contains(i) ? words[i] : "" }
    /// Token `i`'s word key, or none outside `r`.
    @inline(__always) func key(_ i: Int, _ r: Range<Int>) -> WordKey { r.contains(i) ? tokens[i].key : .none }
}

/// A text's tokens, and beside them each token's lowercased text.
public struct Tokens: Sendable {
    public var items: [Token]
    /// `words[i]` is token `i` lowercased (small strings stay inline, so this rarely allocates).
    public var words: [String]

    public init(items: [Token] = [], words: [String] = []) {
        self.items = items
        self.words = words
    }
}

/// Lexicon membership of a word, so recognizers test bits instead of hashing strings again.
public struct WordFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Can begin a time expression: month, weekday, season, relative word, ordinal word.
    public static let timeStart = WordFlags(rawValue: 1 << 0)
    /// Can begin a quantity: number word, hedge, indefinite count, currency prefix or symbol.
    public static let quantityStart = WordFlags(rawValue: 1 << 1)
    /// A currency word ("dollars", "euros").
    public static let currencyWord = WordFlags(rawValue: 1 << 2)
    /// Can follow "the" in a time expression ("the end of", "the first Tuesday").
    public static let afterThe = WordFlags(rawValue: 1 << 3)
    /// A form of a verb the relation extractor knows ("formed", "says", "was").
    public static let verb = WordFlags(rawValue: 1 << 4)
    /// A number word or count word: "two", "hundred", "dozens", "few", "couple", "million".
    public static let numberWord = WordFlags(rawValue: 1 << 5)
    /// A unit of time: "day", "weeks", "yr".
    public static let timeUnit = WordFlags(rawValue: 1 << 6)
    /// The token has a digit in it ("5km", "USD3.14", "2018q"); set by the tokenizer.
    public static let hasDigit = WordFlags(rawValue: 1 << 7)
    /// The token has a hyphen in it ("al-Qaida", "twenty-five", "mid-2019"); set by the tokenizer.
    public static let hasHyphen = WordFlags(rawValue: 1 << 8)
    /// Lexicon classes the rules test on every token (``RelationExtractor/determiners``,
    /// ``RelationExtractor/prepositions``, ``RelationExtractor/clauseBreakers``,
    /// ``VerbLexicon/auxiliaries``, ``Lexicon/functionWords``).
    public static let determiner = WordFlags(rawValue: 1 << 9)
    public static let preposition = WordFlags(rawValue: 1 << 10)
    public static let clauseBreaker = WordFlags(rawValue: 1 << 11)
    public static let auxiliary = WordFlags(rawValue: 1 << 12)
    public static let functionWord = WordFlags(rawValue: 1 << 13)
    /// Only ASCII letters and digits ("Kenya", "G20"): the key is the word as the gazetteer keys
    /// it, so a name of one such token is looked up by key; set by the tokenizer.
    public static let plainWord = WordFlags(rawValue: 1 << 14)
}

/// Which tokens of one sentence are already claimed by another recognizer. Indices are document
/// token indices; anything outside the sentence reads as free. Sized to the sentence, so marking
/// costs nothing in proportion to the document, and the first 256 tokens (nearly every sentence
/// whole) are bits held inline: making or copying a mask allocates nothing.
struct TokenMask: Sendable {
    let base: Int
    let count: Int
    private static let inlineCount = 256
    private var inlineBits = SIMD4<UInt64>()
    /// Tokens past the first 256, in the rare sentence that long.
    private var overflow: [Bool]

    init(_ range: Range<Int>) {
        base = range.lowerBound
        count = range.count
        overflow = count > Self.inlineCount ? [Bool](repeating: false, count: count - Self.inlineCount) : []
    }

    subscript(i: Int) -> Bool {
        // Inlined: the rules test a mask on most tokens they look at.
        @inline(__always) get {
            let k = i &- base
            guard k >= 0 && k < count else { return false }
            if k < Self.inlineCount { return inlineBits[k >> 6] & (1 << UInt64(k & 63)) != 0 }
            return overflow[k - Self.inlineCount]
        }
        @inline(__always) set {
            let k = i &- base
            guard k >= 0 && k < count else { return }
            if k < Self.inlineCount {
                let bit: UInt64 = 1 << UInt64(k & 63)
                if newValue { inlineBits[k >> 6] |= bit } else { inlineBits[k >> 6] &= ~bit }
            } else {
                setOverflow(k - Self.inlineCount, newValue)
            }
        }
    }

    /// Out of line: inlined, the write made the (shared, empty) overflow array unique on every
    /// mark, a new allocation each time.
    @inline(never) private mutating func setOverflow(_ k: Int, _ value: Bool) { overflow[k] = value }

    /// Whether token `i` is marked (a set of token indices, without hashing).
    @inline(__always) func contains(_ i: Int) -> Bool { self[i] }

    /// Marks every token of `indices`.
    mutating func formUnion<S: Sequence>(_ indices: S) where S.Element == Int {
        for i in indices { self[i] = true }
    }
}
