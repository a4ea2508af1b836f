import FactExtraction
import FactModel
import Testing

@Suite("Source text keeps valid UTF-8 as is and repairs the rest")
struct SourceTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var valid: Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "ASCII longer than a word", bytes: Array("Kabul, Aug 30 (Wire) - The group said".utf8), valid: true),
        Case(name: "two-byte é", bytes: [0x63, 0x61, 0x66, 0xC3, 0xA9], valid: true),
        Case(name: "three-byte €", bytes: [0xE2, 0x82, 0xAC, 0x35], valid: true),
        Case(name: "four-byte emoji", bytes: [0xF0, 0x9F, 0x93, 0xB0], valid: true),
        Case(name: "largest scalar U+10FFFF", bytes: [0xF4, 0x8F, 0xBF, 0xBF], valid: true),
        Case(name: "overlong slash", bytes: [0xC0, 0xAF], valid: false),
        Case(name: "overlong three-byte", bytes: [0xE0, 0x80, 0xAF], valid: false),
        Case(name: "surrogate half", bytes: [0xED, 0xA0, 0x80], valid: false),
        Case(name: "past U+10FFFF", bytes: [0xF4, 0x90, 0x80, 0x80], valid: false),
        Case(name: "truncated at the end", bytes: [0x41, 0xE2, 0x82], valid: false),
        Case(name: "lone continuation byte", bytes: [0x41, 0x80, 0x42], valid: false),
        Case(name: "bad continuation after ASCII run", bytes: Array("abcdefghij".utf8) + [0xE2, 0x41, 0x82], valid: false),
    ]

    @Test(arguments: cases)
    func validity(_ c: Case) {
        let source = SourceText(decoding: c.bytes)
        #expect(source.hadInvalidUTF8 == !c.valid)
        // Whatever came in, what is kept is exactly what the standard library's repair gives.
        #expect(source.bytes == Array(String(decoding: c.bytes, as: UTF8.self).utf8))
    }

    @Test func offsetsCountScalarsAndLines() {
        let source = SourceText("é\nab€c\n")
        #expect(source.scalarOffset(0) == 0)
        #expect(source.scalarOffset(3) == 2)   // after "é\n"
        #expect(source.scalarOffset(8) == 5)   // after "ab€"
        #expect(source.line(ofByte: 0) == 1)
        #expect(source.line(ofByte: 3) == 2)
    }

    @Test func asciiOffsetsAreByteOffsets() {
        let text = String(repeating: "Plain words, 64 bytes and more.\n", count: 9)
        let source = SourceText(text)
        for byte in [0, 1, 63, 64, 65, 200, text.utf8.count] { #expect(source.scalarOffset(byte) == byte) }
        #expect(source.line(ofByte: 33) == 2)
    }

    /// Scalar offsets at every scalar boundary of a long mixed text (one, two, three and four
    /// bytes per scalar, across the 16-byte checkpoints and the 8-byte steps), against a count
    /// of the scalars before each boundary.
    @Test func offsetsInLongMixedText() {
        let text = String(repeating: "Zürich’s €5 café — 𝔸 ok. ", count: 20)
        let source = SourceText(text)
        var byte = 0
        var scalars = 0
        for scalar in text.unicodeScalars {
            #expect(source.scalarOffset(byte) == scalars, "byte \(byte)")
            byte += String(scalar).utf8.count
            scalars += 1
        }
        #expect(source.scalarOffset(byte) == scalars)
    }
}
