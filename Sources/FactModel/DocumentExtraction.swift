/// A sentence of a document with its position.
public struct SentenceSpan: Sendable, Hashable {
    /// 1-based line of the first character.
    public var line: Int
    /// Offsets in Unicode scalars from the start of the file, end exclusive.
    public var start: Int
    public var end: Int
    public var text: String

    public init(line: Int, start: Int, end: Int, text: String) {
        self.line = line
        self.start = start
        self.end = end
        self.text = text
    }
}

/// An entity as one document names it, before merging across documents.
public struct ExtractedEntity: Sendable, Hashable {
    public var name: String
    public var type: EntityType
    /// Other names this document gives it (acronyms, expansions, short forms).
    public var aliases: [String]
    public var mentions: Int

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
    case text(String)
}

/// A fact inside one document; entities are indices into ``DocumentExtraction/entities``.
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
    private var boxedQuantity: Boxed<Quantity>?
    private var boxedTime: Boxed<TimeExpression>?
    public var place: Int?
    public var attributionName: String?
    public var attributionEntity: Int?
    public var negated: Bool
    /// Index into ``DocumentExtraction/sentences``.
    public var sentence: Int

    public init(subject: Int?, predicate: String, object: ExtractedObject?, agents: [Int] = [],
                quantity: Quantity? = nil, time: TimeExpression? = nil, place: Int? = nil,
                attributionName: String? = nil, attributionEntity: Int? = nil, negated: Bool = false,
                sentence: Int) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.agents = agents
        self.boxedQuantity = .boxing(quantity)
        self.boxedTime = .boxing(time)
        self.place = place
        self.attributionName = attributionName
        self.attributionEntity = attributionEntity
        self.negated = negated
        self.sentence = sentence
    }

    /// Every entity index this fact refers to.
    public var entityIndices: [Int] {
        var out: [Int] = []
        if let subject { out.append(subject) }
        if case .entity(let o) = object { out.append(o) }
        out.append(contentsOf: agents)
        if let place { out.append(place) }
        if let attributionEntity { out.append(attributionEntity) }
        return out
    }
}

/// A mention inside one document; an entity mention refers to an index into ``DocumentExtraction/entities``.
public struct ExtractedMention: Sendable, Hashable {
    public var kind: MentionKind
    public var start: Int
    public var end: Int
    public var text: String
    public var entity: Int?
    public var time: TimeExpression? {
        get { boxedTime?.value }
        set { boxedTime = .boxing(newValue) }
    }
    public var quantity: Quantity? {
        get { boxedQuantity?.value }
        set { boxedQuantity = .boxing(newValue) }
    }
    private var boxedTime: Boxed<TimeExpression>?
    private var boxedQuantity: Boxed<Quantity>?

    public init(kind: MentionKind, start: Int, end: Int, text: String, entity: Int? = nil,
                time: TimeExpression? = nil, quantity: Quantity? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.entity = entity
        self.boxedTime = .boxing(time)
        self.boxedQuantity = .boxing(quantity)
    }
}

/// Everything extracted from one document's text.
public struct DocumentExtraction: Sendable {
    public var title: String?
    /// The date relative times were anchored to.
    public var date: CalendarDate
    public var sentences: [SentenceSpan]
    public var entities: [ExtractedEntity]
    public var facts: [ExtractedFact]
    public var mentions: [ExtractedMention]
    /// Problems that did not stop extraction (front matter that could not be read, …).
    public var warnings: [String]

    public init(title: String? = nil, date: CalendarDate, sentences: [SentenceSpan] = [],
                entities: [ExtractedEntity] = [], facts: [ExtractedFact] = [],
                mentions: [ExtractedMention] = [], warnings: [String] = []) {
        self.title = title
        self.date = date
        self.sentences = sentences
        self.entities = entities
        self.facts = facts
        self.mentions = mentions
        self.warnings = warnings
    }
}

extension DocumentExtraction {
    /// Builds the wire form of fact `index`, resolving local entity indices with `ref`.
    public func fact(_ index: Int, path: String, ref: (Int) -> EntityRef) -> Fact {
        let f = facts[index]
        let s = sentences[f.sentence]
        let object: FactObject? = f.object.map {
            switch $0 {
            case .entity(let e): return .entity(ref(e))
            case .text(let t): return .text(t)
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

    /// Builds the wire form of every mention.
    public func resolvedMentions(ref: (Int) -> EntityRef) -> [Mention] {
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
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        }
        mix(path.utf8)
        mix([0])
        mix(String(sentenceStart).utf8)
        mix([0])
        mix(String(index).utf8)
        mix([0])
        mix(predicate.utf8)
        let hex = String(hash, radix: 16)
        return "f-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
