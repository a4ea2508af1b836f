import FactModel

/// A document's text as UTF-8 bytes, with the tables that turn byte offsets into the
/// Unicode-scalar offsets and 1-based lines the API reports.
public struct SourceText: Sendable {
    /// Valid UTF-8: invalid input was replaced with U+FFFD when decoding.
    public let bytes: [UInt8]
    /// The same text as a string, which the extraction keeps: its sentences and phrases are
    /// spans of it.
    public let text: String
    /// Whether the input had invalid UTF-8.
    public let hadInvalidUTF8: Bool
    /// Scalar count before every 16th byte, so an offset costs at most 15 byte checks (a
    /// document's every sentence and mention asks for two; the table lives only while it is read).
    private let checkpoints: [Int32]
    /// Every byte is a scalar: scalar offsets are byte offsets.
    private let isASCII: Bool
    /// Byte offsets where lines start.
    private let lineStarts: [Int32]

    /// Decodes `raw` (replacing invalid sequences) and builds the offset tables.
    public init<Bytes: Collection>(decoding raw: Bytes) where Bytes.Element == UInt8 {
        let bytes = Array(raw)
        // Valid input (nearly always) is used as is; only invalid input pays for repair.
        if SourceText.isValidUTF8(bytes) {
            self.init(validBytes: bytes, text: String(decoding: bytes, as: UTF8.self), hadInvalidUTF8: false)
        } else {
            let repaired = String(decoding: bytes, as: UTF8.self)
            self.init(validBytes: Array(repaired.utf8), text: repaired, hadInvalidUTF8: true)
        }
    }

    /// Whether `bytes` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                // ASCII runs, eight bytes at a time where aligned reads allow.
                while i + 8 <= n, UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                guard i < n else { break }
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                let width: Int
                var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: width = 2
                case 0xE0: width = 3; lowest = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: width = 3
                case 0xED: width = 3; highest = 0x9F
                case 0xF0: width = 4; lowest = 0x90
                case 0xF1...0xF3: width = 4
                case 0xF4: width = 4; highest = 0x8F
                default: return false
                }
                guard i + width <= n, b[i + 1] >= lowest, b[i + 1] <= highest else { return false }
                for k in 2..<max(2, width) where b[i + k] & 0xC0 != 0x80 { return false }
                i += width
            }
            return true
        }
    }

    /// Wraps a string.
    public init(_ text: String) {
        var native = text
        native.makeContiguousUTF8()
        self.init(validBytes: Array(native.utf8), text: native, hadInvalidUTF8: false)
    }

    private init(validBytes bytes: [UInt8], text: String, hadInvalidUTF8: Bool) {
        self.bytes = bytes
        self.text = text
        self.hadInvalidUTF8 = hadInvalidUTF8
        var checkpoints: [Int32] = []
        checkpoints.reserveCapacity(bytes.count / 16 + 1)
        var lineStarts: [Int32] = [0]
        var scalars: Int32 = 0
        bytes.withUnsafeBufferPointer { b in
            for i in 0..<b.count {
                let byte = b[i]
                if i & 15 == 0 { checkpoints.append(scalars) }
                if byte & 0xC0 != 0x80 { scalars += 1 }
                if byte == 0x0A { lineStarts.append(Int32(i + 1)) }
            }
        }
        self.checkpoints = checkpoints
        self.lineStarts = lineStarts
        isASCII = scalars == bytes.count
    }

    /// The Unicode-scalar offset of byte offset `byte` (which must start a scalar or be the end).
    public func scalarOffset(_ byte: Int) -> Int {
        guard byte > 0 else { return 0 }
        if isASCII { return byte }  // every byte a scalar: most news text
        let block = min(byte >> 4, checkpoints.count - 1)
        return Int(checkpoints[block]) + SourceText.scalarCount(bytes, from: block << 4, to: byte)
    }

    /// The scalars that start in `bytes[from..<to]`: every byte but the continuation bytes
    /// (`10xxxxxx`), counted eight at a time.
    static func scalarCount(_ bytes: [UInt8], from: Int, to: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            var n = 0
            var i = from
            while i + 8 <= to {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let continuation = x & ~(x << 1) & 0x8080_8080_8080_8080  // bit 7 set, bit 6 clear
                n += 8 - continuation.nonzeroBitCount
                i += 8
            }
            while i < to {
                if raw[i] & 0xC0 != 0x80 { n += 1 }
                i += 1
            }
            return n
        }
    }

    /// The 1-based line that contains byte offset `byte`.
    public func line(ofByte byte: Int) -> Int {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(lineStarts[mid]) <= byte { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// The text of bytes `[start, end)`.
    public func string(_ start: Int, _ end: Int) -> String {
        bytes.withUnsafeBufferPointer { String(utf8Bytes: UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Bytes `[start, end)` as a span of ``text``, which shares its storage.
    public func span(_ start: Int, _ end: Int) -> TextSpan {
        TextSpan(in: text, utf8: start..<end)
    }
}
