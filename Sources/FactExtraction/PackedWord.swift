import FactModel

/// A short ASCII token (one to eight bytes) read as one integer, and what the tokenizer needs of
/// it computed for all its bytes at once: the lowercased bytes, and which bytes are uppercase,
/// lowercase or digits (bit 7 of each byte of a mask). Most words of news are this short.
struct PackedWord {
    /// The token lowercased, byte `k` in bits `8k..<8k+8`, zero past its end: its ``WordKey``.
    let lowered: UInt64
    let count: Int
    /// Bit 7 of every byte of the token.
    private let all: UInt64
    private let upperBits: UInt64
    private let lowerBits: UInt64
    private let digitBits: UInt64
    let hasHyphen: Bool

    /// The first letter is uppercase.
    var firstUpper: Bool {
        let letters = upperBits | lowerBits
        return letters & (0 &- letters) & upperBits != 0  // the lowest letter's bit
    }
    /// At least two letters, all uppercase.
    var isAllCaps: Bool { lowerBits == 0 && upperBits & (upperBits &- 1) != 0 }
    var hasDigit: Bool { digitBits != 0 }
    /// Only letters and digits.
    var isPlain: Bool { upperBits | lowerBits | digitBits == all }

    /// The `count` (1...8) bytes at `start` of `text`, which must have eight bytes from there;
    /// nil when one of them is not ASCII.
    @inline(__always) init?(_ text: UnsafeBufferPointer<UInt8>, at start: Int, count: Int) {
        let chunk = ASCIIChunk(text, at: start)
        let lanes: UInt64 = count == 8 ? ~0 : (1 &<< UInt64(count &* 8)) &- 1
        all = ASCIIChunk.high & lanes
        guard chunk.kept & all == all else { return nil }
        upperBits = chunk.uppercase & lanes
        lowerBits = chunk.lowercase & lanes
        digitBits = chunk.digits & lanes
        lowered = chunk.lowercased & lanes
        self.count = count
        hasHyphen = chunk.within(0x2D, 0x2D) & lanes != 0
    }

    /// The lowercased token as a string (inline: no allocation).
    var string: String {
        String(unsafeUninitializedCapacity: 8) { out in
            UnsafeMutableRawPointer(out.baseAddress!).storeBytes(of: lowered.littleEndian, as: UInt64.self)
            return count
        }
    }
}
