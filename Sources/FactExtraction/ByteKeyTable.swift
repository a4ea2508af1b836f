import FactModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only hash table keyed by UTF-8 bytes, for the per-token lexicon lookup.
///
/// `Dictionary<String, _>` hashes with SipHash through `Hasher`, which costs a few hundred
/// instructions per short word; this table hashes the bytes with FNV-1a, probes linearly and
/// compares bytes, so the tokenizer can ask about every word without building a key.
struct ByteKeyTable<Value: Sendable>: Sendable {
    /// All keys, back to back.
    private let keyBytes: [UInt8]
    /// Per entry: where its key starts in `keyBytes` and its length.
    private let keyStarts: [Int32]
    private let keyLengths: [Int32]
    private let values: [Value]
    /// Open-addressing slots holding entry indices; -1 is empty. A power of two, at most half full.
    private let slots: [Int32]
    private let mask: Int

    init(_ entries: [String: Value]) {
        var keyBytes: [UInt8] = []
        var keyStarts: [Int32] = []
        var keyLengths: [Int32] = []
        var values: [Value] = []
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        for (key, value) in entries {
            let bytes = Array(key.utf8)
            var slot = ByteKeyTable.hash(bytes[...]) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(values.count)
            keyStarts.append(Int32(keyBytes.count))
            keyLengths.append(Int32(bytes.count))
            keyBytes += bytes
            values.append(value)
        }
        self.keyBytes = keyBytes
        self.keyStarts = keyStarts
        self.keyLengths = keyLengths
        self.values = values
        self.slots = slots
        self.mask = capacity - 1
    }

    @inline(__always) static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        let h = FNV1a.hash(bytes)
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The value stored under `bytes`, if any.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        var slot = ByteKeyTable.hash(bytes) & mask
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keyBytes in
                while true {
                    let entry = Int(slots[slot])
                    if entry < 0 { return nil }
                    if Int(keyLengths[entry]) == bytes.count,
                       bytes.isEmpty || memcmp(keyBytes.baseAddress! + Int(keyStarts[entry]), bytes.baseAddress!, bytes.count) == 0 {
                        return values[entry]
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The value stored under `key`, if any.
    func lookup(_ key: String) -> Value? {
        // Native strings lend their bytes in place; others (and small ones) are copied first.
        if let found = key.utf8.withContiguousStorageIfAvailable({ lookup($0) }) { return found }
        var key = key
        return key.withUTF8 { lookup($0) }
    }
}
