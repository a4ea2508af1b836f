/// A short reference to an entity, as it appears inside facts.
public struct EntityRef: Codable, Sendable, Hashable {
    /// Stable id derived from the normalized canonical name (see ``EntityKey``).
    public var id: String
    /// The canonical name.
    public var name: String
    public var type: EntityType

    public init(id: String, name: String, type: EntityType) {
        self.id = id
        self.name = name
        self.type = type
    }
}

/// An entity with its aliases and how often it is mentioned.
public struct Entity: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var type: EntityType
    /// Other names of the same entity, sorted, never including `name`.
    public var aliases: [String]
    /// Number of mentions across all documents served.
    public var mentions: Int

    public init(id: String, name: String, type: EntityType, aliases: [String], mentions: Int) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
    }

    /// The reference form of this entity.
    public var ref: EntityRef { EntityRef(id: id, name: name, type: type) }
}
