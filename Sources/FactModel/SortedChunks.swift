/// A sorted set of integers kept as consecutive sorted runs ("chunks") of at most
/// ``largestChunk`` values, each its own array.
///
/// A persistent structure by way of copy-on-write: a copy shares every chunk, and changing one
/// value afterwards copies the list of chunk references and the one chunk it lands in (at most
/// 4 KB), not the whole set. Where a hash trie costs about twenty bytes a value and a cache miss
/// a level, chunks cost eight bytes a value, and values that arrive in increasing order (as
/// documents are numbered when a folder is first read) are appended to the last chunk.
struct SortedChunks: Sendable {
    private var chunks: [[UInt64]] = []
    private(set) var count = 0

    /// A chunk past this size is split in two halves.
    static let largestChunk = 512

    /// The set of `sorted`, which must be increasing.
    init(sorted: [UInt64] = []) {
        var start = 0
        while start < sorted.count {
            let end = min(sorted.count, start + SortedChunks.largestChunk / 2)
            chunks.append(Array(sorted[start..<end]))
            start = end
        }
        count = sorted.count
    }

    var isEmpty: Bool { count == 0 }

    /// The chunk `value` belongs in: the last whose first value is not above it (else the first).
    private func chunkIndex(for value: UInt64) -> Int {
        let after = chunks.partitioningIndex { $0[0] > value }
        return max(0, after - 1)
    }

    mutating func insert(_ value: UInt64) {
        guard !chunks.isEmpty else {
            chunks = [[value]]
            count = 1
            return
        }
        let k = chunkIndex(for: value)
        if let last = chunks[k].last, value > last {
            chunks[k].append(value)  // in increasing order: no search, no move
        } else {
            let i = chunks[k].partitioningIndex { $0 >= value }
            guard i == chunks[k].count || chunks[k][i] != value else { return }
            chunks[k].insert(value, at: i)
        }
        count += 1
        if chunks[k].count > SortedChunks.largestChunk {
            // Both halves exactly as large as they are: the full chunk had grown to twice that.
            let half = chunks[k].count / 2
            let upper = Array(chunks[k][half...])
            chunks[k] = Array(chunks[k][..<half])
            chunks.insert(upper, at: k + 1)
        }
    }

    mutating func remove(_ value: UInt64) {
        guard !chunks.isEmpty else { return }
        let k = chunkIndex(for: value)
        let i = chunks[k].partitioningIndex { $0 >= value }
        guard i < chunks[k].count, chunks[k][i] == value else { return }
        chunks[k].remove(at: i)
        count -= 1
        if chunks[k].isEmpty { chunks.remove(at: k) }
    }

    /// The values in increasing order.
    func sorted() -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(count)
        for chunk in chunks { out.append(contentsOf: chunk) }
        return out
    }

    /// Heap bytes, for tests and memory reports.
    var bytes: Int { HeapSize.array(chunks) + chunks.reduce(0) { $0 + HeapSize.array($1) } }
}
