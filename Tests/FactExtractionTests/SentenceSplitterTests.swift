import FactExtraction
import FactModel
import Testing

@Suite("Sentences and tokens")
struct SentenceSplitterTests {
    func sentences(_ text: String, markdown: Bool = false) -> [String] {
        extract(text, markdown: markdown).sentences.map(\.text)
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        #expect(sentences("Dr. Roth met J. Smith of Acme Inc. in the U.S. on Sept. 3. They talked.")
                == ["Dr. Roth met J. Smith of Acme Inc. in the U.S. on Sept. 3.", "They talked."])
    }

    @Test func quotesCloseWithTheSentence() {
        #expect(sentences("He said \"we will win.\" Then he left!") == ["He said \"we will win.\"", "Then he left!"])
    }

    @Test func plainTextLinesAreSentences() {
        #expect(sentences("ISIS-K and Taliban\nThe two groups are rivals.") == ["ISIS-K and Taliban", "The two groups are rivals."])
    }

    @Test func markdownJoinsWrappedLinesAndDropsMarkers() {
        let text = "# Big news\n\nThe authority approved\nthe plan on Monday.\n\n- First point here.\n- Second point\n"
        #expect(sentences(text, markdown: true) == ["Big news", "The authority approved\nthe plan on Monday.", "First point here.", "Second point"])
    }

    @Test func frontMatterIsReadAndSkipped() {
        let x = extract("---\ntitle: A title\ndate: 2024-03-14\n---\nIt rained yesterday.\n")
        #expect(x.title == "A title")
        #expect(x.date.description == "2024-03-14")
        #expect(x.sentences.map(\.text) == ["It rained yesterday."])
        #expect(x.sentences.first?.line == 5)
        #expect(x.mentions.first?.time?.value == "2024-03-13")
    }

    @Test func badFrontMatterDateIsAWarning() {
        let x = extract("---\ndate: next tuesday\n---\nText.\n")
        #expect(x.warnings.count == 1)
        #expect(x.date == referenceDate)
    }

    @Test func invalidUTF8IsReplacedAndReported() {
        let x = sharedExtractor.extract(SourceText(decoding: [0x41, 0x20, 0xFF, 0x20, 0x62, 0x2E]), fallbackDate: referenceDate)
        #expect(x.warnings.contains { $0.contains("UTF-8") })
        #expect(x.sentences.first?.text == "A \u{FFFD} b.")
    }

    @Test func tokensKeepNamesWhole() {
        let tokens = Tokenizer.tokenize(Array("al-Qaida's ISIS-K U.S. 1,500 14:20 O'Brien".utf8)).words
        #expect(tokens == ["al-qaida", "'s", "isis-k", "u.s.", "1,500", "14:20", "o'brien"])
    }

    @Test func tokensArePlainValuesBesideTheirWords() {
        // Rules copy tokens freely; a reference inside one (a String) would make every copy count.
        #expect(_isPOD(Token.self))
        let text = "Zürich’s OFFICIALS said ‘no’."
        let tokenized = Tokenizer.tokenize(Array(text.utf8))
        #expect(tokenized.items.count == tokenized.words.count)
        let bytes = Array(text.utf8)
        for (token, word) in zip(tokenized.items, tokenized.words) {
            #expect(String(decoding: bytes[token.start..<token.end], as: UTF8.self).lowercased() == word || word == "'s")
        }
        #expect(tokenized.words == ["zürich", "'s", "officials", "said", "‘", "no", "’", "."])
    }
}
