/// What a mention refers to.
public enum MentionKind: String, Codable, Sendable, Hashable {
    case entity, time, quantity
}

/// One occurrence of an entity, time or quantity, with its exact span.
public struct Mention: Codable, Sendable, Hashable {
    public var kind: MentionKind
    /// Offset in Unicode scalars from the start of the file.
    public var start: Int
    /// End offset, exclusive.
    public var end: Int
    public var text: String
    public var entity: EntityRef?
    public var time: TimeExpression?
    public var quantity: Quantity?

    public init(kind: MentionKind, start: Int, end: Int, text: String,
                entity: EntityRef? = nil, time: TimeExpression? = nil, quantity: Quantity? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.entity = entity
        self.time = time
        self.quantity = quantity
    }
}
