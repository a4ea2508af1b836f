/// Distinct strings, each kept once and numbered in the order first seen; found again by the
/// FNV-1a hash of their UTF-8 (open addressing). Cheaper than a `[String: Int32]` for the short
/// strings of one document's facts, which `Hasher` would run SipHash over.
struct StringPool {
    private(set) var strings: [String] = []
    private var hashes: [UInt64] = []
    /// Indices into `strings`, -1 for an empty slot; the count is a power of two.
    private var slots = [Int32](repeating: -1, count: 32)

    /// The number of `s`, added when it is new.
    mutating func index(of s: String) -> Int32 {
        var bytes = s
        let hash = bytes.withUTF8 { FNV1a.hash($0) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let i = Int(slots[slot])
            if hashes[i] == hash && strings[i] == s { return Int32(i) }
            slot = (slot + 1) & mask
        }
        let i = Int32(strings.count)
        strings.append(s)
        hashes.append(hash)
        slots[slot] = i
        if strings.count * 2 > slots.count { grow() }
        return i
    }

    /// Heap bytes of the strings, their hashes and the table, for memory reports.
    var bytes: Int {
        HeapSize.array(strings) + strings.reduce(0) { $0 + HeapSize.string($1) } + HeapSize.array(hashes) + HeapSize.array(slots)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (i, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i)
        }
    }
}
