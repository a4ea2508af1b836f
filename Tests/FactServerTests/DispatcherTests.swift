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
        let dispatcher = RequestDispatcher(store: FactStore(), seeds: "/s", logger: Logger(label: "test")) { throw Boom() }
        let data = try #require(await dispatcher.respond(to: RPCRequest(id: .number(1), method: "reload")))
        let reply = try JSONDecoder().decode(RPCErrorResponse.self, from: Data(data))
        #expect(reply.error.code == -32603)
        #expect(!reply.error.message.contains("Boom"))
        #expect(reply.id == .number(1))
    }

    @Test func notificationsGetNoReplyEvenOnError() async {
        let dispatcher = RequestDispatcher(store: FactStore(), seeds: "/s", logger: Logger(label: "test")) {}
        #expect(await dispatcher.respond(to: RPCRequest(id: nil, method: "nope")) == nil)
        #expect(await dispatcher.respond(to: RPCRequest(id: nil, method: "status")) == nil)
    }

    @Test func statusBeforeTheFirstScan() async throws {
        let dispatcher = RequestDispatcher(store: FactStore(), seeds: "/s", logger: Logger(label: "test")) {}
        let data = try #require(await dispatcher.respond(to: RPCRequest(id: .string("a"), method: "status")))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""ready":false"#))
        #expect(text.contains(#""lastChange":null"#))
    }
}
