#if canImport(Glibc)
import Glibc
#endif
import FactProtocol
import Foundation
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// Serves the JSON-RPC API on a Unix stream socket: one JSON value per line, replies in order
/// per connection, `changed` notifications to subscribers.
///
/// Each connection runs in its own task; a failing client never harms another. Reading stops
/// while a reply cannot be written, so a client that never reads cannot grow our memory.
public final class SocketServer: Service, Sendable {
    /// Where to listen.
    public enum Endpoint: Sendable {
        /// Bind this path (a stale socket file is replaced) with these permission bits.
        case path(String, mode: UInt32)
        /// An already-bound, listening socket handed over by the service manager.
        case inherited(Int32)
    }

    let endpoint: Endpoint
    let dispatcher: RequestDispatcher
    let store: FactStore
    let logger: Logger
    let maximumLineLength: Int
    let onListening: @Sendable () -> Void

    public init(endpoint: Endpoint, dispatcher: RequestDispatcher, store: FactStore, logger: Logger,
                maximumLineLength: Int = 1 << 20, onListening: @escaping @Sendable () -> Void = {}) {
        self.endpoint = endpoint
        self.dispatcher = dispatcher
        self.store = store
        self.logger = logger
        self.maximumLineLength = maximumLineLength
        self.onListening = onListening
    }

    /// Checks that the socket path can be used, before anything else starts. Throws a clear error otherwise.
    public static func preflight(_ endpoint: Endpoint) throws {
        if case .path(let path, _) = endpoint { try SocketPath.prepare(path) }
    }

    public func run() async throws {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 512)
            .childChannelOption(.allowRemoteHalfClosure, value: true)
        let maximum = maximumLineLength
        let initializer: @Sendable (Channel) -> EventLoopFuture<NIOAsyncChannel<LineFrame, ByteBuffer>> = { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineFrameDecoder(maximumLength: maximum)))
                return try NIOAsyncChannel<LineFrame, ByteBuffer>(wrappingChannelSynchronously: channel)
            }
        }
        let server: NIOAsyncChannel<NIOAsyncChannel<LineFrame, ByteBuffer>, Never>
        var boundPath: String? = nil
        switch endpoint {
        case .path(let path, let mode):
            try SocketPath.prepare(path)
            server = try await bootstrap.bind(unixDomainSocketPath: path, childChannelInitializer: initializer)
            try SocketPath.setMode(path, mode_t(mode))
            boundPath = path
            logger.info("listening", metadata: ["socket": "\(path)"])
        case .inherited(let fd):
            server = try await bootstrap.bind(fd, childChannelInitializer: initializer)
            logger.info("listening on the socket passed by the service manager", metadata: ["fd": "\(fd)"])
        }
        onListening()
        defer {
            // Only a socket we bound is ours to remove; an inherited one belongs to the service manager.
            if let boundPath { unlink(boundPath) }
        }
        try await withGracefulShutdownHandler {
            try await server.executeThenClose { connections in
                await withDiscardingTaskGroup { group in
                    do {
                        for try await connection in connections {
                            group.addTask { await self.serve(connection) }
                        }
                    } catch {
                        self.logger.debug("accept loop ended", metadata: ["error": "\(error)"])
                    }
                }
            }
        } onGracefulShutdown: { [store] in
            server.channel.close(promise: nil)
            store.finishSubscribers()
        }
        logger.info("socket server stopped")
    }

    private func serve(_ connection: NIOAsyncChannel<LineFrame, ByteBuffer>) async {
        // At shutdown, requests in flight get a moment to finish; a client that stopped reading
        // would otherwise hold the daemon open, so its connection is closed after that moment.
        let channel = connection.channel
        await withGracefulShutdownHandler {
            await serveUntilDone(connection)
        } onGracefulShutdown: {
            channel.eventLoop.scheduleTask(in: .seconds(2)) { channel.close(promise: nil) }
        }
    }

    private func serveUntilDone(_ connection: NIOAsyncChannel<LineFrame, ByteBuffer>) async {
        do {
            try await connection.executeThenClose { inbound, outbound in
                var subscription: (id: UInt64, task: Task<Void, Never>)? = nil
                defer {
                    if let subscription {
                        store.unsubscribe(subscription.id)
                        subscription.task.cancel()
                    }
                }
                let allocator = connection.channel.allocator
                func send(_ data: [UInt8]) async throws {
                    var buffer = allocator.buffer(capacity: data.count + 1)
                    buffer.writeBytes(data)
                    buffer.writeInteger(UInt8(ascii: "\n"))
                    try await outbound.write(buffer)
                }
                for try await frame in inbound.cancelOnGracefulShutdown() {
                    guard case .line(let line) = frame else {
                        let error = RPCError.invalidRequest("line longer than \(maximumLineLength) bytes; closing the connection")
                        try await send(RequestDispatcher.encodeError(id: .null, error))
                        return
                    }
                    let bytes = line.readableBytesView
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    let (reply, subscribes) = await answer(bytes)
                    if let reply { try await send(reply) }
                    if subscribes && subscription == nil {
                        let (id, stream) = store.subscribe()
                        let task = Task {
                            for await change in stream {
                                let data = JSONWriter.notification(method: ChangedNotification.method, params: change)
                                do { try await send(data) } catch { break }
                            }
                        }
                        subscription = (id, task)
                    }
                }
                // The client closed its side. A subscriber keeps receiving until it goes away or we stop.
                if let subscription { await subscription.task.value }
            }
        } catch {
            logger.debug("connection ended", metadata: ["error": "\(error)"])
        }
    }

    /// The reply to one line, and whether it asked to subscribe.
    private func answer(_ bytes: ByteBufferView) async -> ([UInt8]?, Bool) {
        switch RPCLineParser.parse(bytes) {
        case .failure(let error):
            return (RequestDispatcher.encodeError(id: .null, error), false)
        case .success(.single(let item)):
            return await reply(item)
        case .success(.batch(let items)):
            var parts: [[UInt8]] = []
            var subscribes = false
            for item in items {
                let (data, s) = await reply(item)
                if let data { parts.append(data) }
                subscribes = subscribes || s
            }
            guard !parts.isEmpty else { return (nil, subscribes) }
            var out: [UInt8] = [UInt8(ascii: "[")]
            for (i, part) in parts.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: part)
            }
            out.append(UInt8(ascii: "]"))
            return (out, subscribes)
        }
    }

    private func reply(_ item: Result<RPCRequest, RPCFailure>) async -> ([UInt8]?, Bool) {
        switch item {
        case .failure(let failure):
            return (RequestDispatcher.encodeError(id: failure.id, failure.error), false)
        case .success(let request):
            let data = await dispatcher.respond(to: request)
            let isSubscribe = request.method == SubscribeMethod.name && (try? SubscribeMethod.decodeParams(request.params)) != nil
            return (data, isSubscribe)
        }
    }
}

