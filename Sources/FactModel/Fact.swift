/// The object of a fact: an entity, or plain text where no entity fits.
public enum FactObject: Codable, Sendable, Hashable {
    case entity(EntityRef)
    case text(String)

    private enum CodingKeys: String, CodingKey { case text }

    public init(from decoder: Decoder) throws {
        if let ref = try? EntityRef(from: decoder) {
            self = .entity(ref)
        } else {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self = .text(try c.decode(String.self, forKey: .text))
        }
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .entity(let ref): try ref.encode(to: encoder)
        case .text(let text):
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(text, forKey: .text)
        }
    }
}

/// Who a fact is attributed to ("according to X", "X said").
public struct Attribution: Codable, Sendable, Hashable {
    public var name: String
    public var entity: EntityRef?

    public init(name: String, entity: EntityRef? = nil) {
        self.name = name
        self.entity = entity
    }
}

/// One statement read from a document: subject, predicate, object and its circumstances.
public struct Fact: Codable, Sendable, Hashable {
    /// Stable for the same document text: derived from path, position and predicate.
    public var id: String
    public var subject: EntityRef?
    /// A lemma: "form", "kill", "stand for", "be".
    public var predicate: String
    public var object: FactObject?
    /// Entities that took part in the action besides the subject (founders, attackers).
    public var agents: [EntityRef]?
    public var quantity: Quantity?
    public var time: TimeExpression?
    public var place: EntityRef?
    public var attribution: Attribution?
    public var negated: Bool
    public var evidence: Evidence

    public init(id: String, subject: EntityRef?, predicate: String, object: FactObject?,
                agents: [EntityRef]? = nil, quantity: Quantity? = nil, time: TimeExpression? = nil,
                place: EntityRef? = nil, attribution: Attribution? = nil, negated: Bool = false,
                evidence: Evidence) {
        self.id = id
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.agents = agents
        self.quantity = quantity
        self.time = time
        self.place = place
        self.attribution = attribution
        self.negated = negated
        self.evidence = evidence
    }

    private enum CodingKeys: String, CodingKey {
        case id, subject, predicate, object, agents, quantity, time, place, attribution, negated, evidence
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        // subject and object are always present, null when unknown, as the contract says.
        try c.encode(subject, forKey: .subject)
        try c.encode(predicate, forKey: .predicate)
        try c.encode(object, forKey: .object)
        try c.encodeIfPresent(agents, forKey: .agents)
        try c.encodeIfPresent(quantity, forKey: .quantity)
        try c.encodeIfPresent(time, forKey: .time)
        try c.encodeIfPresent(place, forKey: .place)
        try c.encodeIfPresent(attribution, forKey: .attribution)
        try c.encode(negated, forKey: .negated)
        try c.encode(evidence, forKey: .evidence)
    }
}
