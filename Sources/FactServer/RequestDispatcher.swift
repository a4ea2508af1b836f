import FactModel
import FactProtocol
import Foundation
import Logging

/// Answers JSON-RPC requests from the store's current snapshot.
public struct RequestDispatcher: Sendable {
    let store: FactStore
    let seeds: String
    let reload: @Sendable () async throws -> Void
    let logger: Logger

    public init(store: FactStore, seeds: String, logger: Logger, reload: @escaping @Sendable () async throws -> Void) {
        self.store = store
        self.seeds = seeds
        self.logger = logger
        self.reload = reload
    }

    /// The reply line for a request (without newline), or nil for a notification.
    public func respond(to request: RPCRequest) async -> [UInt8]? {
        do {
            let result = try await dispatch(request)
            guard let id = request.id else { return nil }
            return JSONWriter.reply(id: id, result: result)
        } catch {
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
    }

    /// An error reply line.
    public static func encodeError(id: RPCID, _ error: RPCError) -> [UInt8] {
        JSONWriter.errorReply(id: id, error: error)
    }

    /// Methods that answer before the first scan has finished; the others wait for it.
    private static let answersAtOnce: Set<String> = [StatusMethod.name, SubscribeMethod.name, ReloadMethod.name]

    private func dispatch(_ request: RPCRequest) async throws -> any JSONWritable & Sendable {
        let p = request.params
        // Queries about the documents wait for the first scan (a socket-activated daemon gets its
        // first request before it has read anything); status answers at once and says so.
        if !RequestDispatcher.answersAtOnce.contains(request.method) && RPCMethods.names.contains(request.method) {
            await store.waitUntilReady()
        }
        switch request.method {
        case StatusMethod.name:
            _ = try StatusMethod.decodeParams(p)
            return status()
        case ReloadMethod.name:
            _ = try ReloadMethod.decodeParams(p)
            try await reload()
            return status()
        case SubscribeMethod.name:
            _ = try SubscribeMethod.decodeParams(p)
            return SubscribeMethod.Result(subscribed: true)
        case DocumentsListMethod.name:
            let params = try DocumentsListMethod.decodeParams(p)
            let page = try PageRequest(limit: params.limit, cursor: params.cursor)
            let all = store.snapshot.documentInfos()
            let slice = Page(slicing: all, offset: page.offset, limit: page.limit)
            return DocumentsListMethod.Result(documents: slice.items, nextCursor: slice.nextCursor)
        case DocumentsGetMethod.name:
            let params = try DocumentsGetMethod.decodeParams(p)
            let path = try DocumentsGetMethod.normalize(params.path)
            guard let doc = store.snapshot.document(at: path) else {
                throw RPCError.invalidParams("no document '\(path)' in the seeds folder")
            }
            return DocumentsGetMethod.Result(document: doc.info, facts: doc.facts, mentions: doc.mentions)
        case EntitiesListMethod.name:
            let params = try EntitiesListMethod.decodeParams(p)
            let page = try PageRequest(limit: params.limit, cursor: params.cursor)
            let all = store.snapshot.entityList(type: try params.entityType(), query: params.query)
            let slice = Page(slicing: all, offset: page.offset, limit: page.limit)
            return EntitiesListMethod.Result(entities: slice.items, nextCursor: slice.nextCursor)
        case EntitiesGetMethod.name:
            let params = try EntitiesGetMethod.decodeParams(p)
            let page = try PageRequest(limit: params.limit, cursor: params.cursor)
            let snapshot = store.snapshot
            guard let key = snapshot.entityKey(named: params.name), let entity = snapshot.entity(named: params.name) else {
                throw RPCError.invalidParams("no entity named '\(params.name)'")
            }
            let (slice, related) = snapshot.entityFacts(key, offset: page.offset, limit: page.limit)
            return EntitiesGetMethod.Result(entity: entity, facts: slice.items, factsTotal: slice.total,
                                            nextCursor: slice.nextCursor,
                                            related: related.map { EntitiesGetMethod.Related(entity: $0.entity, count: $0.count) })
        case FactsQueryMethod.name:
            let params = try FactsQueryMethod.decodeParams(p)
            let page = try PageRequest(limit: params.limit, cursor: params.cursor)
            let slice = store.snapshot.factPage(matching: try params.filter(), offset: page.offset, limit: page.limit)
            return FactsQueryMethod.Result(facts: slice.items, total: slice.total, nextCursor: slice.nextCursor)
        case SearchMethod.name:
            let params = try SearchMethod.decodeParams(p)
            let page = try PageRequest(limit: params.limit, cursor: nil)
            guard !params.query.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw RPCError.invalidParams("'query' is empty")
            }
            return SearchMethod.Result(hits: store.snapshot.search(params.query, limit: page.limit))
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
