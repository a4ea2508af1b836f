/// A small growing map from a 64-bit key — a word's ``WordKey`` or a name's
/// ``FactModel/EntityKey/hash(_:)`` — to an integer, for per-document bookkeeping: open
/// addressing over the key's bits, so a lookup is a multiply and a probe where `[UInt64: Int]`
/// ran SipHash.
struct HashIndex {
    /// Slot keys; 0 marks an empty slot (a key of 0 is stored as ``zeroKey``).
    private var keys: [UInt64]
    private var values: [Int]
    private var count = 0
    private var shift: UInt64
    /// Where the key 0 is kept: no word key or name hash is this odd constant in practice.
    private static let zeroKey: UInt64 = 0x9E37_79B9_7F4A_7C15

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

    subscript(key: UInt64) -> Int? {
        get {
            let k = key == 0 ? Self.zeroKey : key
            var i = slot(k)
            while true {
                let found = keys[i]
                if found == k { return values[i] }
                if found == 0 { return nil }
                i = (i + 1) & (keys.count - 1)
            }
        }
        set {
            guard let newValue else { return }  // removal is never needed here
            let k = key == 0 ? Self.zeroKey : key
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

    /// By a word's key; ``WordKey/none`` is never stored.
    subscript(key: WordKey) -> Int? {
        get { key == .none ? nil : self[key.rawValue] }
        set { if key != .none { self[key.rawValue] = newValue } }
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
