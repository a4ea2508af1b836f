/// A JSON-RPC 2.0 error object.
public struct RPCError: Error, Codable, Sendable, Hashable, CustomStringConvertible {
    public var code: Int
    public var message: String
    public var data: JSONValue?

    public init(code: Int, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    public static let parseErrorCode = -32700
    public static let invalidRequestCode = -32600
    public static let methodNotFoundCode = -32601
    public static let invalidParamsCode = -32602
    public static let internalErrorCode = -32603

    /// The line is not valid JSON.
    public static func parseError(_ detail: String) -> RPCError { RPCError(code: parseErrorCode, message: "Parse error: \(detail)") }
    /// The JSON is not a valid request object.
    public static func invalidRequest(_ detail: String) -> RPCError { RPCError(code: invalidRequestCode, message: "Invalid request: \(detail)") }
    public static func methodNotFound(_ name: String) -> RPCError {
        RPCError(code: methodNotFoundCode, message: "Method not found: '\(name)'",
                 data: .object(["methods": .array(RPCMethods.names.map { .string($0) })]))
    }
    public static func invalidParams(_ detail: String) -> RPCError { RPCError(code: invalidParamsCode, message: "Invalid params: \(detail)") }
    /// Something failed inside the daemon; details stay in its log.
    public static func internalError(_ detail: String = "the daemon failed to answer; see its log") -> RPCError {
        RPCError(code: internalErrorCode, message: "Internal error: \(detail)")
    }

    public var description: String { "\(message) (\(code))" }
}

/// Errors that are safe to show a client turn themselves into an ``RPCError``.
public protocol RPCErrorConvertible: Error {
    var rpcError: RPCError { get }
}

extension RPCError: RPCErrorConvertible {
    public var rpcError: RPCError { self }
}
