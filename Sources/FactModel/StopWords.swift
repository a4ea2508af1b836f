/// Words too common to search by: Lucene's English stop set and a dozen more that fill news
/// sentences (pronouns, "has", "from", …). They are left out of the search postings, where they
/// were a third of the entries, and out of queries; sentence lengths still count them, so BM25
/// scores the other terms as before.
public enum StopWords {
    static let words = [
        // Lucene's EnglishAnalyzer default set.
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with",
        // Common in news text.
        "from", "has", "had", "have", "were", "been", "its", "his", "her", "he", "she", "which", "who",
    ]

    /// FNV-1a hashes of the words (as search terms are hashed), open addressing, 0 for empty.
    private static let table: [UInt64] = {
        var table = [UInt64](repeating: 0, count: 128)
        for word in words {
            let hash = FNV1a.hash(word.utf8)
            var slot = Int(truncatingIfNeeded: hash) & 127
            while table[slot] != 0 { slot = (slot + 1) & 127 }
            table[slot] = hash
        }
        return table
    }()

    /// Whether the term with this FNV-1a hash is a stop word.
    static func contains(hash: UInt64) -> Bool {
        var slot = Int(truncatingIfNeeded: hash) & 127
        while true {
            let entry = table[slot]
            if entry == hash { return true }
            if entry == 0 { return false }
            slot = (slot + 1) & 127
        }
    }

    /// Whether a search term (as ``SearchTokenizer`` gives it) is a stop word.
    public static func contains(_ term: String) -> Bool { contains(hash: FNV1a.hash(term.utf8)) }
}
