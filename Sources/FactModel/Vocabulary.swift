import Synchronization

/// The words facts name that are not phrases of their text — predicates, TIMEX3 values, mods and
/// signals, units and currencies — each kept once for the whole process and numbered.
///
/// Every document used the same few thousand of them, and each document's fact table kept its
/// own copy of each (a sixth of a served fact's bytes). Tables store the numbers instead. Words
/// are never dropped: there are as many as distinct lemmas, units and dates ever read, which
/// grows with the vocabulary of the corpus, not with its size or with edits.
public final class Vocabulary: Sendable {
    /// The vocabulary every fact table uses unless given another (tests give their own).
    public static let shared = Vocabulary()

    private let pool = Mutex(StringPool())

    public init() {}

    /// The number of `word`, added when it is new.
    func number(of word: String) -> UInt32 {
        UInt32(pool.withLock { $0.index(of: word) })
    }

    /// The word numbered `number` (which this vocabulary gave out).
    func word(_ number: UInt32) -> String {
        pool.withLock { $0.strings[Int(number)] }
    }

    /// Number of distinct words (for tests and memory reports).
    public var count: Int { pool.withLock { $0.strings.count } }

    /// Heap bytes of the words and their table, for memory reports.
    public var bytes: Int { pool.withLock { $0.bytes } }
}
