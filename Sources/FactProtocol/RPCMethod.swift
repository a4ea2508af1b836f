import FactModel

/// A method of the socket API: its name, params and result types.
public protocol RPCMethod: Sendable {
    associatedtype Params: Codable & Sendable & RPCParams
    associatedtype Result: Codable & Sendable & JSONWritable
    /// The wire name, e.g. "facts.query".
    static var name: String { get }
    /// The parameter names it accepts; any other name is an invalid-params error.
    static var parameterNames: Set<String> { get }
}

extension RPCMethod {
    /// Decodes and checks params: an object with only known names.
    public static func decodeParams(_ value: JSONValue?) throws -> Params {
        switch value {
        case nil: return try Params(reading: ParamReader([:]))
        case .object(let members)?:
            if let unknown = members.keys.sorted().first(where: { !parameterNames.contains($0) }) {
                let known = parameterNames.sorted().joined(separator: ", ")
                throw RPCError.invalidParams("unknown parameter '\(unknown)' for \(name)" + (known.isEmpty ? " (it takes none)" : " (known: \(known))"))
            }
            return try Params(reading: ParamReader(members))
        case let other?:
            throw RPCError.invalidParams("params of \(name) must be an object, got \(other.typeName)")
        }
    }
}

/// Params of methods that take none.
public struct EmptyParams: Codable, Sendable, Hashable {
    public init() {}
}

/// Every method of the API, for discovery and the method-not-found error.
public enum RPCMethods {
    public static let names: [String] = [
        StatusMethod.name, DocumentsListMethod.name, DocumentsGetMethod.name, EntitiesListMethod.name,
        EntitiesGetMethod.name, FactsQueryMethod.name, SearchMethod.name, SubscribeMethod.name, ReloadMethod.name,
    ]
}

/// `limit` and `cursor` as every list takes them.
public struct PageRequest: Sendable, Hashable {
    public static let defaultLimit = 100
    public static let maximumLimit = 1000
    public var offset: Int
    public var limit: Int

    /// Checks the values: limit in 1...1000 (default 100), cursor one this API handed out.
    public init(limit: Int?, cursor: String?) throws {
        let limit = limit ?? PageRequest.defaultLimit
        guard (1...PageRequest.maximumLimit).contains(limit) else {
            throw RPCError.invalidParams("'limit' must be between 1 and \(PageRequest.maximumLimit), got \(limit)")
        }
        self.limit = limit
        if let cursor {
            guard let parsed = PageCursor(cursor)?.offset else {
                throw RPCError.invalidParams("'cursor' is not a cursor this daemon handed out: \(cursor)")
            }
            offset = parsed
        } else {
            offset = 0
        }
    }
}

