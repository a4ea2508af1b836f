@testable import FactModel
import Testing

@Suite("ContributionSet: an array while small, sorted chunks when large")
struct ContributionSetTests {
    /// Inserting and removing in a scrambled order, across the size where it changes form both
    /// ways, always holds what a Set would, in order.
    @Test(arguments: [700, 3_000]) func behavesLikeASortedSet(size: Int) {
        var set = ContributionSet()
        var model: Set<UInt64> = []
        let values: [UInt64] = (0..<size).map { (k: Int) -> UInt64 in
            let document = UInt64((k * 7919) % size)
            return document << 32 | UInt64(k % 3)
        }
        for (k, v) in values.enumerated() {
            set.insert(v)
            model.insert(v)
            set.insert(v)  // twice: still once
            if k % 3 == 0 {
                set.remove(values[k / 2])
                model.remove(values[k / 2])
            }
            #expect(set.sorted() == model.sorted() && set.count == model.count)
        }
        for v in values {
            set.remove(v)
            model.remove(v)
            #expect(set.sorted() == model.sorted())
        }
        #expect(set.isEmpty)
        set.remove(42)  // absent: nothing happens
        #expect(set.isEmpty)
    }

    /// A copy (an older snapshot's) keeps its contributions when the original changes.
    @Test func copiesAreIndependent() {
        var a = ContributionSet()
        for v in 0..<1_300 { a.insert(UInt64(v)) }
        var small = ContributionSet()
        small.insert(1)
        let b = a
        let c = small
        a.remove(5)
        small.insert(2)
        #expect(b.count == 1_300 && b.sorted().contains(5) && a.count == 1_299)
        #expect(c.sorted() == [1] && small.sorted() == [1, 2])
    }

    /// Sorted chunks split past their largest size, accept values in any order (in increasing
    /// order they are appended), and share chunks with their copies.
    @Test func sortedChunksSplitAndStayIndependent() {
        var chunks = SortedChunks()
        let increasing = (0..<2_000).map { UInt64($0) * 2 }
        for v in increasing { chunks.insert(v) }
        #expect(chunks.sorted() == increasing && chunks.count == 2_000)
        #expect(chunks.bytes < 2_000 * 8 * 2)  // split halves are trimmed
        let before = chunks
        for v in stride(from: UInt64(3_999), through: 1, by: -2) { chunks.insert(v) }  // into every gap, backwards
        #expect(chunks.sorted() == (0..<4_000).map { UInt64($0) })
        #expect(before.sorted() == increasing)
        for v in (0..<4_000).map(UInt64.init) where v % 3 != 0 { chunks.remove(v) }
        chunks.remove(1)  // absent
        #expect(chunks.sorted() == (0..<4_000).map(UInt64.init).filter { $0 % 3 == 0 })
        #expect(SortedChunks(sorted: [1, 5, 9]).sorted() == [1, 5, 9] && SortedChunks().isEmpty)
    }

    /// Corpus entities live inline in the snapshot's trie, one per distinct name.
    @Test func aggregateIsCompact() {
        #expect(MemoryLayout<EntityAggregate>.stride <= 128)
        #expect(MemoryLayout<TypeVotes>.size == 28)
    }
}
