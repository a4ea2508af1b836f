/// The contributions of one corpus entity (``EntityAggregate/contribution(document:local:)``
/// numbers): a sorted array while there are few, sorted chunks (``SortedChunks``) once there are
/// many.
///
/// Most entities are named by a handful of documents. As an array their contributions take eight
/// bytes each and one allocation, where a hash trie took about twenty bytes each and a node of
/// its own for the smallest sets; inserting into a sorted array of up to 256 moves at most 2 KB.
/// An entity that many documents name (a country in every article) moves to chunks, so that
/// changing one document copies one chunk, not the whole list: the snapshot before the change
/// still shares the old one. (On 10 MB of news, 32 as the limit gave 43.7 MB resident, 256 gave
/// 42.8 and 1,024 42.4, with a hash trie as the large form; the trie's inserts were 3% of a
/// 100 MB start, most of it cache misses.)
struct ContributionSet: Sendable {
    private enum Storage: Sendable {
        case few([UInt64])
        case many(SortedChunks)
    }
    private var storage = Storage.few([])

    /// More contributions than this move to the trie; fewer than half of it move back.
    static let largestArray = 256

    var isEmpty: Bool {
        switch storage {
        case .few(let a): return a.isEmpty
        case .many(let s): return s.isEmpty
        }
    }

    var count: Int {
        switch storage {
        case .few(let a): return a.count
        case .many(let s): return s.count
        }
    }

    mutating func insert(_ value: UInt64) {
        switch storage {
        case .few(var a):
            let i = a.partitioningIndex { $0 >= value }
            guard i == a.count || a[i] != value else { return }
            if a.count < ContributionSet.largestArray {
                storage = .few([])  // drop the enum's reference so the array is mutated in place
                a.insert(value, at: i)
                storage = .few(a)
            } else {
                var s = SortedChunks(sorted: a)
                s.insert(value)
                storage = .many(s)
            }
        case .many(var s):
            storage = .few([])
            s.insert(value)
            storage = .many(s)
        }
    }

    mutating func remove(_ value: UInt64) {
        switch storage {
        case .few(var a):
            let i = a.partitioningIndex { $0 >= value }
            guard i < a.count, a[i] == value else { return }
            storage = .few([])
            a.remove(at: i)
            storage = .few(a)
        case .many(var s):
            storage = .few([])
            s.remove(value)
            storage = s.count < ContributionSet.largestArray / 2 ? .few(s.sorted()) : .many(s)
        }
    }

    /// The contributions in increasing order.
    func sorted() -> [UInt64] {
        switch storage {
        case .few(let a): return a
        case .many(let s): return s.sorted()
        }
    }
}
