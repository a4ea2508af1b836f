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
/// FNV-1a and compared with `memcmp`. Both tables probe linearly and are at most 3/4 full (the
/// word list has some 100,000 entries: the slots are kept for the life of the process).
struct ByteKeyTable<Value: Sendable>: Sendable {
    /// A key of up to 8 bytes packed little-endian, with its length (so "a" and "a\0" differ).
    struct ShortSlot: Sendable {
        var packed: UInt64 = 0
        var length: Int32 = 0
        /// Index into `values`; -1 marks an empty slot.
        var entry: Int32 = -1
    }

    /// The arrays, behind one reference: a table is copied wherever a struct holding it is (a
    /// gazetteer for every sentence), and a copy then costs one retain instead of eight.
    private final class Storage: Sendable {
        let shortSlots: [ShortSlot]
        let shortShift: UInt64
        /// Longer keys, back to back, with where each starts and its length.
        let keyBytes: [UInt8]
        let keyStarts: [Int32]
        let keyLengths: [Int32]
        /// Open-addressing slots for the longer keys, holding entry indices; -1 is empty.
        let slots: [Int32]
        let mask: Int
        let values: [Value]
        /// `values` index of each long key, in `keyStarts` order.
        let longEntries: [Int32]

        init(shortSlots: [ShortSlot], shortShift: UInt64, keyBytes: [UInt8], keyStarts: [Int32], keyLengths: [Int32],
             slots: [Int32], mask: Int, values: [Value], longEntries: [Int32]) {
            (self.shortSlots, self.shortShift, self.keyBytes, self.keyStarts) = (shortSlots, shortShift, keyBytes, keyStarts)
            (self.keyLengths, self.slots, self.mask, self.values, self.longEntries) = (keyLengths, slots, mask, values, longEntries)
        }
    }

    private let storage: Storage

    static var maxShortLength: Int { 8 }

    init(_ entries: [String: Value]) {
        self.init(uniqueKeysWithValues: entries)
    }

    /// A table of `pairs`, whose keys must differ from one another.
    init<S: Sequence>(uniqueKeysWithValues pairs: S) where S.Element == (key: String, value: Value) {
        var values: [Value] = []
        var short: [(packed: UInt64, length: Int, entry: Int)] = []
        var long: [(bytes: [UInt8], entry: Int)] = []
        for (key, value) in pairs {
            let bytes = Array(key.utf8)
            if bytes.count <= Self.maxShortLength {
                short.append((bytes.withUnsafeBufferPointer { Self.pack($0) }, bytes.count, values.count))
            } else {
                long.append((bytes, values.count))
            }
            values.append(value)
        }
        var bits: UInt64 = 4
        while (1 << bits) * 3 < short.count * 4 { bits += 1 }
        let shortShift = 64 - bits
        var shortSlots = [ShortSlot](repeating: ShortSlot(), count: 1 << Int(bits))
        for key in short {
            var slot = Self.shortSlot(key.packed, key.length, shift: shortShift)
            while shortSlots[slot].entry >= 0 { slot = (slot + 1) & (shortSlots.count - 1) }
            shortSlots[slot] = ShortSlot(packed: key.packed, length: Int32(key.length), entry: Int32(key.entry))
        }

        var keyBytes: [UInt8] = []
        var keyStarts: [Int32] = []
        var keyLengths: [Int32] = []
        var capacity = 16
        while capacity * 3 < long.count * 4 { capacity <<= 1 }
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
        storage = Storage(shortSlots: shortSlots, shortShift: shortShift, keyBytes: keyBytes, keyStarts: keyStarts,
                          keyLengths: keyLengths, slots: slots, mask: capacity - 1, values: values,
                          longEntries: long.map { Int32($0.entry) })
    }

    /// Number of keys.
    var count: Int { storage.values.count }

    /// Every key, in no particular order (for rebuilding a table with more keys).
    var keys: [String] {
        let s = storage
        var out: [String] = []
        out.reserveCapacity(count)
        for slot in s.shortSlots where slot.entry >= 0 {
            out.append(String(decoding: (0..<Int(slot.length)).map { UInt8(truncatingIfNeeded: slot.packed >> UInt64($0 * 8)) }, as: UTF8.self))
        }
        for k in s.keyStarts.indices {
            let start = Int(s.keyStarts[k])
            out.append(String(decoding: s.keyBytes[start..<(start + Int(s.keyLengths[k]))], as: UTF8.self))
        }
        return out
    }

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
        let s = storage
        if bytes.count <= Self.maxShortLength { return lookup(packed: Self.pack(bytes), count: bytes.count) }
        var slot = ByteKeyTable.hash(bytes) & s.mask
        return s.slots.withUnsafeBufferPointer { slots in
            s.keyBytes.withUnsafeBufferPointer { keyBytes in
                while true {
                    let entry = Int(slots[slot])
                    if entry < 0 { return nil }
                    if Int(s.keyLengths[entry]) == bytes.count,
                       memcmp(keyBytes.baseAddress! + Int(s.keyStarts[entry]), bytes.baseAddress!, bytes.count) == 0 {
                        return s.values[Int(s.longEntries[entry])]
                    }
                    slot = (slot + 1) & s.mask
                }
            }
        }
    }

    /// The value stored under a key of at most 8 bytes, given packed (``pack(_:)``) with its length.
    @inline(__always)
    private func lookup(packed: UInt64, count: Int) -> Value? {
        let s = storage
        return s.shortSlots.withUnsafeBufferPointer { slots in
            var slot = Self.shortSlot(packed, count, shift: s.shortShift)
            while true {
                let entry = slots[slot].entry
                if entry < 0 { return nil }
                if slots[slot].packed == packed && Int(slots[slot].length) == count { return s.values[Int(entry)] }
                slot = (slot + 1) & (slots.count - 1)
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
