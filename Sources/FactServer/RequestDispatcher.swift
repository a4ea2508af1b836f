import FactExtraction
import FactModel
import FactProtocol
import FoundationEssentials
import Logging

/// Answers JSON-RPC requests from the store's current snapshot.
public struct RequestDispatcher: Sendable {
    let store: FactStore
    /// The extractor the documents were read with: served documents do not keep their mentions,
    /// it reads them again when a document is asked for.
    let extractor: Extractor
    let seeds: String
    let reload: @Sendable () async throws -> Void
    let logger: Logger
    /// From this many served documents on, a query's first answer on a snapshot is worked out in
    /// a task (see ``answerNow(_:onEventLoop:)``).
    let largeCorpus: Int

    public init(store: FactStore, extractor: Extractor, seeds: String, logger: Logger, largeCorpus: Int = 10_000,
                reload: @escaping @Sendable () async throws -> Void) {
        self.store = store
        self.extractor = extractor
        self.seeds = seeds
        self.logger = logger
        self.largeCorpus = largeCorpus
        self.reload = reload
    }

    /// What one request line gets back: the reply line (nil when it held only notifications) and
    /// whether it asked to subscribe.
    public struct LineReply: Sendable {
        public var bytes: [UInt8]?
        public var subscribes: Bool
    }

    /// The reply to a parsed line, when it can be given without waiting — every query once the
    /// first scan is done. Nil when part of the line must wait (reload, or a query before the
    /// first scan); ``reply(to:)`` answers it then.
    public func replyNow(to incoming: RPCIncoming) -> LineReply? {
        switch incoming {
        case .single(let item):
            return replyNow(item)
        case .batch(let items):
            var parts: [LineReply] = []
            for item in items {
                guard let part = replyNow(item) else { return nil }
                parts.append(part)
            }
            return RequestDispatcher.joined(parts)
        }
    }

    /// The reply to a parsed line, waiting where a request must.
    public func reply(to incoming: RPCIncoming) async -> LineReply {
        switch incoming {
        case .single(let item):
            return await reply(item)
        case .batch(let items):
            var parts: [LineReply] = []
            for item in items { parts.append(await reply(item)) }
            return RequestDispatcher.joined(parts)
        }
    }

    /// The reply line for a request (without newline), or nil for a notification.
    public func respond(to request: RPCRequest) async -> [UInt8]? {
        if request.method == ReloadMethod.name {
            return await replyLine(request) {
                _ = try ReloadMethod.decodeParams(request.params)
                try await reload()
                return status()
            }
        }
        if mustWait(request) { await store.waitUntilReady() }
        guard case .answered(let line) = answerNow(request, onEventLoop: false) else { return nil }  // never later here
        return line
    }

    /// An error reply line.
    public static func encodeError(id: RPCID, _ error: RPCError) -> [UInt8] {
        JSONWriter.errorReply(id: id, error: error)
    }

    /// Methods that answer before the first scan has finished; the others wait for it.
    private static let answersAtOnce: Set<String> = [StatusMethod.name, SubscribeMethod.name, ReloadMethod.name]

    /// Whether a request must wait before it can be answered: reload, and queries about the
    /// documents before the first scan (a socket-activated daemon gets its first request before
    /// it has read anything); status answers at once and says so.
    private func mustWait(_ request: RPCRequest) -> Bool {
        if request.method == ReloadMethod.name { return true }
        return !RequestDispatcher.answersAtOnce.contains(request.method) && RPCMethods.names.contains(request.method)
            && !store.isReady
    }

    /// What names a query's answer on a snapshot: its method and params.
    private static func answerKey(_ request: RPCRequest) -> String {
        var key = JSONWriter(capacity: 64)
        key.string(request.method)
        request.params.map { $0.write(to: &key) }
        return String(decoding: key.bytes, as: UTF8.self)
    }

