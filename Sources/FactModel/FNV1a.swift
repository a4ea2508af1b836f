/// The 64-bit FNV-1a hash: fact ids, search term hashes and the extractor's word keys use it.
/// Fast on short byte strings and the same in every process (unlike `Hasher`, which is seeded).
/// Inlinable, so other modules hash a literal's bytes at compile time.
public struct FNV1a: Sendable {
    @usableFromInline var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of what was mixed in so far.
    @inlinable public var value: UInt64 { state }

    @inlinable public init() {}

    /// Mixes in bytes.
    @inlinable @inline(__always) public mutating func combine<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for b in bytes { state = (state ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    }

    /// The hash of a byte sequence.
    @inlinable @inline(__always) public static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = FNV1a()
        h.combine(bytes)
        return h.value
    }
}
