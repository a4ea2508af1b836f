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
    /// For each local entity, the facts that mention it in any role, in order.
    let factsByEntity: [[Int32]]

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
