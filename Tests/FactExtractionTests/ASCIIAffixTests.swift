@testable import FactExtraction
import Testing

@Suite struct ASCIIAffixTests {
    @Test func suffixesAndPrefixesByBytes() {
        let cases: [(word: String, ends: Bool, starts: Bool)] = [
            ("formed", true, false),
            ("ed", true, false),
            ("d", false, false),
            ("", false, false),
            ("mid-2019", false, true),
            ("mid-", false, true),
            ("mi", false, false),
            ("zürich-based", true, false),  // bytes after a two-byte letter
            ("an internationally renowned institute that was founded", true, false),  // not a small string
            (String(decoding: Array("mid-founded".utf8), as: UTF8.self), true, true),
        ]
        for c in cases {
            #expect(c.word.endsWith("ed") == c.ends, "\(c.word)")
            #expect(c.word.startsWith("mid-") == c.starts, "\(c.word)")
            #expect(c.word.endsWith("ed") == c.word.hasSuffix("ed"))
        }
    }
}
