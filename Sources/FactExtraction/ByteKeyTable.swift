import FactModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only hash table keyed by UTF-8 bytes, for the per-token lexicon lookup.
///
/// `Dictionary<String, _>` hashes with SipHash through `Hasher`, which costs a few hundred
/// instructions per short word. Here a key of up to 8 bytes (most words) is packed into one
/// integer, hashed with a multiply and compared in one instruction; longer keys are hashed with
/// FNV-1a and compared with `memcmp`. Both tables probe linearly and are at most half full.
struct ByteKeyTable<Value: Sendable>: Sendable {
    /// A key of up to 8 bytes packed little-endian, with its length (so "a" and "a\0" differ).
    struct ShortSlot: Sendable {
        var packed: UInt64 = 0
        var length: Int32 = 0
        /// Index into `values`; -1 marks an empty slot.
        var entry: Int32 = -1
    }

    private let shortSlots: [ShortSlot]
    private let shortShift: UInt64
    /// Longer keys, back to back, with where each starts and its length.
    private let keyBytes: [UInt8]
    private let keyStarts: [Int32]
    private let keyLengths: [Int32]
    /// Open-addressing slots for the longer keys, holding entry indices; -1 is empty.
    private let slots: [Int32]
    private let mask: Int
    private let values: [Value]

    static var maxShortLength: Int { 8 }

    init(_ entries: [String: Value]) {
        var values: [Value] = []
        var short: [(packed: UInt64, length: Int, entry: Int)] = []
        var long: [(bytes: [UInt8], entry: Int)] = []
        for (key, value) in entries {
            let bytes = Array(key.utf8)
            if bytes.count <= Self.maxShortLength {
                short.append((bytes.withUnsafeBufferPointer { Self.pack($0) }, bytes.count, values.count))
            } else {
                long.append((bytes, values.count))
            }
            values.append(value)
        }
        self.values = values

        var bits: UInt64 = 4
        while (1 << bits) < short.count * 2 { bits += 1 }
        shortShift = 64 - bits
        var shortSlots = [ShortSlot](repeating: ShortSlot(), count: 1 << Int(bits))
        for key in short {
            var slot = Self.shortSlot(key.packed, key.length, shift: shortShift)
            while shortSlots[slot].entry >= 0 { slot = (slot + 1) & (shortSlots.count - 1) }
            shortSlots[slot] = ShortSlot(packed: key.packed, length: Int32(key.length), entry: Int32(key.entry))
        }
        self.shortSlots = shortSlots

        var keyBytes: [UInt8] = []
        var keyStarts: [Int32] = []
        var keyLengths: [Int32] = []
        var capacity = 16
        while capacity < long.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        for (bytes, _) in long {
            var slot = ByteKeyTable.hash(bytes[...]) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(keyStarts.count)
            keyStarts.append(Int32(keyBytes.count))
            keyLengths.append(Int32(bytes.count))
            keyBytes += bytes
        }
        // Long keys are numbered in the order of `long`; map them back to `values`.
        longEntries = long.map { Int32($0.entry) }
        self.keyBytes = keyBytes
        self.keyStarts = keyStarts
        self.keyLengths = keyLengths
        self.slots = slots
        self.mask = capacity - 1
    }

    /// `values` index of each long key, in `keyStarts` order.
    private let longEntries: [Int32]

    /// Up to 8 bytes as one integer, the first byte lowest.
    @inline(__always) static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        for k in 0..<bytes.count { packed |= UInt64(bytes[k]) << UInt64(k &* 8) }
        return packed
    }

    @inline(__always) static func shortSlot(_ packed: UInt64, _ length: Int, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((packed ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always) static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        let h = FNV1a.hash(bytes)
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The value stored under `bytes`, if any.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        if bytes.count <= Self.maxShortLength {
            let packed = Self.pack(bytes)
            return shortSlots.withUnsafeBufferPointer { slots in
                var slot = Self.shortSlot(packed, bytes.count, shift: shortShift)
                while true {
                    let s = slots[slot]
                    if s.entry < 0 { return nil }
                    if s.packed == packed && Int(s.length) == bytes.count { return values[Int(s.entry)] }
                    slot = (slot + 1) & (slots.count - 1)
                }
            }
        }
        var slot = ByteKeyTable.hash(bytes) & mask
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keyBytes in
                while true {
                    let entry = Int(slots[slot])
                    if entry < 0 { return nil }
                    if Int(keyLengths[entry]) == bytes.count,
                       memcmp(keyBytes.baseAddress! + Int(keyStarts[entry]), bytes.baseAddress!, bytes.count) == 0 {
                        return values[Int(longEntries[entry])]
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