    private func replyNow(_ item: Result<RPCRequest, RPCFailure>) -> LineReply? {
        switch item {
        case .failure(let failure):
            return LineReply(bytes: RequestDispatcher.encodeError(id: failure.id, failure.error), subscribes: false)
        case .success(let request):
            guard !mustWait(request), case .answered(let line) = answerNow(request, onEventLoop: true) else { return nil }
            return LineReply(bytes: line, subscribes: RequestDispatcher.subscribes(request))
        }
    }

    private func reply(_ item: Result<RPCRequest, RPCFailure>) async -> LineReply {
        switch item {
        case .failure(let failure):
            return LineReply(bytes: RequestDispatcher.encodeError(id: failure.id, failure.error), subscribes: false)
        case .success(let request):
            return LineReply(bytes: await respond(to: request), subscribes: RequestDispatcher.subscribes(request))
        }
    }

    private static func subscribes(_ request: RPCRequest) -> Bool {
        request.method == SubscribeMethod.name && (try? SubscribeMethod.decodeParams(request.params)) != nil
    }

    /// A batch's replies as one array line; nothing when every member was a notification.
    private static func joined(_ parts: [LineReply]) -> LineReply {
        var out: [UInt8] = [UInt8(ascii: "[")]
        var any = false
        for part in parts {
            guard let bytes = part.bytes else { continue }
            if any { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: bytes)
            any = true
        }
        out.append(UInt8(ascii: "]"))
        return LineReply(bytes: any ? out : nil, subscribes: parts.contains { $0.subscribes })
    }

    /// Queries whose answer depends on nothing but the snapshot and the params.
    private static let snapshotQueries: Set<String> = [
        DocumentsListMethod.name, DocumentsGetMethod.name, EntitiesListMethod.name, EntitiesGetMethod.name,
        FactsQueryMethod.name, SearchMethod.name,
    ]

    /// Queries worked out in a task the first time whatever the corpus size (see ``answerNow(_:onEventLoop:)``).
    private static let queriesThatMayTakeLong: Set<String> = [SearchMethod.name, DocumentsGetMethod.name]

    /// An answer from the current snapshot: the reply line (nil for a notification), or `later`.
    private enum Immediate {
        case answered([UInt8]?)
        case later
    }

    /// A request answered from the current snapshot. A query asked again on the same snapshot
    /// gets the answer rendered the first time. On the event loop, a query that may take long
    /// and has no kept answer is left for a task (`later`) so it cannot hold up the loop's other
    /// connections: any search (it reads every document's postings), any document (its mentions
    /// are read again from its text, in proportion to its size) and any query once the corpus is
    /// large.
    private func answerNow(_ request: RPCRequest, onEventLoop: Bool) -> Immediate {
        guard let id = request.id else { return .answered(nil) }  // a notification's answer would go nowhere
        let snapshot = store.snapshot
        do {
            guard RequestDispatcher.snapshotQueries.contains(request.method) else {
                return .answered(JSONWriter.reply(id: id, result: try answer(request, snapshot)))
            }
            let key = RequestDispatcher.answerKey(request)
            if let kept = snapshot.keptAnswer(key) { return .answered(JSONWriter.reply(id: id, rawResult: kept)) }
            if onEventLoop && (RequestDispatcher.queriesThatMayTakeLong.contains(request.method) || snapshot.servedCount >= largeCorpus) {
                return .later
            }
            let result = try snapshot.memoizedAnswer(key) {
                var w = JSONWriter()
                try answer(request, snapshot).write(to: &w)
                return w.bytes
            }
            return .answered(JSONWriter.reply(id: id, rawResult: result))
        } catch {
            return .answered(errorLine(request, error))
        }
    }

    private func replyLine(_ request: RPCRequest, _ body: () async throws -> some JSONWritable) async -> [UInt8]? {
        do {
            let result = try await body()
            guard let id = request.id else { return nil }
            return JSONWriter.reply(id: id, result: result)
        } catch {
            return errorLine(request, error)
        }
    }

    private func errorLine(_ request: RPCRequest, _ error: any Error) -> [UInt8]? {
        guard let id = request.id else { return nil }
        let rpcError: RPCError
        if let convertible = error as? RPCErrorConvertible {
            rpcError = convertible.rpcError
        } else {
            logger.error("request failed", metadata: ["method": "\(request.method)", "error": "\(error)"])
            rpcError = .internalError()
        }
        return RequestDispatcher.encodeError(id: id, rpcError)
    }

