#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// Serves the JSON-RPC API on a Unix stream socket: one JSON value per line, replies in order
/// per connection, `changed` notifications to subscribers.
///
/// Each connection is answered by its own ``RPCConnectionHandler`` on its event loop; a failing
/// client never harms another. This type binds the socket, hands connections their handler and,
/// at shutdown, lets each finish what it is answering before closing it.
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
        let (dispatcher, store, logger) = (self.dispatcher, self.store, self.logger)
        let initializer: @Sendable (Channel) -> EventLoopFuture<Channel> = { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineFrameDecoder(maximumLength: maximum)))
                try channel.pipeline.syncOperations.addHandler(
                    RPCConnectionHandler(dispatcher: dispatcher, store: store, maximumLineLength: maximum, logger: logger))
                return channel
            }
        }
        let server: NIOAsyncChannel<Channel, Never>
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

    /// Waits for a connection to end. At shutdown, requests in flight get a moment to finish; a
    /// client that stopped reading would otherwise hold the daemon open, so its connection is
    /// closed after that moment.
    private func serve(_ channel: Channel) async {
        await withGracefulShutdownHandler {
            try? await channel.closeFuture.get()
        } onGracefulShutdown: {
            channel.pipeline.fireUserInboundEventTriggered(RPCConnectionHandler.ShutdownEvent())
            channel.eventLoop.scheduleTask(in: .seconds(2)) { channel.close(promise: nil) }
        }
    }
}
