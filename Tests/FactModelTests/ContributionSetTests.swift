@testable import FactModel
import Testing

@Suite("ContributionSet: an array while small, a trie when large")
struct ContributionSetTests {
    /// Inserting and removing in a scrambled order, across the size where it changes form both
    /// ways, always holds what a Set would, in order.
    @Test func behavesLikeASortedSet() {
        var set = ContributionSet()
        var model: Set<UInt64> = []
        let values: [UInt64] = (0..<700).map { (k: Int) -> UInt64 in
            let document = UInt64((k * 7919) % 700)
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
        for v in 0..<300 { a.insert(UInt64(v)) }
        var small = ContributionSet()
        small.insert(1)
        let b = a
        let c = small
        a.remove(5)
        small.insert(2)
        #expect(b.count == 300 && b.sorted().contains(5) && a.count == 299)
        #expect(c.sorted() == [1] && small.sorted() == [1, 2])
    }

    /// Corpus entities live inline in the snapshot's trie, one per distinct name.
    @Test func aggregateIsCompact() {
        #expect(MemoryLayout<EntityAggregate>.stride <= 128)
        #expect(MemoryLayout<TypeVotes>.size == 28)
    }
}
