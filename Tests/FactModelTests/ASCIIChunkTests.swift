import FactModel
import Testing

@Suite struct ASCIIChunkTests {
    /// Eight bytes each: letters and digits up to a sign at every place, the signs beside the
    /// classes' edges ("@" "[" "`" "{" "/" ":"), and bytes that are not ASCII.
    @Test(arguments: [
        ("abcdefgh", 8), ("ABCDEFGH", 8), ("a1B2c3D4", 8), ("abc defg", 3), ("@abcdefg", 0), ("ab[cdefg", 2),
        ("abc`defg", 3), ("abcd{efg", 4), ("abcde/fg", 5), ("abcdef:g", 6), ("abcdefg-", 7), ("Zürich!", 1),
        ("naïve ok", 2), ("abcdefg\u{7F}", 7), ("9\u{0}abcdef", 1),
    ])
    func alphanumericPrefix(_ text: String, _ expected: Int) {
        let bytes = Array(text.utf8) + Array("xxxxxxxx".utf8)
        #expect(bytes.withUnsafeBufferPointer { ASCIIChunk($0, at: 0).alphanumericPrefix } == expected)
    }

    @Test func bytesFromTheFirstNotASCIIAreZero() {
        let bytes = Array("ab€cdefgh".utf8)
        let chunk = bytes.withUnsafeBufferPointer { ASCIIChunk($0, at: 0) }
        #expect(chunk.bytes == 0x6261)
        #expect(chunk.kept == 0x8080)
        #expect(chunk.lowercase == 0x8080)
    }
}
