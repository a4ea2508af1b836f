import FactProtocol
import Foundation
import NIOCore
import NIOExtras
import NIOPosix

/// Why a client call failed.
public enum ClientError: Error, CustomStringConvertible {
    /// Nothing accepts connections on the socket.
    case noDaemon(socket: String, reason: String)
    /// The daemon answered with a JSON-RPC error.
    case rpc(RPCError)
    /// The daemon closed the connection before answering.
    case closed
    /// The reply could not be read.
    case badReply(String)

    public var description: String {
        switch self {
        case .noDaemon(let socket, let reason):
            return "no factd is listening on \(socket) (\(reason)); start it with 'factd --seeds DIR --socket \(socket)' or set FACTD_SOCKET"
        case .rpc(let error): return error.message
        case .closed: return "factd closed the connection without answering"
        case .badReply(let detail): return "unreadable reply from factd: \(detail)"
        }
    }
}

/// One open connection to factd. Calls are answered in order.
public struct FactConnection: ~Copyable {
    private var inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    private let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    private var nextID: Int64 = 1

    init(inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) {
        self.inbound = inbound
        self.outbound = outbound
    }

    /// Calls a method and decodes its result; a JSON-RPC error is thrown as ``ClientError/rpc(_:)``.
    public mutating func call<M: RPCMethod>(_ method: M.Type, _ params: M.Params) async throws -> M.Result {
        let reply = try await callRaw(M.name, params: try JSONValue(encodable: params))
        if let error = reply.error { throw ClientError.rpc(error) }
        guard let result = reply.result else { throw ClientError.badReply("no result") }
        do {
            return try RPCCoding.decode(M.Result.self, from: result)
        } catch {
            throw ClientError.badReply("\(error)")
        }
    }

    /// Sends any method with raw params and returns the reply as it came.
    public mutating func callRaw(_ method: String, params: JSONValue?) async throws -> RPCIncomingMessage {
        let id = RPCID.number(nextID)
        nextID += 1
        var request: [String: JSONValue] = ["jsonrpc": .string("2.0"), "id": .number(Double(nextID - 1)), "method": .string(method)]
        if let params { request["params"] = params }
        try await send(try RPCCoding.encode(JSONValue.object(request)))
        while let message = try await next() {
            if message.id == id { return message }
        }
        throw ClientError.closed
    }

    /// Writes one line.
    public func send(_ line: Data) async throws {
        var buffer = ByteBuffer()
        buffer.writeBytes(line)
        buffer.writeInteger(UInt8(ascii: "\n"))
        try await outbound.write(buffer)
    }

    /// The next line from the daemon as it came, without the newline; nil when it closed the
    /// connection. For tools that measure the daemon rather than decode its answers.
    public mutating func nextLine() async throws -> Data? {
        try await inbound.next().map { Data($0.readableBytesView) }
    }

    /// The next message from the daemon (reply or notification), or nil when it closed the connection.
    public mutating func next() async throws -> RPCIncomingMessage? {
        guard let line = try await inbound.next() else { return nil }
        do {
            return try RPCCoding.decoder.decode(RPCIncomingMessage.self, from: Data(line.readableBytesView))
        } catch {
            throw ClientError.badReply(String(decoding: line.readableBytesView, as: UTF8.self))
        }
    }
}

extension JSONValue {
    /// Any encodable value as JSON.
    init<T: Encodable>(encodable value: T) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: RPCCoding.encode(value))
    }
}

/// Connects to factd.
public enum FactClient {
    /// Opens a connection to the socket, runs `body`, and closes the connection.
    public static func withConnection<R: Sendable>(
        socket: String, _ body: (inout FactConnection) async throws -> R
    ) async throws -> R {
        let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connect(unixDomainSocketPath: socket) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineBasedFrameDecoder()))
                        return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw ClientError.noDaemon(socket: socket, reason: describe(error))
        }
        return try await channel.executeThenClose { inbound, outbound in
            var connection = FactConnection(inbound: inbound.makeAsyncIterator(), outbound: outbound)
            return try await body(&connection)
        }
    }

    static func describe(_ error: Error) -> String {
        let text = "\(error)"
        if text.contains("ENOENT") || text.contains("No such file") { return "no such socket file" }
        if text.contains("ECONNREFUSED") || text.contains("Connection refused") { return "connection refused" }
        if text.contains("EACCES") || text.contains("Permission denied") { return "permission denied" }
        return text
    }
}
