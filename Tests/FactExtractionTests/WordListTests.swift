@testable import FactExtraction
import Testing

@Suite struct WordListTests {
    @Test func findsWholeWordsOfTheList() {
        let cases: [(word: String, list: StaticString, expected: Bool)] = [
            ("last", "last next this", true), ("this", "last next this", true), ("next", "last next this", true),
            ("las", "last next this", false), ("lastnext", "last next this", false), ("", "last next this", false),
            ("Last", "last next this", false), (",", "and , the", true), ("\u{2013}", "- \u{2013} to", true),
            ("to", "- \u{2013} to", true), ("-", "- \u{2013} to", true), ("a", "the a an", true), ("an", "the a an", true),
            ("a very long word past the inline size", "a very", false), ("-", "-", true), ("–", "–", true), ("x", "-", false),
        ]
        for c in cases {
            #expect(c.word.isOne(of: c.list) == c.expected, "\(c.word) in \(c.list)")
        }
    }
}
