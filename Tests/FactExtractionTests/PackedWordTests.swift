@testable import FactExtraction
import Testing

@Suite struct PackedWordTests {
    /// What the tokenizer read byte by byte before: the lowercased bytes and the shape.
    struct Reference: Equatable {
        var lowered: [UInt8] = []
        var hasDigit = false, hasHyphen = false, isPlain = true, firstUpper = false, isAllCaps = false

        init(_ bytes: [UInt8]) {
            var uppercase = 0, lowercase = 0
            for b in bytes {
                if b >= 0x41 && b <= 0x5A {
                    if uppercase == 0 && lowercase == 0 { firstUpper = true }
                    uppercase += 1
                    lowered.append(b | 0x20)
                    continue
                }
                if b >= 0x61 && b <= 0x7A { lowercase += 1 }
                else if b >= 0x30 && b <= 0x39 { hasDigit = true }
                else { isPlain = false }
                if b == 0x2D { hasHyphen = true }
                lowered.append(b)
            }
            isAllCaps = uppercase >= 2 && lowercase == 0
        }

        init(_ packed: PackedWord) {
            lowered = (0..<packed.count).map { UInt8(truncatingIfNeeded: packed.lowered >> UInt64($0 * 8)) }
            (hasDigit, hasHyphen, isPlain) = (packed.hasDigit, packed.hasHyphen, packed.isPlain)
            (firstUpper, isAllCaps) = (packed.firstUpper, packed.isAllCaps)
        }
    }

    /// Every ASCII byte alone and beside the letters and signs next to the ranges' edges
    /// ("@" and "[" around A–Z, "`" and "{" around a–z, "/" and ":" around the digits).
    static var samples: [[UInt8]] {
        var out = (0..<128).map { [UInt8($0)] }
        for word in ["ISIS-K", "NATO", "A", "aB", "Ab", "A1", "3M", "U.S.", "said", "McCain", "1990s", "@[`{/:", "aZ09-,.", "WHO", "ok", "x-Ray", "4th", "iPhone", "Abcdefgh", "'s"] {
            out.append(Array(word.utf8))
        }
        return out
    }

    @Test func readsAsTheByteLoopDid() {
        for bytes in Self.samples {
            // Read from inside a longer buffer, so the eight-byte load sees other bytes after the token.
            let buffer = bytes + Array("Zz9-\u{7F}Qq!".utf8)
            let packed = buffer.withUnsafeBufferPointer { PackedWord($0, at: 0, count: bytes.count) }
            #expect(packed.map(Reference.init) == Reference(bytes), "\(bytes)")
            #expect(packed?.string == String(decoding: Reference(bytes).lowered, as: UTF8.self))
            #expect(packed.map { WordKey(rawValue: $0.lowered) } == Reference(bytes).lowered.withUnsafeBufferPointer { WordKey(bytes: $0) })
        }
    }

    @Test func notASCIIIsLeftToTheScalarReader() {
        let bytes = Array("Zürich!!".utf8)
        #expect(bytes.withUnsafeBufferPointer { PackedWord($0, at: 0, count: 6) } == nil)
        // A byte past the token that is not ASCII does not matter.
        let after = Array("ab€xxxxxx".utf8)
        #expect(after.withUnsafeBufferPointer { PackedWord($0, at: 0, count: 2) }?.string == "ab")
    }
}
