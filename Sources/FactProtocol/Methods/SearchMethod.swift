import FactModel

/// `search`: sentences ranked by BM25.
public enum SearchMethod: RPCMethod {
    public static let name = "search"
    public static let parameterNames: Set<String> = ["query", "limit"]

    public struct Params: Codable, Sendable, Hashable {
        public var query: String
        public var limit: Int?
        public init(query: String, limit: Int? = nil) {
            self.query = query
            self.limit = limit
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var hits: [SearchHit]
        public init(hits: [SearchHit]) { self.hits = hits }
    }
}
