import FoundationEssentials

/// A successful reply.
public struct RPCResponse<Result: Encodable & Sendable>: Encodable, Sendable {
    public let jsonrpc = "2.0"
    public var id: RPCID
    public var result: Result

    public init(id: RPCID, result: Result) {
        self.id = id
        self.result = result
    }
}

/// An error reply.
public struct RPCErrorResponse: Codable, Sendable, Hashable {
    public var jsonrpc = "2.0"
    public var id: RPCID
    public var error: RPCError

    public init(id: RPCID, error: RPCError) {
        self.id = id
        self.error = error
    }
}

/// A notification from client or daemon.
public struct RPCNotification<Params: Codable & Sendable>: Codable, Sendable {
    public var jsonrpc = "2.0"
    public var method: String
    public var params: Params

    public init(method: String, params: Params) {
        self.method = method
        self.params = params
    }
}

/// An outgoing request, for clients.
public struct RPCOutgoingRequest<Params: Encodable & Sendable>: Encodable, Sendable {
    public let jsonrpc = "2.0"
    public var id: RPCID
    public var method: String
    public var params: Params

    public init(id: RPCID, method: String, params: Params) {
        self.id = id
        self.method = method
        self.params = params
    }
}

/// Any message a client may read: a reply (result or error) or a notification.
public struct RPCIncomingMessage: Decodable, Sendable {
    public var id: RPCID?
    public var result: JSONValue?
    public var error: RPCError?
    public var method: String?
    public var params: JSONValue?
}

/// The JSON encoders and decoders every side uses, so output is the same everywhere.
public enum RPCCoding {
    /// One encoder and one decoder for every message: configuring a new one per request costs
    /// more than the small messages themselves. Both are safe to share once configured.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()
    /// The shared decoder (see ``encoder``).
    public static let decoder = JSONDecoder()

    /// Encodes a value as one line of JSON, without the newline.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        try encoder.encode(value)
    }

    /// Decodes a typed value out of a JSON value.
    public static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try decoder.decode(T.self, from: try encode(value))
    }
}
