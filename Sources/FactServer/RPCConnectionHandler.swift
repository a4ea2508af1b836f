import FactProtocol
import Logging
import NIOCore

/// Serves one connection on its event loop: each request line is answered right where it was
/// read, from the current snapshot, and replies go out in request order.
///
/// Answering on the event loop, not in a task per connection, is what makes a small request
/// cheap: no hop to the task pool and back, no async sequence in between. The few requests that
/// must wait (reload, a query before the first scan) run in a task; lines behind them wait their
/// turn, and reading pauses meanwhile. Reading also pauses while replies cannot be written, so a
/// client that never reads cannot grow the daemon's memory.
final class RPCConnectionHandler: ChannelDuplexHandler {
    typealias InboundIn = LineFrame
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// Sent down the pipeline when the daemon stops: finish what is in flight, then close.
    struct ShutdownEvent: Sendable {}

    private let dispatcher: RequestDispatcher
    private let store: FactStore
    private let maximumLineLength: Int
    private let logger: Logger

    /// Lines read while an earlier one is still being answered.
    private var queued: [LineFrame] = []
    /// A request is being answered in a task.
    private var waiting = false
    /// A read was asked for while reading was paused.
    private var pendingRead = false
    /// No more lines will be answered: the client closed its side, sent a line too long, or we stop.
    private var finishing = false
    private var inputClosed = false
    private var closing = false
    private var subscription: (id: UInt64, task: Task<Void, Never>)?
    /// The last reply written, so the connection closes only once it has gone out.
    private var lastWrite: EventLoopFuture<Void>?

    init(dispatcher: RequestDispatcher, store: FactStore, maximumLineLength: Int, logger: Logger) {
        self.dispatcher = dispatcher
        self.store = store
        self.maximumLineLength = maximumLineLength
        self.logger = logger
    }

    // MARK: - Inbound

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        if waiting || !queued.isEmpty {
            queued.append(frame)
        } else {
            handle(frame, context: context)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        context.flush()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case ChannelEvent.inputClosed = event {
            // The client is done sending. A subscriber keeps receiving until it goes away or we stop.
            inputClosed = true
            closeIfDone(context: context)
        } else if event is ShutdownEvent {
            stopSubscription()
            finish(context: context)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        stopSubscription()
        queued.removeAll()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        logger.debug("connection ended", metadata: ["error": "\(error)"])
        context.close(promise: nil)
    }

    // MARK: - Outbound: pause reading while busy or unwritable

    func read(context: ChannelHandlerContext) {
        if waiting || !context.channel.isWritable {
            pendingRead = true
        } else {
            context.read()
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            resumeReading(context: context)
        } else {
            context.flush()
        }
        context.fireChannelWritabilityChanged()
    }

    private func resumeReading(context: ChannelHandlerContext) {
        guard pendingRead, !waiting, context.channel.isWritable else { return }
        pendingRead = false
        context.read()
    }

    // MARK: - Answering

    private func handle(_ frame: LineFrame, context: ChannelHandlerContext) {
        guard !finishing else { return }
        guard case .line(let line) = frame else {
            let error = RPCError.invalidRequest("line longer than \(maximumLineLength) bytes; closing the connection")
            write(RequestDispatcher.encodeError(id: .null, error), context: context)
            finish(context: context)
            return
        }
        let bytes = line.readableBytesView
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
        let incoming: RPCIncoming
        switch RPCLineParser.parse(bytes) {
        case .failure(let error):
            write(RequestDispatcher.encodeError(id: .null, error), context: context)
            return
        case .success(let parsed):
            incoming = parsed
        }
        if let reply = dispatcher.replyNow(to: incoming) {
            deliver(reply, context: context)
            return
        }
        // This line must wait: answer it in a task, then carry on with the lines behind it.
        waiting = true
        let dispatcher = self.dispatcher
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        let eventLoop = context.eventLoop
        Task {
            let reply = await dispatcher.reply(to: incoming)
            eventLoop.execute {
                let (handler, context) = loopBound.value
                handler.waiting = false
                handler.deliver(reply, context: context)
                context.flush()
                handler.drainQueue(context: context)
            }
        }
    }

    private func drainQueue(context: ChannelHandlerContext) {
        while !waiting, !queued.isEmpty {
            handle(queued.removeFirst(), context: context)
        }
        context.flush()
        if !waiting {
            closeIfDone(context: context)
            if !finishing { resumeReading(context: context) }
        }
    }

    private func deliver(_ reply: RequestDispatcher.LineReply, context: ChannelHandlerContext) {
        if let bytes = reply.bytes { write(bytes, context: context) }
        if reply.subscribes && subscription == nil && !finishing { subscribe(context: context) }
    }

    private func write(_ bytes: [UInt8], context: ChannelHandlerContext) {
        lastWrite = context.write(wrapOutboundOut(RPCConnectionHandler.line(bytes, context.channel.allocator)))
    }

    /// One line of output: the bytes and a newline.
    private static func line(_ bytes: [UInt8], _ allocator: ByteBufferAllocator) -> ByteBuffer {
        var buffer = allocator.buffer(capacity: bytes.count + 1)
        buffer.writeBytes(bytes)
        buffer.writeInteger(UInt8(ascii: "\n"))
        return buffer
    }

    private func subscribe(context: ChannelHandlerContext) {
        let (id, stream) = store.subscribe()
        let channel = context.channel
        let task = Task {
            for await change in stream {
                let bytes = JSONWriter.notification(method: ChangedNotification.method, params: change)
                do { try await channel.writeAndFlush(RPCConnectionHandler.line(bytes, channel.allocator)) } catch { break }
            }
        }
        subscription = (id, task)
    }

    private func stopSubscription() {
        guard let subscription else { return }
        store.unsubscribe(subscription.id)
        subscription.task.cancel()
        self.subscription = nil
    }

    /// Answers no more lines; closes once the line being answered and every reply have gone out.
    private func finish(context: ChannelHandlerContext) {
        finishing = true
        queued.removeAll()
        closeIfDone(context: context)
    }

    /// Closes when nothing is left to answer and nothing more will come: after ``finish``, or
    /// once a client that closed its side (and did not subscribe) has all its replies.
    private func closeIfDone(context: ChannelHandlerContext) {
        guard !waiting, queued.isEmpty, !closing else { return }
        guard finishing || (inputClosed && subscription == nil) else { return }
        closing = true
        context.flush()
        guard let lastWrite else {
            context.close(promise: nil)
            return
        }
        let channel = context.channel
        lastWrite.whenComplete { _ in channel.close(promise: nil) }
    }
}
