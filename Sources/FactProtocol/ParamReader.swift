/// Reads a method's named params out of the request, with the error messages clients see.
///
/// Params are a handful of strings and integers; reading them from the parsed request directly
/// costs nothing next to re-encoding them for a `Decodable` pass.
public struct ParamReader {
    let members: [String: JSONValue]

    public init(_ members: [String: JSONValue]) {
        self.members = members
    }

    /// An optional string; null is the same as absent.
    public func string(_ key: String) throws -> String? {
        switch members[key] {
        case nil, .null?: return nil
        case .string(let s)?: return s
        default: throw RPCError.invalidParams("'\(key)' must be a string")
        }
    }

    /// A string that must be there.
    public func requiredString(_ key: String) throws -> String {
        switch members[key] {
        case nil: throw RPCError.invalidParams("'\(key)' is required")
        case .null?: throw RPCError.invalidParams("'\(key)' must be a string, not null")
        case .string(let s)?: return s
        default: throw RPCError.invalidParams("'\(key)' must be a string")
        }
    }

    /// An optional integer; null is the same as absent.
    public func int(_ key: String) throws -> Int? {
        switch members[key] {
        case nil, .null?: return nil
        case .number(let n)? where n.rounded() == n && abs(n) < 9.0e15: return Int(n)
        default: throw RPCError.invalidParams("'\(key)' must be an integer")
        }
    }
}

/// Params a method reads with a ``ParamReader``.
public protocol RPCParams {
    init(reading params: ParamReader) throws
}

extension EmptyParams: RPCParams {
    public init(reading params: ParamReader) throws { self.init() }
}
