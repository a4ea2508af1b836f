import FactModel

/// `search`: sentences ranked by BM25.
public enum SearchMethod: RPCMethod {
    public static let name = "search"
    public static let parameterNames: Set<String> = ["query", "limit"]

    public struct Params: Codable, Sendable, Hashable, RPCParams {
        public var query: String
        public var limit: Int?
        public init(query: String, limit: Int? = nil) {
            self.query = query
            self.limit = limit
        }

        public init(reading params: ParamReader) throws {
            self.init(query: try params.requiredString("query"), limit: try params.int("limit"))
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var hits: [SearchHit]
        public init(hits: [SearchHit]) { self.hits = hits }
    }
}
