import FactModel

/// `entities.list`: entities, most mentioned first.
public enum EntitiesListMethod: RPCMethod {
    public static let name = "entities.list"
    public static let parameterNames: Set<String> = ["type", "query", "limit", "cursor"]

    public struct Params: Codable, Sendable, Hashable, RPCParams {
        /// One of organization, person, place, product, event, work, other.
        public var type: String?
        /// Case-insensitive part of the name or an alias.
        public var query: String?
        public var limit: Int?
        public var cursor: String?
        public init(type: String? = nil, query: String? = nil, limit: Int? = nil, cursor: String? = nil) {
            self.type = type
            self.query = query
            self.limit = limit
            self.cursor = cursor
        }

        public init(reading params: ParamReader) throws {
            self.init(type: try params.string("type"), query: try params.string("query"),
                      limit: try params.int("limit"), cursor: try params.string("cursor"))
        }

        /// The type filter, checked.
        public func entityType() throws -> EntityType? {
            guard let type else { return nil }
            guard let t = EntityType(rawValue: type) else {
                let allowed = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
                throw RPCError.invalidParams("'type' must be one of \(allowed), got '\(type)'")
            }
            return t
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var entities: [Entity]
        public var nextCursor: String?
        public init(entities: [Entity], nextCursor: String?) {
            self.entities = entities
            self.nextCursor = nextCursor
        }
    }
}

/// `entities.get`: one entity's card, its facts paged.
public enum EntitiesGetMethod: RPCMethod {
    public static let name = "entities.get"
    public static let parameterNames: Set<String> = ["name", "limit", "cursor"]

    public struct Params: Codable, Sendable, Hashable, RPCParams {
        /// Canonical name or any alias, case-insensitive.
        public var name: String
        public var limit: Int?
        public var cursor: String?
        public init(name: String, limit: Int? = nil, cursor: String? = nil) {
            self.name = name
            self.limit = limit
            self.cursor = cursor
        }

        public init(reading params: ParamReader) throws {
            self.init(name: try params.requiredString("name"), limit: try params.int("limit"), cursor: try params.string("cursor"))
        }
    }

    /// An entity that shares facts with the one asked for.
    public struct Related: Codable, Sendable, Hashable {
        public var entity: EntityRef
        public var count: Int
        public init(entity: EntityRef, count: Int) {
            self.entity = entity
            self.count = count
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var entity: Entity
        public var facts: [Fact]
        public var factsTotal: Int
        public var nextCursor: String?
        public var related: [Related]
        public init(entity: Entity, facts: [Fact], factsTotal: Int, nextCursor: String?, related: [Related]) {
            self.entity = entity
            self.facts = facts
            self.factsTotal = factsTotal
            self.nextCursor = nextCursor
            self.related = related
        }
    }
}
