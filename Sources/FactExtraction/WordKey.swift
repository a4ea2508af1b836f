import FactModel

/// A lowercased word as one integer, so the rules compare and look up words without touching
/// `String`.
///
/// An ASCII word of up to 8 bytes (nearly every word the rules test: "the", "said", "thousand")
/// is its bytes packed little-endian: exact, and its high bit is clear. Anything longer, or not
/// ASCII, is a 63-bit FNV-1a hash of its bytes with the high bit set, the way spaCy's string
/// store names every string by a 64-bit hash: two different long words share a key with odds of
/// about 1 in 10^19 per pair, and the lexicons are checked for clashes when their tables are
/// built.
///
/// A literal (`tokens[i].key == "according"`) is worked out by the compiler: the comparison is
/// one instruction.
struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral {
    let rawValue: UInt64

    /// The key of no word: outside a sentence, the empty string.
    static let none = WordKey(rawValue: 0)

    @inline(__always) init(rawValue: UInt64) { self.rawValue = rawValue }

    @inline(__always) init(stringLiteral literal: StaticString) {
        self.init(bytes: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// The key of `bytes`, which must already be lowercased.
    @inline(__always) init(bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        if n <= 8 {
            var packed: UInt64 = 0
            for k in 0..<n { packed |= UInt64(bytes[k]) << UInt64(k &* 8) }
            if packed & 0x8080_8080_8080_8080 == 0 {
                rawValue = packed
                return
            }
        }
        rawValue = FNV1a.hash(bytes) | (1 << 63)  // inlinable: folded for literals
    }

    /// The key of `word` lowercased: ASCII lowercased on the stack, anything else through
    /// `String.lowercased()`.
    init(lowercasing word: UnsafeBufferPointer<UInt8>) {
        guard !word.contains(where: { $0 >= 0x80 }) else {
            self.init(String(decoding: word, as: UTF8.self).lowercased())
            return
        }
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { out in
            for k in word.indices { out[k] = word[k] &- 0x41 < 26 ? word[k] | 0x20 : word[k] }
            return WordKey(bytes: UnsafeBufferPointer(out))
        }
    }

    /// The key of a lowercased word.
    init(_ word: String) {
        var word = word
        self = word.withUTF8 { WordKey(bytes: $0) }
    }

    /// Whether the key is the word's bytes themselves rather than a hash of them.
    var isExact: Bool { rawValue >> 63 == 0 }

    // Whether this is one of a handful of literals: `key.isOne(of: "a", "an", "the")`. One
    // overload per count, so no array is made (a variadic one is built on the heap wherever the
    // optimizer cannot keep it on the stack).
    @inline(__always) func isOne(of a: WordKey, _ b: WordKey) -> Bool { self == a || self == b }
    @inline(__always) func isOne(of a: WordKey, _ b: WordKey, _ c: WordKey) -> Bool { self == a || self == b || self == c }
    @inline(__always) func isOne(of a: WordKey, _ b: WordKey, _ c: WordKey, _ d: WordKey) -> Bool { self == a || self == b || self == c || self == d }
    @inline(__always) func isOne(of a: WordKey, _ b: WordKey, _ c: WordKey, _ d: WordKey, _ e: WordKey) -> Bool { self == a || self == b || self == c || self == d || self == e }
    @inline(__always) func isOne(of a: WordKey, _ b: WordKey, _ c: WordKey, _ d: WordKey, _ e: WordKey, _ f: WordKey) -> Bool { self == a || self == b || self == c || self == d || self == e || self == f }
    @inline(__always) func isOne(of a: WordKey, _ b: WordKey, _ c: WordKey, _ d: WordKey, _ e: WordKey, _ f: WordKey, _ g: WordKey) -> Bool { self == a || self == b || self == c || self == d || self == e || self == f || self == g }
    @inline(__always) func isOne(of a: WordKey, _ b: WordKey, _ c: WordKey, _ d: WordKey, _ e: WordKey, _ f: WordKey, _ g: WordKey, _ h: WordKey) -> Bool { self == a || self == b || self == c || self == d || self == e || self == f || self == g || self == h }
    @inline(__always) func isOne(of a: WordKey, _ b: WordKey, _ c: WordKey, _ d: WordKey, _ e: WordKey, _ f: WordKey, _ g: WordKey, _ h: WordKey, _ i: WordKey) -> Bool { self == a || self == b || self == c || self == d || self == e || self == f || self == g || self == h || self == i }
    @inline(__always) func isOne(of a: WordKey, _ b: WordKey, _ c: WordKey, _ d: WordKey, _ e: WordKey, _ f: WordKey, _ g: WordKey, _ h: WordKey, _ i: WordKey, _ j: WordKey) -> Bool { self == a || self == b || self == c || self == d || self == e || self == f || self == g || self == h || self == i || self == j }
    @inline(__always) func isOne(of a: WordKey, _ b: WordKey, _ c: WordKey, _ d: WordKey, _ e: WordKey, _ f: WordKey, _ g: WordKey, _ h: WordKey, _ i: WordKey, _ j: WordKey, _ k: WordKey) -> Bool { self == a || self == b || self == c || self == d || self == e || self == f || self == g || self == h || self == i || self == j || self == k }
    @inline(__always) func isOne(of a: WordKey, _ b: WordKey, _ c: WordKey, _ d: WordKey, _ e: WordKey, _ f: WordKey, _ g: WordKey, _ h: WordKey, _ i: WordKey, _ j: WordKey, _ k: WordKey, _ l: WordKey) -> Bool { self == a || self == b || self == c || self == d || self == e || self == f || self == g || self == h || self == i || self == j || self == k || self == l }
}

/// A fixed table from word keys to values: one multiply and, nearly always, one probe.
struct WordKeyTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        /// Index into `values`; -1 marks an empty slot.
        var entry: Int32
    }

    private final class Storage: Sendable {
        let slots: [Slot]
        let shift: UInt64
        let values: [Value]

        init(slots: [Slot], shift: UInt64, values: [Value]) {
            (self.slots, self.shift, self.values) = (slots, shift, values)
        }
    }

    private let storage: Storage

    /// A table of `pairs`; keys must be lowercased and unique.
    init<S: Sequence>(_ pairs: S) where S.Element == (key: String, value: Value) {
        var values: [Value] = []
        var keys: [WordKey] = []
        var spellings: [WordKey: String] = [:]
        for (word, value) in pairs {
            let key = WordKey(word)
            if let other = spellings.updateValue(word, forKey: key) {
                precondition(other == word, "lexicon words \(other) and \(word) have the same key")
                continue
            }
            keys.append(key)
            values.append(value)
        }
        var bits: UInt64 = 3
        while (1 << bits) < keys.count * 2 { bits += 1 }
        let shift = 64 - bits
        var slots = [Slot](repeating: Slot(key: 0, entry: -1), count: 1 << Int(bits))
        for (entry, key) in keys.enumerated() {
            var slot = Self.slot(key.rawValue, shift)
            while slots[slot].entry >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Slot(key: key.rawValue, entry: Int32(entry))
        }
        storage = Storage(slots: slots, shift: shift, values: values)
    }

    @inline(__always) private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value under `key`, if any.
    @inline(__always) func lookup(_ key: WordKey) -> Value? {
        let s = storage
        return s.slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(key.rawValue, s.shift)
            while true {
                let entry = Int(slots[slot].entry)
                if entry < 0 { return nil }
                if slots[slot].key == key.rawValue { return s.values[entry] }
                slot = (slot + 1) & (slots.count - 1)
            }
        }
    }
}
