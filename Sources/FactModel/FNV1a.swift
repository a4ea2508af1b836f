/// The 64-bit FNV-1a hash: fact ids, search term hashes and the extractor's word table use it.
/// Fast on short byte strings and the same in every process (unlike `Hasher`, which is seeded).
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Mixes in bytes.
    @inline(__always) public mutating func combine<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for b in bytes { value = (value ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    }

    /// The hash of a byte sequence.
    @inline(__always) public static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = FNV1a()
        h.combine(bytes)
        return h.value
    }
}
