import FactExtraction
import FactModel
import FactProtocol
import FactServer
import Foundation
import Logging
import Testing

/// The dispatcher in-process: what becomes an internal error, and that it leaks nothing.
@Suite struct DispatcherTests {
    struct Boom: Error {}

    @Test func unexpectedFailuresBecomeInternalErrorsWithoutDetails() async throws {
        let dispatcher = RequestDispatcher(store: FactStore(), extractor: Extractor(), seeds: "/s", logger: Logger(label: "test")) { throw Boom() }
        let data = try #require(await dispatcher.respond(to: RPCRequest(id: .number(1), method: "reload")))
        let reply = try JSONDecoder().decode(RPCErrorResponse.self, from: Data(data))
        #expect(reply.error.code == -32603)
        #expect(!reply.error.message.contains("Boom"))
        #expect(reply.id == .number(1))
    }

    @Test func notificationsGetNoReplyEvenOnError() async {
        let dispatcher = RequestDispatcher(store: FactStore(), extractor: Extractor(), seeds: "/s", logger: Logger(label: "test")) {}
        #expect(await dispatcher.respond(to: RPCRequest(id: nil, method: "nope")) == nil)
        #expect(await dispatcher.respond(to: RPCRequest(id: nil, method: "status")) == nil)
    }

    @Test func statusBeforeTheFirstScan() async throws {
        let dispatcher = RequestDispatcher(store: FactStore(), extractor: Extractor(), seeds: "/s", logger: Logger(label: "test")) {}
        let data = try #require(await dispatcher.respond(to: RPCRequest(id: .string("a"), method: "status")))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""ready":false"#))
        #expect(text.contains(#""lastChange":null"#))
    }

    /// A document with one organization and `facts` facts about it.
    func harbor(_ facts: Int) -> DocumentChange {
        let date = CalendarDate(year: 2024, month: 1, day: 1)
        let entity = ExtractedEntity(name: "Northern Harbor Port Authority", type: .organization, aliases: ["NHPA"], mentions: facts)
        let fact = ExtractedFact(subject: 0, predicate: "approve", object: .text("a plan"), sentence: 0)
        let extraction = DocumentExtraction(date: date, sentences: [SentenceSpan(line: 1, start: 0, end: 22, text: "The NHPA approved it.")],
                                            entities: [entity], facts: Array(repeating: fact, count: facts))
        return .upsert(DocumentInfo(path: "a.txt", bytes: 22, modified: "2024-01-01T00:00:00Z", date: date, facts: facts), extraction)
    }

    func call(_ dispatcher: RequestDispatcher, _ id: Int, _ method: String, _ params: [String: JSONValue]) throws -> [String: Any] {
        let line = try #require(dispatcher.replyNow(to: .single(.success(RPCRequest(id: .number(Int64(id)), method: method, params: .object(params)))))?.bytes)
        return try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
    }

    @Test func repeatedQueriesAreAnsweredFromTheSnapshotUntilItChanges() throws {
        let store = FactStore()
        store.apply([harbor(2)])
        store.markReady()
        let dispatcher = RequestDispatcher(store: store, extractor: Extractor(), seeds: "/s", logger: Logger(label: "test")) {}
        let params: [String: JSONValue] = ["name": .string("NHPA")]
        let first = try call(dispatcher, 1, "entities.get", params)
        let again = try call(dispatcher, 2, "entities.get", params)
        #expect(first["id"] as? Int == 1)
        #expect(again["id"] as? Int == 2)  // the envelope is the request's own
        #expect((first["result"] as? [String: Any])?["factsTotal"] as? Int == 2)
        #expect(NSDictionary(dictionary: first["result"] as! [String: Any]).isEqual(to: again["result"] as! [String: Any]))
        store.apply([harbor(3)])
        let after = try call(dispatcher, 3, "entities.get", params)
        #expect((after["result"] as? [String: Any])?["factsTotal"] as? Int == 3)
        // Other params are another query; errors are answered each time and not kept.
        let page = try call(dispatcher, 4, "entities.get", ["name": .string("NHPA"), "limit": .number(1)])
        #expect(((page["result"] as? [String: Any])?["facts"] as? [Any])?.count == 1)
        #expect(try call(dispatcher, 5, "entities.get", ["name": .string("nobody")])["error"] != nil)
    }

