/// Eight bytes of text read as one integer, their classes (letter, digit, …) tested for all
/// eight at once: each test sets bit 7 of every byte that passes.
///
/// Bytes from the first that is not ASCII on read as zero (no class has it), so a run of ASCII
/// letters found here always stops before such a byte; the byte readers decode it.
package struct ASCIIChunk {
    /// Bit 7 of every byte.
    package static let high: UInt64 = 0x8080_8080_8080_8080

    /// The bytes, first byte lowest; zero from the first that is not ASCII on.
    package let bytes: UInt64
    /// Bit 7 of every byte kept in `bytes`.
    package let kept: UInt64

    /// The eight bytes at `start`, which `text` must have.
    @inlinable @inline(__always) package init(_ text: UnsafeBufferPointer<UInt8>, at start: Int) {
        let read = UInt64(littleEndian: UnsafeRawPointer(text.baseAddress! + start).loadUnaligned(as: UInt64.self))
        let notASCII = read & Self.high
        if notASCII == 0 {
            bytes = read
            kept = Self.high
        } else {
            // The lowest such byte's bit 7, moved to its bit 0, less one: the bytes below it.
            let below = ((notASCII & (0 &- notASCII)) &>> 7) &- 1
            bytes = read & below
            kept = Self.high & below
        }
    }

    /// Bit 7 of each kept byte above `n`: every kept byte is below 0x80, so adding 0x7F - n
    /// carries into its bit 7 and never into the next byte.
    @inlinable @inline(__always) package func above(_ n: UInt64) -> UInt64 { (bytes &+ 0x0101_0101_0101_0101 &* (0x7F &- n)) & kept }
    /// Bit 7 of each kept byte in `low...high`.
    @inlinable @inline(__always) package func within(_ low: UInt64, _ high: UInt64) -> UInt64 { above(low &- 1) & ~above(high) }

    @inlinable @inline(__always) package var uppercase: UInt64 { within(0x41, 0x5A) }
    @inlinable @inline(__always) package var lowercase: UInt64 { within(0x61, 0x7A) }
    @inlinable @inline(__always) package var digits: UInt64 { within(0x30, 0x39) }

    /// The bytes with A-Z lowercased.
    @inlinable @inline(__always) package var lowercased: UInt64 { bytes | (uppercase &>> 2) }  // 0x80 >> 2 is the case bit

    /// How many of the bytes, from the first, are ASCII letters or digits (0...8).
    @inlinable @inline(__always) package var alphanumericPrefix: Int {
        ((uppercase | lowercase | digits) ^ Self.high).trailingZeroBitCount &>> 3
    }
}
