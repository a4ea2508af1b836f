/// A small growing map from a word's key to an integer, for per-document bookkeeping such as
/// coreference's "the last entity whose name ends in this word": open addressing over the key's
/// bits, so a lookup is a multiply and a probe where `[WordKey: Int]` ran SipHash.
struct WordKeyIndex {
    /// Slot keys; 0 (``WordKey/none``) marks an empty slot, so `.none` itself is never stored.
    private var keys: [UInt64]
    private var values: [Int]
    private var count = 0
    private var shift: UInt64

    /// Room for about `capacity` keys before the table grows.
    init(capacity: Int = 8) {
        var bits: UInt64 = 3
        while (1 << bits) < capacity * 2 { bits += 1 }
        shift = 64 - bits
        keys = [UInt64](repeating: 0, count: 1 << Int(bits))
        values = [Int](repeating: 0, count: 1 << Int(bits))
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    subscript(key: WordKey) -> Int? {
        get {
            let k = key.rawValue
            guard k != 0 else { return nil }
            var i = slot(k)
            while true {
                let found = keys[i]
                if found == k { return values[i] }
                if found == 0 { return nil }
                i = (i + 1) & (keys.count - 1)
            }
        }
        set {
            let k = key.rawValue
            guard k != 0, let newValue else { return }  // removal is never needed here
            var i = slot(k)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & (keys.count - 1) }
            if keys[i] == 0 {
                keys[i] = k
                count += 1
            }
            values[i] = newValue
            if 2 * count > keys.count { grow() }
        }
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        shift -= 1
        keys = [UInt64](repeating: 0, count: 2 * oldKeys.count)
        values = [Int](repeating: 0, count: 2 * oldKeys.count)
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            var i = slot(k)
            while keys[i] != 0 { i = (i + 1) & (keys.count - 1) }
            keys[i] = k
            values[i] = v
        }
    }
}
