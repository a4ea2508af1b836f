/// One document as the store holds it: its listing, its extraction, and how its entities
/// map onto the corpus-wide entities. Immutable and shared between snapshots.
public final class DocumentRecord: Sendable {
    public let info: DocumentInfo
    /// Nil when the document is skipped.
    public let extraction: DocumentExtraction?
    /// For each local entity, the key of the corpus entity it joined.
    let entityKeys: [String]
    /// Search tokens per sentence (for removal from the index and BM25 lengths).
    let sentenceTerms: [[String: Int]]
    let sentenceLengths: [Int]

    init(info: DocumentInfo, extraction: DocumentExtraction?, entityKeys: [String]) {
        self.info = info
        self.extraction = extraction
        self.entityKeys = entityKeys
        var terms: [[String: Int]] = []
        var lengths: [Int] = []
        for sentence in extraction?.sentences ?? [] {
            var counts: [String: Int] = [:]
            let tokens = SearchTokenizer.terms(sentence.text)
            for t in tokens { counts[t, default: 0] += 1 }
            terms.append(counts)
            lengths.append(tokens.count)
        }
        self.sentenceTerms = terms
        self.sentenceLengths = lengths
    }

    /// Number of facts served from this document.
    public var factCount: Int { extraction?.facts.count ?? 0 }
}
