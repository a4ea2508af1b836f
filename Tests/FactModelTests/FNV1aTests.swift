import FactModel
import Testing

@Suite("FNV-1a and the fact ids built on it stay the same from run to run")
struct FNV1aTests {
    @Test(arguments: [("", 0xcbf2_9ce4_8422_2325 as UInt64), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8)])
    func publishedValues(_ text: String, _ expected: UInt64) {
        #expect(FNV1a.hash(text.utf8) == expected)
    }

    @Test func factIDsArePinned() {
        #expect(FactID.make(path: "a.txt", sentenceStart: 12, index: 3, predicate: "form") == "f-e754e7c0d21c1d02")
    }
}
