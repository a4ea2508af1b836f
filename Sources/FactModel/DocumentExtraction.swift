/// A sentence of a document with its position.
public struct SentenceSpan: Sendable, Hashable {
    /// 1-based line of the first character.
    @Int32Backed public var line: Int
    /// Offsets in Unicode scalars from the start of the file, end exclusive.
    @Int32Backed public var start: Int
    @Int32Backed public var end: Int
    /// The sentence as written, sharing the document's storage.
    public var textSpan: TextSpan
    public var text: String { textSpan.string }

    public init(line: Int, start: Int, end: Int, text: TextSpan) {
        self.line = line
        self.start = start
        self.end = end
        textSpan = text
    }

    public init(line: Int, start: Int, end: Int, text: String) {
        self.init(line: line, start: start, end: end, text: TextSpan(text))
    }
}

/// An entity as one document names it, before merging across documents.
public struct ExtractedEntity: Sendable, Hashable {
    // In this order, with the count in 32 bits, an entity takes 32 bytes instead of 40.
    public var name: String
    /// Other names this document gives it (acronyms, expansions, short forms).
    public var aliases: [String]
    @Int32Backed public var mentions: Int
    public var type: EntityType

    public init(name: String, type: EntityType, aliases: [String] = [], mentions: Int = 1) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
    }
}

/// A fact's object inside one document: an entity index or text.
public enum ExtractedObject: Sendable, Hashable {
    case entity(Int)
    /// Words of the sentence, kept as a span of the document's text.
    case text(TextSpan)
}

/// A fact inside one document as the extractor builds it; entities are indices into
/// ``DocumentExtraction/entities``. A document stores its facts in a ``FactTable``.
public struct ExtractedFact: Sendable, Hashable {
    public var subject: Int?
    public var predicate: String
    public var object: ExtractedObject?
    public var agents: [Int]
    public var quantity: Quantity? {
        get { boxedQuantity?.value }
        set { boxedQuantity = .boxing(newValue) }
    }
    public var time: TimeExpression? {
        get { boxedTime?.value }
        set { boxedTime = .boxing(newValue) }
    }
    public var place: Int?
    public var attributionName: String?
    public var attributionEntity: Int?
    public var negated: Bool
    /// Index into ``DocumentExtraction/sentences``.
    public var sentence: Int
    // Boxed: facts are copied while they are built and renumbered, and most have neither.
    package private(set) var boxedQuantity: Boxed<Quantity>?
    package private(set) var boxedTime: Boxed<TimeExpression>?

    public init(subject: Int?, predicate: String, object: ExtractedObject?, agents: [Int] = [],
                quantity: Quantity? = nil, time: TimeExpression? = nil, place: Int? = nil,
                attributionName: String? = nil, attributionEntity: Int? = nil, negated: Bool = false,
                sentence: Int) {
        self.init(subject: subject, predicate: predicate, object: object, agents: agents, boxedQuantity: .boxing(quantity),
                  boxedTime: .boxing(time), place: place, attributionName: attributionName,
                  attributionEntity: attributionEntity, negated: negated, sentence: sentence)
    }

    /// A fact whose amount and time are boxes made before (shared with their mentions).
    package init(subject: Int?, predicate: String, object: ExtractedObject?, agents: [Int],
                 boxedQuantity: Boxed<Quantity>?, boxedTime: Boxed<TimeExpression>?, place: Int?,
                 attributionName: String?, attributionEntity: Int?, negated: Bool, sentence: Int) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.agents = agents
        self.boxedQuantity = boxedQuantity
        self.boxedTime = boxedTime
        self.place = place
        self.attributionName = attributionName
        self.attributionEntity = attributionEntity
        self.negated = negated
        self.sentence = sentence
    }

    /// Calls `body` with every entity index this fact refers to, without building an array.
    public func forEachEntityIndex(_ body: (Int) -> Void) {
        if let subject { body(subject) }
        if case .entity(let o) = object { body(o) }
        for agent in agents { body(agent) }
        if let place { body(place) }
        if let attributionEntity { body(attributionEntity) }
    }
}