    @Test func aNewSearchIsAnsweredInATaskThenFromTheSnapshot() async throws {
        let store = FactStore()
        store.apply([harbor(2)])
        store.markReady()
        let dispatcher = RequestDispatcher(store: store, extractor: Extractor(), seeds: "/s", logger: Logger(label: "test")) {}
        let search = RPCIncoming.single(.success(RPCRequest(id: .number(1), method: "search", params: .object(["query": .string("approved")]))))
        #expect(dispatcher.replyNow(to: search) == nil)  // not on the event loop: it may take a while
        let first = await dispatcher.reply(to: search).bytes
        let again = try #require(dispatcher.replyNow(to: search)?.bytes)
        #expect(first == again)
        #expect(String(decoding: again, as: UTF8.self).contains("NHPA approved"))
        // A status or an entity card is answered where it is read.
        #expect(dispatcher.replyNow(to: .single(.success(RPCRequest(id: .number(2), method: "status")))) != nil)
    }

    @Test func aDocumentsMentionsAreReadAgainInATaskThenKept() async throws {
        let extractor = Extractor()
        let text = "On May 3, 2024 the Northern Harbor Port Authority (NHPA) approved a $2.5 billion plan. The agency said 40 berths would follow."
        let date = CalendarDate(year: 2024, month: 5, day: 6)
        let full = extractor.extract(SourceText(text), fallbackDate: date)
        let served = extractor.extract(SourceText(text), fallbackDate: date, keepingMentions: false)
        #expect(served.mentions.isEmpty && !full.mentions.isEmpty)
        let store = FactStore()
        store.apply([.upsert(DocumentInfo(path: "port.txt", bytes: text.utf8.count, modified: "2024-05-06T00:00:00Z", date: date,
                                          facts: served.facts.count), served)])
        store.markReady()
        let dispatcher = RequestDispatcher(store: store, extractor: extractor, seeds: "/s", logger: Logger(label: "test")) {}
        let get = RPCIncoming.single(.success(RPCRequest(id: .number(1), method: "documents.get", params: .object(["path": .string("port.txt")]))))
        #expect(dispatcher.replyNow(to: get) == nil)  // not on the event loop: reading it again takes time in its size
        let first = try #require(await dispatcher.reply(to: get).bytes)
        #expect(dispatcher.replyNow(to: get)?.bytes == first)
        let reply = try #require(try JSONSerialization.jsonObject(with: Data(first)) as? [String: Any])
        let mentions = try #require((reply["result"] as? [String: Any])?["mentions"] as? [[String: Any]])
        #expect(mentions.map { $0["text"] as? String } == full.mentions.map(\.text))
        #expect(mentions.map { $0["start"] as? Int } == full.mentions.map(\.start))
        #expect(mentions.contains { ($0["entity"] as? [String: Any])?["name"] as? String == "Northern Harbor Port Authority" })
    }

    @Test func onALargeCorpusEveryFirstAnswerIsWorkedOutInATask() async throws {
        let store = FactStore()
        store.apply([harbor(2)])
        store.markReady()
        // One document counts as large here.
        let dispatcher = RequestDispatcher(store: store, extractor: Extractor(), seeds: "/s", logger: Logger(label: "test"), largeCorpus: 1) {}
        let card = RPCIncoming.single(.success(RPCRequest(id: .number(1), method: "entities.get", params: .object(["name": .string("NHPA")]))))
        #expect(dispatcher.replyNow(to: card) == nil)
        let first = await dispatcher.reply(to: card).bytes
        #expect(dispatcher.replyNow(to: card)?.bytes == first)
        #expect(dispatcher.replyNow(to: .single(.success(RPCRequest(id: .number(2), method: "status")))) != nil)
        // Below the threshold the same query is answered where it is read.
        let small = RequestDispatcher(store: store, extractor: Extractor(), seeds: "/s", logger: Logger(label: "test")) {}
        let list = RPCIncoming.single(.success(RPCRequest(id: .number(3), method: "entities.list")))
        #expect(small.replyNow(to: list) != nil)
    }
}
