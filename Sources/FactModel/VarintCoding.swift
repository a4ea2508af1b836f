/// Appends numbers to a byte buffer in the smallest form that holds them: unsigned integers as
/// LEB128 varints (seven bits a byte), signed ones zigzag-folded first, doubles that are whole
/// numbers as integers. What ``VarintReader`` reads back.
///
/// The buffer is its own (noncopyable, freed when the writer ends), so a byte written is a store
/// and a count: appending to an `[UInt8]` asked the runtime whether the array was shared for
/// every byte, a fifth of the instructions of storing a fact.
struct VarintWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written.
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written, in an array of exactly their size.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Room for `extra` more bytes without growing.
    @inline(__always) mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never) private mutating func grow(to needed: Int) {
        let larger = max(needed, 2 * capacity)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    @inline(__always) mutating func unsigned(_ value: UInt64) {
        reserve(10)
        var v = value
        while v >= 0x80 {
            base[count] = UInt8(truncatingIfNeeded: v) | 0x80
            count += 1
            v >>= 7
        }
        base[count] = UInt8(v)
        count += 1
    }

    mutating func unsigned(_ value: Int) { unsigned(UInt64(value)) }

    /// Zigzag: 0, -1, 1, -2 … become 0, 1, 2, 3 …, so small negative numbers stay short.
    static func zigzag(_ value: Int64) -> UInt64 { UInt64(bitPattern: value << 1 ^ value >> 63) }
    static func unzigzag(_ value: UInt64) -> Int64 { Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1) }

    mutating func signed(_ value: Int64) { unsigned(VarintWriter.zigzag(value)) }

    /// A number whose kind ``NumberKind/of(_:)`` gave: nothing, an integer, or the eight bytes.
    mutating func number(_ value: Double, as kind: NumberKind) {
        switch kind {
        case .absent: break
        case .integer: signed(Int64(value))
        case .double: withUnsafeBytes(of: value.bitPattern.littleEndian) { append($0) }
        }
    }

    /// Bytes as they are.
    mutating func append(_ raw: UnsafeRawBufferPointer) {
        reserve(raw.count)
        if let source = raw.baseAddress { (base + count).update(from: source.assumingMemoryBound(to: UInt8.self), count: raw.count) }
        count += raw.count
    }

    /// A string's UTF-8, as it is (no length before it).
    mutating func append(utf8 s: String) {
        var s = s
        s.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// A string: its length, then its UTF-8.
    mutating func utf8(_ s: String) {
        unsigned(s.utf8.count)
        append(utf8: s)
    }

    /// Offsets at the end, four little-endian bytes each (``CheckpointTrailer``).
    mutating func appendTrailer(_ offsets: [UInt32]) {
        reserve(4 * offsets.count)
        for offset in offsets {
            withUnsafeBytes(of: offset.littleEndian) { (base + count).update(from: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: 4) }
            count += 4
        }
    }
}

/// How a number is written by ``VarintWriter/number(_:as:)``; two bits.
enum NumberKind: UInt64 {
    case absent = 0, integer = 1, double = 2

    /// Whole numbers that an `Int64` holds exactly are integers (not -0.0, which would read back as 0).
    static func of(_ value: Double?) -> NumberKind {
        guard let value else { return .absent }
        if value == value.rounded(), abs(value) < 0x1p53, !(value == 0 && value.sign == .minus) { return .integer }
        return .double
    }
}

/// Reads what ``VarintWriter`` wrote, from `offset` on. The bytes must be well formed (they were
/// written by the writer in this process): reading past the end traps.
struct VarintReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset: Int

    @inline(__always)
    mutating func unsigned() -> UInt64 {
        var byte = bytes[offset]
        offset += 1
        if byte < 0x80 { return UInt64(byte) }
        var value = UInt64(byte & 0x7F)
        var shift: UInt64 = 7
        repeat {
            byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            shift += 7
        } while byte >= 0x80
        return value
    }

    @inline(__always)
    mutating func int() -> Int { Int(truncatingIfNeeded: unsigned()) }

    mutating func signed() -> Int64 { VarintWriter.unzigzag(unsigned()) }

    mutating func number(_ kind: NumberKind) -> Double? {
        switch kind {
        case .absent: return nil
        case .integer: return Double(signed())
        case .double:
            var bits: UInt64 = 0
            for k in 0..<8 { bits |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
            offset += 8
            return Double(bitPattern: bits)
        }
    }

    mutating func utf8() -> String {
        let count = int()
        defer { offset += count }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
    }
}
