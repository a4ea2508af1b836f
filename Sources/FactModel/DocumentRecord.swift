/// One document as the store holds it: its listing, its extraction, and how its entities
/// map onto the corpus-wide entities. Immutable and shared between snapshots.
public final class DocumentRecord: Sendable {
    public let info: DocumentInfo
    /// The snapshot's number for this document, which corpus entities list their documents by.
    let number: UInt32
    /// Nil when the document is skipped.
    public let extraction: DocumentExtraction?
    /// For each local entity, the corpus entity it joined.
    let entityNumbers: [EntityNumber]
    /// Search postings of this document, sorted by term hash: which sentences hold which terms.
    let postings: PostingList
    /// Number of search terms in each sentence, for BM25's length normalization.
    let sentenceLengths: [UInt16]
    /// For each local entity, the facts that mention it in any role, in order.
    let factsByEntity: EntityFactIndex

    init(info: DocumentInfo, number: UInt32, extraction given: DocumentExtraction?, entityNumbers: [EntityNumber]) {
        var extraction = given
        extraction?.preparedEntities = nil  // joined by now
        // Postings prepared while loading are taken over (and not kept twice).
        if let prepared = extraction?.preparedSearch {
            (self.postings, self.sentenceLengths) = prepared
            extraction?.preparedSearch = nil
        } else {
            (self.postings, self.sentenceLengths) = SearchIndex.postings(of: extraction?.sentences ?? SentenceTable())
        }
        self.info = info
        self.number = number
        self.extraction = extraction
        self.entityNumbers = entityNumbers
        self.factsByEntity = EntityFactIndex(entityCount: extraction?.entities.count ?? 0, facts: extraction?.facts ?? FactTable())
    }

    /// Heap bytes of the record's own indexes by part, for memory reports.
    public var indexParts: KeyValuePairs<String, Int> {
        ["search postings": postings.bytes, "sentence lengths": HeapSize.array(sentenceLengths),
         "facts by entity": factsByEntity.bytes, "entity numbers": HeapSize.array(entityNumbers)]
    }

    /// Number of facts served from this document.
    public var factCount: Int { extraction?.facts.count ?? 0 }
}