    private func answer(_ request: RPCRequest, _ snapshot: Snapshot) throws -> any JSONWritable & Sendable {
        let p = request.params
        switch request.method {
        case StatusMethod.name:
            _ = try StatusMethod.decodeParams(p)
            return status()
        case SubscribeMethod.name:
            _ = try SubscribeMethod.decodeParams(p)
            return SubscribeMethod.Result(subscribed: true)
        case DocumentsListMethod.name:
            let params = try DocumentsListMethod.decodeParams(p)
            let page = try PageRequest(limit: params.limit, cursor: params.cursor)
            let all = snapshot.documentInfos()
            let slice = Page(slicing: all, offset: page.offset, limit: page.limit)
            return DocumentsListMethod.Result(documents: slice.items, nextCursor: slice.nextCursor)
        case DocumentsGetMethod.name:
            let params = try DocumentsGetMethod.decodeParams(p)
            let path = try DocumentsGetMethod.normalize(params.path)
            guard let doc = snapshot.document(at: path, readMentions: extractor.mentions(of:)) else {
                throw RPCError.invalidParams("no document '\(path)' in the seeds folder")
            }
            return DocumentsGetMethod.Result(document: doc.info, facts: doc.facts, mentions: doc.mentions)
        case EntitiesListMethod.name:
            let params = try EntitiesListMethod.decodeParams(p)
            let page = try PageRequest(limit: params.limit, cursor: params.cursor)
            let all = snapshot.entityList(type: try params.entityType(), query: params.query)
            let slice = Page(slicing: all, offset: page.offset, limit: page.limit)
            return EntitiesListMethod.Result(entities: slice.items, nextCursor: slice.nextCursor)
        case EntitiesGetMethod.name:
            let params = try EntitiesGetMethod.decodeParams(p)
            let page = try PageRequest(limit: params.limit, cursor: params.cursor)
            guard let key = snapshot.entityNumber(named: params.name), let entity = snapshot.entity(named: params.name) else {
                throw RPCError.invalidParams("no entity named '\(params.name)'")
            }
            let (slice, related) = snapshot.entityFacts(key, offset: page.offset, limit: page.limit)
            return EntitiesGetMethod.Result(entity: entity, facts: slice.items, factsTotal: slice.total,
                                            nextCursor: slice.nextCursor,
                                            related: related.map { EntitiesGetMethod.Related(entity: $0.entity, count: $0.count) })
        case FactsQueryMethod.name:
            let params = try FactsQueryMethod.decodeParams(p)
            let page = try PageRequest(limit: params.limit, cursor: params.cursor)
            let slice = snapshot.factPage(matching: try params.filter(), offset: page.offset, limit: page.limit)
            return FactsQueryMethod.Result(facts: slice.items, total: slice.total, nextCursor: slice.nextCursor)
        case SearchMethod.name:
            let params = try SearchMethod.decodeParams(p)
            let page = try PageRequest(limit: params.limit, cursor: nil)
            guard params.query.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                throw RPCError.invalidParams("'query' is empty")
            }
            return SearchMethod.Result(hits: snapshot.search(params.query, limit: page.limit))
        default:
            throw RPCError.methodNotFound(request.method)
        }
    }

    /// The `status` result now.
    public func status() -> StatusResult {
        let snapshot = store.snapshot
        return StatusResult(
            version: FactdVersion.current, pid: Int(ProcessInfo.processInfo.processIdentifier),
            uptimeSeconds: (Date().timeIntervalSince(store.startedAt) * 1000).rounded() / 1000, seeds: seeds,
            ready: store.isReady, generation: snapshot.generation, documents: snapshot.servedCount,
            entities: snapshot.entityCount, facts: snapshot.factCount,
            lastChange: store.lastChange.map(DocumentLoader.timestamp), warnings: store.warnings)
    }
}
