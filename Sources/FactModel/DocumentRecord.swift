/// One document as the store holds it: its listing, its extraction, and how its entities
/// map onto the corpus-wide entities. Immutable and shared between snapshots.
public final class DocumentRecord: Sendable {
    public let info: DocumentInfo
    /// Nil when the document is skipped.
    public let extraction: DocumentExtraction?
    /// For each local entity, the key of the corpus entity it joined.
    let entityKeys: [String]
    /// Search postings of this document by term; the index shares these arrays (no second copy).
    let termPostings: [String: [SearchIndex.Posting]]
    /// Number of search terms in each sentence, for BM25's length normalization.
    let sentenceLengths: [Int32]
    /// For each local entity, the facts that mention it in any role, in order.
    let factsByEntity: [[Int32]]

    init(info: DocumentInfo, extraction: DocumentExtraction?, entityKeys: [String]) {
        self.info = info
        self.extraction = extraction
        self.entityKeys = entityKeys
        var postings: [String: [SearchIndex.Posting]] = [:]
        var lengths: [Int32] = []
        var counts: [String: Int32] = [:]
        for (i, sentence) in (extraction?.sentences ?? []).enumerated() {
            counts.removeAll(keepingCapacity: true)
            let tokens = SearchTokenizer.terms(sentence.text)
            for t in tokens { counts[t, default: 0] += 1 }
            for (term, n) in counts { postings[term, default: []].append(SearchIndex.Posting(sentence: Int32(i), frequency: n)) }
            lengths.append(Int32(tokens.count))
        }
        self.termPostings = postings
        self.sentenceLengths = lengths
        var byEntity = [[Int32]](repeating: [], count: extraction?.entities.count ?? 0)
        for (i, fact) in (extraction?.facts ?? []).enumerated() {
            var seen: Set<Int> = []
            for e in fact.entityIndices where e < byEntity.count && seen.insert(e).inserted { byEntity[e].append(Int32(i)) }
        }
        self.factsByEntity = byEntity
    }

    /// Number of facts served from this document.
    public var factCount: Int { extraction?.facts.count ?? 0 }
}
