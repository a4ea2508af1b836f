/// For each local entity of one document, the facts that mention it in any role, in order.
///
/// Kept as two flat arrays (where each entity's run starts, and the fact indices) rather than
/// an array per entity: a document names a dozen entities or more, and every array costs an
/// allocation of its own.
struct EntityFactIndex: Sendable {
    /// Entity `e`'s facts are `facts[starts[e] ..< starts[e + 1]]`.
    private let starts: [Int32]
    private let facts: [Int32]

    /// Indexes `facts` of a document with `entityCount` local entities. A fact is listed once
    /// under an entity even when the entity plays two roles in it.
    init(entityCount: Int, facts extracted: FactTable) {
        var counts = [Int32](repeating: 0, count: entityCount + 1)
        var lastFact = [Int32](repeating: -1, count: entityCount)
        for (i, fact) in extracted.enumerated() {
            fact.forEachEntityIndex { e in
                guard e < entityCount, lastFact[e] != Int32(i) else { return }
                lastFact[e] = Int32(i)
                counts[e + 1] += 1
            }
        }
        for e in 0..<entityCount { counts[e + 1] += counts[e] }
        var next = Array(counts.dropLast())
        var facts = [Int32](repeating: 0, count: Int(counts.last ?? 0))
        lastFact = [Int32](repeating: -1, count: entityCount)
        for (i, fact) in extracted.enumerated() {
            fact.forEachEntityIndex { e in
                guard e < entityCount, lastFact[e] != Int32(i) else { return }
                lastFact[e] = Int32(i)
                facts[Int(next[e])] = Int32(i)
                next[e] += 1
            }
        }
        self.starts = counts
        self.facts = facts
    }

    /// The facts of local entity `entity`, in document order.
    subscript(entity: Int) -> ArraySlice<Int32> {
        facts[Int(starts[entity])..<Int(starts[entity + 1])]
    }

    /// Heap bytes, for memory reports.
    var bytes: Int { (starts.capacity + facts.capacity) * 4 }
}
