@testable import FactModel
import Testing

@Suite struct StopWordsTests {
    @Test(arguments: StopWords.words)
    func everyListedWordIsAStopWord(word: String) {
        #expect(StopWords.contains(word))
        // As the tokenizer gives it from text ("The" → "the", "HAS" → "has").
        #expect(SearchTokenizer.terms(word.uppercased()).allSatisfy(StopWords.contains))
    }

    @Test(arguments: ["port", "minister", "said", "theirs", "then's", "ist", "", "2024", "taliban"])
    func otherTermsAreNot(term: String) {
        #expect(!StopWords.contains(term))
    }

    @Test func stopWordsGetNoPostingsButCountInSentenceLengths() {
        let text = "The port of the city is closed."
        let sentences = SentenceTable([SentenceSpan(line: 1, start: 0, end: 31, text: TextSpan(in: text, utf8: 0..<31))], text: text)
        let (postings, lengths) = SearchIndex.postings(of: sentences)
        #expect(lengths == [7])
        #expect(postings.count == 3)
        postings.withReader { list in
            for term in ["port", "city", "closed"] { #expect(list.range(of: SearchIndex.hash(term)).count == 1, "\(term)") }
            for term in ["the", "of", "is"] { #expect(list.range(of: SearchIndex.hash(term)).isEmpty, "\(term)") }
        }
    }
}
