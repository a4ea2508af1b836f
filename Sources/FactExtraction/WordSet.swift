/// A fixed set of words, looked up by their UTF-8 bytes (``ByteKeyTable``) instead of through
/// `Hasher`: the recognizers ask their lexicons about nearly every token, and `Set<String>`'s
/// SipHash and string comparison were a tenth of extraction's instructions.
///
/// Words compare byte for byte, so lexicon entries and the text they are looked up with must be
/// spelled alike (both lowercased by the tokenizer; text in NFC, as news text is).
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private let table: ByteKeyTable<Bool>
    private let keyTable: WordKeyTable<Bool>
    /// The words, for the few places that list or combine them.
    let words: [String]

    init<S: Sequence>(_ words: S) where S.Element == String {
        var unique: [String: Bool] = [:]
        for word in words { unique[word] = true }
        table = ByteKeyTable(unique)
        keyTable = WordKeyTable(unique)
        self.words = Array(unique.keys)
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: String) -> Bool {
        table.lookup(word) != nil
    }

    /// Whether the word with this key is in the set (a token's ``Token/key``).
    @inline(__always) func contains(_ key: WordKey) -> Bool {
        keyTable.lookup(key) != nil
    }

    func makeIterator() -> [String].Iterator { words.makeIterator() }
}

/// A fixed word → value table looked up by UTF-8 bytes; see ``WordSet``.
struct WordMap<Value: Sendable>: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    private let table: ByteKeyTable<Value>
    private let keyTable: WordKeyTable<Value>
    /// The entries, for the few places that list them.
    let entries: [String: Value]

    init(_ entries: [String: Value]) {
        self.entries = entries
        table = ByteKeyTable(entries)
        keyTable = WordKeyTable(entries)
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    subscript(word: String) -> Value? {
        table.lookup(word)
    }

    /// The value for the word with this key (a token's ``Token/key``).
    @inline(__always) subscript(key: WordKey) -> Value? {
        keyTable.lookup(key)
    }

    var keys: Dictionary<String, Value>.Keys { entries.keys }

    func makeIterator() -> [String: Value].Iterator { entries.makeIterator() }
}

/// The generated word lists (``WordNetVerbs``, ``GivenNameGenders``): words separated by spaces
/// and line breaks.
enum WordList {
    /// The words of `list`, split by bytes (the lists hold thousands: splitting by Characters
    /// took a tenth of a second).
    static func words(_ list: String) -> [String] {
        list.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map { String(decoding: $0, as: UTF8.self) }
    }
}
