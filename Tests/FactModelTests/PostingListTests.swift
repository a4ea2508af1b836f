@testable import FactModel
import Testing

@Suite struct PostingListTests {
    /// (term, sentence, frequency) postings of a document with this many sentences.
    static func list(_ postings: [(String, Int, Int)], sentences: Int) -> PostingList {
        let values = postings.map {
            PostingList.value(term: SearchIndex.hash($0.0), sentence: $0.1, frequency: $0.2, sentenceCount: sentences)
        }
        return PostingList(values: values, sentenceCount: sentences)
    }

    static func read(_ list: PostingList, _ term: String) -> [(sentence: Int, frequency: Int)] {
        list.withReader { r in r.range(of: SearchIndex.hash(term)).map { (r.sentence(at: $0), r.frequency(at: $0)) } }
    }

    /// 256 sentences fit the six-byte form, 257 need the eight-byte one; both read back alike.
    @Test(arguments: [1, 256, 257, 5000, PostingList.maxSentences])
    func readsBackWhatWasStored(sentences: Int) {
        let last = sentences - 1
        let list = Self.list([("port", last, 2), ("port", 0, 1), ("city", 0, 40), ("closed", last / 2, 3)], sentences: sentences)
        #expect(list.count == 4)
        let port = Self.read(list, "port")
        #expect(port.map(\.sentence) == (last == 0 ? [0, 0] : [0, last]))
        #expect(Self.read(list, "city").map(\.frequency) == [15])  // saturates
        #expect(Self.read(list, "closed").map(\.sentence) == [last / 2])
        #expect(Self.read(list, "harbor").isEmpty)
    }

    @Test func narrowPostingsTakeSixBytes() {
        let terms = (0..<100).map { ("term\($0)", $0 % 50, 1) }
        let narrow = Self.list(terms, sentences: 256)
        let wide = Self.list(terms, sentences: 257)
        // The allocator may round an array's capacity up, so the stored sizes are compared.
        #expect(narrow.storedBytes == 6 * 100 + 2)
        #expect(wide.storedBytes == 8 * 100)
        #expect(narrow.bytes < wide.bytes)
        #expect(PostingList().isEmpty && PostingList().bytes == 0)
        #expect(Self.list([], sentences: 3).bytes == 0)
    }
}
