import FoundationEssentials

/// One JSON-RPC request or notification, validated for shape but not for its params.
public struct RPCRequest: Sendable, Hashable {
    /// Nil for a notification, which gets no reply.
    public var id: RPCID?
    public var method: String
    /// An object, an array, or nil when absent.
    public var params: JSONValue?

    public init(id: RPCID?, method: String, params: JSONValue? = nil) {
        self.id = id
        self.method = method
        self.params = params
    }

    public var isNotification: Bool { id == nil }
}

/// A request that could not be accepted, with the id to reply to (null when unknown).
public struct RPCFailure: Error, Sendable, Hashable {
    public var id: RPCID
    public var error: RPCError
}

/// What one line of input holds.
public enum RPCIncoming: Sendable {
    case single(Result<RPCRequest, RPCFailure>)
    /// A non-empty batch; each element is answered in one array reply.
    case batch([Result<RPCRequest, RPCFailure>])
}

/// Reads JSON-RPC 2.0 requests from one line of UTF-8.
public enum RPCLineParser {
    /// Parses a line (without its newline). Invalid JSON is a parse error for the whole line.
    public static func parse(_ line: some Collection<UInt8>) -> Result<RPCIncoming, RPCError> {
        let value: JSONValue
        do {
            value = try JSONReader.parse(line)
        } catch {
            if error.reason == .tooDeep {
                return .failure(.parseError("the line nests arrays and objects deeper than \(JSONReader.maximumDepth) levels"))
            }
            if error.reason == .invalidUTF8 || String(validating: Array(line), as: UTF8.self) == nil {
                return .failure(.parseError("the line is not valid UTF-8"))
            }
            return .failure(.parseError("the line is not valid JSON (at byte \(error.offset))"))
        }
        switch value {
        case .array(let elements):
            if elements.isEmpty { return .success(.single(.failure(RPCFailure(id: .null, error: .invalidRequest("empty batch"))))) }
            return .success(.batch(elements.map(request)))
        default:
            return .success(.single(request(value)))
        }
    }

    /// Validates one request object.
    public static func request(_ value: JSONValue) -> Result<RPCRequest, RPCFailure> {
        guard let object = value.objectValue else {
            return .failure(RPCFailure(id: .null, error: .invalidRequest("expected an object, got \(value.typeName)")))
        }
        var id: RPCID? = nil
        if let raw = object["id"] {
            guard let parsed = RPCID(raw) else {
                return .failure(RPCFailure(id: .null, error: .invalidRequest("'id' must be a string, an integer or null")))
            }
            id = parsed
        }
        let replyID = id ?? .null
        guard object["jsonrpc"] == .string("2.0") else {
            return .failure(RPCFailure(id: replyID, error: .invalidRequest("'jsonrpc' must be \"2.0\"")))
        }
        guard case .string(let method)? = object["method"] else {
            return .failure(RPCFailure(id: replyID, error: .invalidRequest("'method' must be a string")))
        }
        var params: JSONValue? = nil
        switch object["params"] {
        case nil, .null?: params = nil
        case .object?, .array?: params = object["params"]
        case let other?:
            return .failure(RPCFailure(id: replyID, error: .invalidRequest("'params' must be an object or an array, got \(other.typeName)")))
        }
        return .success(RPCRequest(id: id, method: method, params: params))
    }
}
