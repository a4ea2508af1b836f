@testable import FactExtraction
import Testing

@Suite struct ByteKeyTableTests {
    /// Keys on both sides of the 8-byte packed path, empty and non-ASCII ones included.
    static let keys = ["", "a", "an", "the", "said", "months", "billions", "thousand", "thousands", "organization",
                       "zürich", "€", "a\u{0}", "\u{0}", "ab\u{0}\u{0}", "u.s.", "aaaaaaaa", "aaaaaaaaa"]

    @Test func findsEveryKeyAndNothingElse() {
        var entries: [String: Int] = [:]
        for (i, key) in Self.keys.enumerated() { entries[key] = i }
        let table = ByteKeyTable(entries)
        for (i, key) in Self.keys.enumerated() {
            #expect(table.lookup(key) == i, "\(key.debugDescription)")
            var bytes = Array(key.utf8)
            #expect(bytes.withUnsafeMutableBufferPointer { table.lookup(UnsafeBufferPointer($0)) } == i)
        }
        for absent in ["b", "A", "ab", "the ", "thousan", "thousandss", "aaaaaaaaaa", "aaaaaaa", "zurich", "\u{0}\u{0}", "a\u{0}\u{0}"] {
            #expect(table.lookup(absent) == nil, "\(absent.debugDescription)")
        }
    }

    @Test func manyKeysStayFindable() {
        var entries: [String: Int] = [:]
        for i in 0..<5_000 { entries["w\(i)"] = i; entries["longer word \(i)"] = -i }
        let table = ByteKeyTable(entries)
        for i in stride(from: 0, to: 5_000, by: 37) {
            #expect(table.lookup("w\(i)") == i)
            #expect(table.lookup("longer word \(i)") == -i)
        }
        #expect(table.lookup("w5000") == nil)
    }
}
