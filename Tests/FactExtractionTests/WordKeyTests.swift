@testable import FactExtraction
import Foundation
import Testing

@Suite struct WordKeyTests {
    /// Words on both sides of the 8-byte exact form, and ones that are not ASCII.
    static let words = ["", "a", "an", "the", "'s", "said", "thousand", "according", "billions", "u.s.", "zürich",
                        "€", "\u{2019}", "aaaaaaaa", "aaaaaaaaa", "ab", "ba"]

    @Test func literalsMatchTheKeysOfTheirWords() {
        #expect(WordKey("the") == "the")
        #expect(WordKey("according") == "according")
        #expect(WordKey("\u{2019}") == "\u{2019}")
        #expect(WordKey("") == .none)
        #expect(WordKey("thousand") != "thousands")
    }

    @Test func shortASCIIWordsAreExactAndTheRestHashed() {
        for word in Self.words {
            let exact = word.utf8.count <= 8 && word.utf8.allSatisfy { $0 < 0x80 }
            #expect(WordKey(word).isExact == exact, "\(word.debugDescription)")
        }
        // The exact form is the bytes themselves, first byte lowest.
        #expect(WordKey("ab").rawValue == 0x6261)
    }

    @Test func differentWordsHaveDifferentKeys() {
        let keys = Set(Self.words.map(WordKey.init))
        #expect(keys.count == Self.words.count)
    }

    @Test func isOneOfComparesWholeWords() {
        #expect(WordKey("said").isOne(of: "say", "said", "told"))
        #expect(!WordKey("sai").isOne(of: "say", "said", "told"))
        #expect(!WordKey("saidx").isOne(of: "say", "said", "told"))
    }

    @Test func tablesFindEveryWordAndNothingElse() {
        let table = WordKeyTable(Self.words.enumerated().map { (key: $0.element, value: $0.offset) })
        for (i, word) in Self.words.enumerated() { #expect(table.lookup(WordKey(word)) == i, "\(word.debugDescription)") }
        for absent in ["b", "th", "thousands", "accordin", "aaaaaaaaaa", "zurich"] { #expect(table.lookup(WordKey(absent)) == nil) }
        let many = WordKeyTable((0..<3_000).map { (key: "w\($0)", value: $0) })
        for i in 0..<3_000 { #expect(many.lookup(WordKey("w\(i)")) == i) }
    }

    @Test func tokensStayNarrow() {
        #expect(MemoryLayout<Token>.stride == 40)
    }

    /// Every token of the seed document carries the key of its lowercased text, and a lexicon
    /// answers the same by key as by spelling.
    @Test func tokensCarryTheKeysOfTheirWords() throws {
        let text = try String(contentsOfFile: seedPath, encoding: .utf8) + " Zürich’s €5 ACCORDING"
        let tokens = Tokenizer.tokenize(Array(text.utf8))
        #expect(tokens.items.count > 300)
        for (token, word) in zip(tokens.items, tokens.words) {
            #expect(token.key == WordKey(word), "\(word.debugDescription)")
            #expect(Lexicon.functionWords.contains(token.key) == Lexicon.functionWords.contains(word))
            #expect((Lexicon.months[token.key] != nil) == (Lexicon.months[word] != nil))
            #expect(VerbLexicon.lemma(token.key) == VerbLexicon.lemma(word))
        }
    }

    /// The per-document hash index keeps the last value set for each key through growth, and never
    /// stores the empty key.
    @Test(arguments: [1, 7, 100, 5_000])
    func wordKeyIndexKeepsWhatWasSet(_ count: Int) {
        var index = HashIndex(capacity: 4)
        let words = (0..<count).map { "word\($0)" }
        for (i, w) in words.enumerated() { index[WordKey(w)] = i }
        for (i, w) in words.enumerated() where i % 3 == 0 { index[WordKey(w)] = -i }
        for (i, w) in words.enumerated() { #expect(index[WordKey(w)] == (i % 3 == 0 ? -i : i), "\(w)") }
        #expect(index[WordKey("absent")] == nil)
        index[.none] = 1
        #expect(index[.none] == nil)
    }
}
