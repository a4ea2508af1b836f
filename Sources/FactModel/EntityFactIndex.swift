/// For each local entity of one document, the facts that mention it in any role, in order.
///
/// One flat array: where each entity's run starts (`entityCount + 1` numbers), then the fact
/// indices of every run — not an array per entity, each an allocation of its own. The numbers are
/// 16 bits wide when they fit (any document of fewer than 65,536 facts and mentions of entities
/// in facts, which is every news article), 32 otherwise.
struct EntityFactIndex: Sendable {
    private enum Storage: Sendable {
        case narrow([UInt16])
        case wide([UInt32])
    }
    private let storage: Storage

    /// Indexes `facts` of a document with `entityCount` local entities. A fact is listed once
    /// under an entity even when the entity plays two roles in it.
    init(entityCount: Int, facts extracted: FactTable) {
        // Counting pass, then a filling pass: every run's start is known before it is filled.
        var counts = [Int](repeating: 0, count: entityCount + 1)
        var lastFact = [Int](repeating: -1, count: entityCount)
        for (i, fact) in extracted.enumerated() {
            fact.forEachEntityIndex { e in
                guard e < entityCount, lastFact[e] != i else { return }
                lastFact[e] = i
                counts[e + 1] += 1
            }
        }
        for e in 0..<entityCount { counts[e + 1] += counts[e] }
        var values = [Int](repeating: 0, count: entityCount + 1 + (counts.last ?? 0))
        for e in 0...entityCount { values[e] = entityCount + 1 + counts[e] }
        var next = Array(values[0..<entityCount])
        lastFact = [Int](repeating: -1, count: entityCount)
        for (i, fact) in extracted.enumerated() {
            fact.forEachEntityIndex { e in
                guard e < entityCount, lastFact[e] != i else { return }
                lastFact[e] = i
                values[next[e]] = i
                next[e] += 1
            }
        }
        if values.count <= Int(UInt16.max), extracted.count <= Int(UInt16.max) {
            storage = .narrow(values.map { UInt16($0) })
        } else {
            storage = .wide(values.map { UInt32(truncatingIfNeeded: $0) })
        }
    }

    /// Calls `body` with each fact of local entity `entity`, in document order.
    func forEachFact(of entity: Int, _ body: (Int) -> Void) {
        switch storage {
        case .narrow(let a): for i in Int(a[entity])..<Int(a[entity + 1]) { body(Int(a[i])) }
        case .wide(let a): for i in Int(a[entity])..<Int(a[entity + 1]) { body(Int(a[i])) }
        }
    }

    /// The facts of local entity `entity`, in document order.
    subscript(entity: Int) -> [Int] {
        var out: [Int] = []
        forEachFact(of: entity) { out.append($0) }
        return out
    }

    /// Whether the numbers are stored in 16 bits (for tests).
    var isNarrow: Bool { if case .narrow = storage { return true } else { return false } }

    /// Heap bytes, for memory reports.
    var bytes: Int {
        switch storage {
        case .narrow(let a): return HeapSize.array(a)
        case .wide(let a): return HeapSize.array(a)
        }
    }
}
