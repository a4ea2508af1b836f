import FactModel

/// `facts.query`: facts matching every filter given, in document order.
public enum FactsQueryMethod: RPCMethod {
    public static let name = "facts.query"
    public static let parameterNames: Set<String> = ["subject", "predicate", "object", "document", "from", "to", "text", "limit", "cursor"]

    public struct Params: Codable, Sendable, Hashable, RPCParams {
        public var subject: String?
        public var predicate: String?
        public var object: String?
        public var document: String?
        /// ISO date (YYYY-MM-DD, YYYY-MM or YYYY).
        public var from: String?
        public var to: String?
        public var text: String?
        public var limit: Int?
        public var cursor: String?

        public init(subject: String? = nil, predicate: String? = nil, object: String? = nil, document: String? = nil,
                    from: String? = nil, to: String? = nil, text: String? = nil, limit: Int? = nil, cursor: String? = nil) {
            self.subject = subject
            self.predicate = predicate
            self.object = object
            self.document = document
            self.from = from
            self.to = to
            self.text = text
            self.limit = limit
            self.cursor = cursor
        }

        public init(reading params: ParamReader) throws {
            self.init(subject: try params.string("subject"), predicate: try params.string("predicate"),
                      object: try params.string("object"), document: try params.string("document"),
                      from: try params.string("from"), to: try params.string("to"), text: try params.string("text"),
                      limit: try params.int("limit"), cursor: try params.string("cursor"))
        }

        /// The model's filter, with dates and the document path checked.
        public func filter() throws -> FactFilter {
            func date(_ s: String?, _ key: String, end: Bool) throws -> CalendarDate? {
                guard let s else { return nil }
                guard let d = CalendarDate(iso: s) else {
                    throw RPCError.invalidParams("'\(key)' must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), got '\(s)'")
                }
                // "to": "2021" means up to the end of 2021.
                if end {
                    if s.count == 4 { return CalendarDate(year: d.year, month: 12, day: 31) }
                    if s.count == 7 { return d.endOfMonth }
                }
                return d
            }
            let from = try date(self.from, "from", end: false)
            let to = try date(self.to, "to", end: true)
            if let from, let to, from > to { throw RPCError.invalidParams("'from' (\(from)) is after 'to' (\(to))") }
            return FactFilter(subject: subject, predicate: predicate, object: object,
                              document: try document.map(DocumentsGetMethod.normalize), from: from, to: to, text: text)
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var facts: [Fact]
        public var total: Int
        public var nextCursor: String?
        public init(facts: [Fact], total: Int, nextCursor: String?) {
            self.facts = facts
            self.total = total
            self.nextCursor = nextCursor
        }
    }
}
