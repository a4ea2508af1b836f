import FactModel
import Testing

@Suite struct SmallStringTests {
    /// Bytes → the string `String(decoding:as:)` makes of them, on both sides of the 15-byte
    /// inline limit, ASCII or not, valid or not.
    @Test(arguments: [
        ([UInt8](), ""),
        (Array("harbor".utf8), "harbor"),
        (Array("fifteen-bytes-x".utf8), "fifteen-bytes-x"),
        (Array("sixteen-bytes-xy".utf8), "sixteen-bytes-xy"),
        (Array("Côte d'Ivoire".utf8), "Côte d'Ivoire"),
        ([0x61, 0xFF, 0x62], "a\u{FFFD}b"),
        ([0x61, 0xC3], "a\u{FFFD}"),
    ])
    func matchesDecoding(_ bytes: [UInt8], _ expected: String) {
        let made = bytes.withUnsafeBufferPointer { String(utf8Bytes: $0) }
        #expect(made == expected)
        #expect(made == String(decoding: bytes, as: UTF8.self))
        #expect(Array(made.utf8) == Array(expected.utf8))
    }
}