/// A mention inside one document; an entity mention refers to an index into ``DocumentExtraction/entities``.
public struct ExtractedMention: Sendable, Hashable {
    public var kind: MentionKind
    /// Offsets in Unicode scalars from the start of the file, end exclusive.
    @Int32Backed public var start: Int
    @Int32Backed public var end: Int
    public var text: String
    public var entity: Int? {
        get { storedEntity < 0 ? nil : Int(storedEntity) }
        set { storedEntity = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    public var time: TimeExpression? {
        get { boxedTime?.value }
        set { boxedTime = .boxing(newValue) }
    }
    public var quantity: Quantity? {
        get { boxedQuantity?.value }
        set { boxedQuantity = .boxing(newValue) }
    }
    // Stored in 32 bits (-1 for none), like the offsets: every byte here is paid once per mention.
    private var storedEntity: Int32
    package var boxedTime: Boxed<TimeExpression>?
    package var boxedQuantity: Boxed<Quantity>?

    public init(kind: MentionKind, start: Int, end: Int, text: String, entity: Int? = nil,
                time: TimeExpression? = nil, quantity: Quantity? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.storedEntity = entity.map { Int32(clamping: $0) } ?? -1
        self.boxedTime = .boxing(time)
        self.boxedQuantity = .boxing(quantity)
    }
}

/// Everything extracted from one document's text.
public struct DocumentExtraction: Sendable {
    public var title: String?
    /// The date relative times were anchored to.
    public var date: CalendarDate
    /// The text it was read from (valid UTF-8); sentences and phrases are spans of it.
    public var text: String {
        get { textStore.string }
        set { textStore = DocumentText(newValue) }
    }
    /// The text as the tables share it: a string, or deflated once served (``compressText()``).
    private var textStore: DocumentText
    /// Whether the text was read as Markdown.
    public var markdown: Bool
    public var sentences: SentenceTable
    public var entities: EntityTable
    public var facts: FactTable
    /// Empty once ``dropMentions()`` let them go.
    public private(set) var mentions: [ExtractedMention]
    /// False once ``dropMentions()`` let the mentions go.
    public private(set) var keepsMentions = true
    /// Problems that did not stop extraction (front matter that could not be read, …).
    public var warnings: [String]
    /// Search postings made ahead by ``prepareSearch()``; the snapshot takes them over.
    var preparedSearch: (postings: PostingList, lengths: [UInt16])?
    /// The entities as read before ``compressText()``, for the snapshot to join them into the
    /// corpus entities without inflating the text; the snapshot lets them go.
    var preparedEntities: [ExtractedEntity]?

    public init(title: String? = nil, date: CalendarDate, text: String = "", markdown: Bool = false,
                sentences: [SentenceSpan] = [], entities: [ExtractedEntity] = [], entityNameStarts: [Int] = [],
                facts: [ExtractedFact] = [], mentions: [ExtractedMention] = [], warnings: [String] = []) {
        self.title = title
        self.date = date
        let document = DocumentText(text)
        self.textStore = document
        self.markdown = markdown
        let table = SentenceTable(sentences, document: document)
        self.sentences = table
        self.entities = EntityTable(entities, document: document, nameStarts: entityNameStarts)
        self.facts = FactTable(facts, document: document, sentences: table, vocabulary: .shared)
        self.mentions = mentions
        self.warnings = warnings
    }
}

extension DocumentExtraction {
    /// Keeps the text deflated from now on (see ``DocumentText``), shared so by the tables: what
    /// a server does with a document it has finished reading. Reads of the text inflate it.
    public mutating func compressText() {
        guard !textStore.isCompressed else { return }
        preparedEntities = Array(entities)
        let deflated = textStore.compressed()
        textStore = deflated
        sentences = sentences.sharing(deflated)
        entities = entities.sharing(deflated)
        facts = facts.sharing(deflated)
    }

    /// Whether the text is kept deflated.
    public var textIsCompressed: Bool { textStore.isCompressed }

    /// Heap bytes of the text as kept, for memory reports.
    public var textBytes: Int { textStore.bytes }

    /// Builds the search postings of the sentences now, so that adding the document to a
    /// snapshot (one writer at a time) does not have to. Call it where documents are loaded in parallel.
    public mutating func prepareSearch() {
        preparedSearch = SearchIndex.postings(of: sentences)
    }

    /// Lets the mentions go. They are the largest part of an extraction (a third of a served
    /// corpus) and are asked for one document at a time, so a server reads them again from
    /// ``text`` when a document is asked for (`Extractor.mentions(of:)`) instead of holding them.
    public mutating func dropMentions() {
        mentions = []
        keepsMentions = false
    }

    /// Builds the wire form of fact `index`, resolving local entity indices with `ref`.
    public func fact(_ index: Int, path: String, ref: (Int) -> EntityRef) -> Fact {
        let f = facts[index]
        let s = sentences[f.sentence]
        let object: FactObject? = f.object.map {
            switch $0 {
            case .entity(let e): return .entity(ref(e))
            case .text(let t): return .text(t.string)
            }
        }
        let attribution = f.attributionName.map { Attribution(name: $0, entity: f.attributionEntity.map(ref)) }
        return Fact(
            id: FactID.make(path: path, sentenceStart: s.start, index: index, predicate: f.predicate),
            subject: f.subject.map(ref), predicate: f.predicate, object: object,
            agents: f.agents.isEmpty ? nil : f.agents.map(ref), quantity: f.quantity, time: f.time,
            place: f.place.map(ref), attribution: attribution, negated: f.negated,
            evidence: Evidence(document: path, line: s.line, start: s.start, end: s.end, text: s.text))
    }

    /// Builds the wire form of `mentions` (this document's, kept or read again).
    public func resolved(_ mentions: [ExtractedMention], ref: (Int) -> EntityRef) -> [Mention] {
        mentions.map {
            Mention(kind: $0.kind, start: $0.start, end: $0.end, text: $0.text,
                    entity: $0.entity.map(ref), time: $0.time, quantity: $0.quantity)
        }
    }

    /// The reference of a local entity when no corpus is around (ids from the canonical name).
    public func localRef(_ index: Int) -> EntityRef {
        let e = entities[index]
        return EntityRef(id: EntityKey.id(for: e.name), name: e.name, type: e.type)
    }
}

/// Stable fact ids.
public enum FactID {
    /// "f-" and 16 hex digits of FNV-1a over path, sentence start, fact index and predicate.
    public static func make(path: String, sentenceStart: Int, index: Int, predicate: String) -> String {
        var hash = FNV1a()
        hash.combine(path.utf8)
        hash.combine([0])
        hash.combine(String(sentenceStart).utf8)
        hash.combine([0])
        hash.combine(String(index).utf8)
        hash.combine([0])
        hash.combine(predicate.utf8)
        let hex = String(hash.value, radix: 16)
        return "f-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
