@testable import FactModel
import Testing

@Suite struct EntityKeyTests {
    /// The key of an ASCII name as the byte loop wrote it before the eight-byte steps.
    static func byteByByte(_ name: [UInt8]) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        for b in name {
            let lower = b | 0x20
            if (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(b >= 0x41 && b <= 0x5A ? lower : b)
            } else if b != 0x27 && b != 0x2E {
                pendingSpace = true
            }
        }
        if out.count > 4, out.starts(with: Array("the ".utf8)) { out.removeFirst(4) }
        let count = out.withUnsafeBufferPointer { EntityKey.withoutLegalForm($0, count: $0.count) }
        return String(decoding: out.prefix(count), as: UTF8.self)
    }

    /// Names of every length up to 40 from letters, digits and the signs around their ranges,
    /// drawn by a fixed generator: the same key as the byte loop.
    @Test func eightBytesAtATimeWriteWhatTheByteLoopWrote() {
        let alphabet = Array("aZmQ09 -'.@[`{/:".utf8) + Array("Tarrow Group plc The ".utf8)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 58) % 41
            var name: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                name.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            let key = name.withUnsafeBufferPointer { EntityKey.withASCIIKey($0) { String(decoding: $0, as: UTF8.self) } }
            #expect(key == Self.byteByByte(name), "\(String(decoding: name, as: UTF8.self).debugDescription)")
        }
    }
}
