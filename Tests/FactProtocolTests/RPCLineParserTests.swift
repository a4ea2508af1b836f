import FactProtocol
import FactTestSupport
import Testing
import FactModel

@Suite("JSON-RPC line parsing")
struct RPCLineParserTests {
    func single(_ line: String) throws -> Result<RPCRequest, RPCFailure> {
        guard case .success(.single(let item)) = RPCLineParser.parse(Array(line.utf8)) else {
            Issue.record("expected a single request for \(line)")
            throw RPCError.internalError()
        }
        return item
    }

    @Test func requestWithParams() throws {
        let r = try single(#"{"jsonrpc":"2.0","id":7,"method":"search","params":{"query":"flood"}}"#).get()
        #expect(r == RPCRequest(id: .number(7), method: "search", params: .object(["query": .string("flood")])))
    }

    @Test func notificationHasNoID() throws {
        let r = try single(#"{"jsonrpc":"2.0","method":"status"}"#).get()
        #expect(r.isNotification)
    }

    @Test func stringAndNullIDsAreKept() throws {
        #expect(try single(#"{"jsonrpc":"2.0","id":"abc","method":"status"}"#).get().id == .string("abc"))
        #expect(try single(#"{"jsonrpc":"2.0","id":null,"method":"status"}"#).get().id == .null)
    }

    @Test(arguments: [
        (#"{"id":1,"method":"status"}"#, "'jsonrpc' must be \"2.0\""),
        (#"{"jsonrpc":"1.0","id":1,"method":"status"}"#, "'jsonrpc' must be \"2.0\""),
        (#"{"jsonrpc":"2.0","id":1,"method":5}"#, "'method' must be a string"),
        (#"{"jsonrpc":"2.0","id":1,"method":"status","params":3}"#, "'params' must be an object or an array, got number"),
        (#"{"jsonrpc":"2.0","id":{"a":1},"method":"status"}"#, "'id' must be a string, an integer or null"),
        (#"42"#, "expected an object, got number"),
    ])
    func invalidRequests(_ line: String, _ message: String) throws {
        guard case .failure(let failure) = try single(line) else {
            Issue.record("accepted \(line)")
            return
        }
        #expect(failure.error.code == -32600)
        #expect(failure.error.message == "Invalid request: " + message)
    }

    @Test func invalidRequestKeepsAKnownID() throws {
        guard case .failure(let failure) = try single(#"{"id":9,"method":"status"}"#) else { Issue.record("accepted"); return }
        #expect(failure.id == .number(9))
    }

    @Test func parseErrors() {
        guard case .failure(let e) = RPCLineParser.parse(Array("{not json".utf8)) else { Issue.record("parsed"); return }
        #expect(e.code == -32700)
        guard case .failure(let u) = RPCLineParser.parse([0x7B, 0xFF, 0xFE, 0x7D]) else { Issue.record("parsed"); return }
        #expect(u.code == -32700)
        #expect(u.message.contains("UTF-8"))
    }

    @Test func batches() {
        guard case .success(.batch(let items)) = RPCLineParser.parse(Array(#"[{"jsonrpc":"2.0","id":1,"method":"status"},1]"#.utf8)) else {
            Issue.record("not a batch")
            return
        }
        #expect(items.count == 2)
        #expect((try? items[0].get())?.method == "status")
        guard case .success(.single(.failure(let empty))) = RPCLineParser.parse(Array("[]".utf8)) else { Issue.record("empty batch accepted"); return }
        #expect(empty.error.code == -32600)
    }
}

@Suite("Method params")
struct MethodParamsTests {
    @Test func unknownParameterIsNamed() {
        #expect(throws: RPCError.invalidParams("unknown parameter 'subjet' for facts.query (known: cursor, document, from, limit, object, predicate, subject, text, to)")) {
            _ = try FactsQueryMethod.decodeParams(.object(["subjet": .string("x")]))
        }
    }

    @Test func wrongTypeIsExplained() {
        #expect(throws: RPCError.invalidParams("'limit' must be an integer")) {
            _ = try DocumentsListMethod.decodeParams(.object(["limit": .string("ten")]))
        }
        #expect(throws: RPCError.invalidParams("'name' is required")) {
            _ = try EntitiesGetMethod.decodeParams(.object([:]))
        }
        #expect(throws: RPCError.invalidParams("params of status must be an object, got array")) {
            _ = try StatusMethod.decodeParams(.array([]))
        }
    }

    static let badParams: [(JSONValue, String)] = [
        (.object(["name": .null]), "'name' must be a string, not null"),
        (.object(["name": .number(3)]), "'name' must be a string"),
        (.object(["name": .string("Kabul"), "limit": .number(1.5)]), "'limit' must be an integer"),
        (.object(["name": .string("Kabul"), "limit": .bool(true)]), "'limit' must be an integer"),
        (.object(["name": .string("Kabul"), "cursor": .array([])]), "'cursor' must be a string"),
    ]

    @Test(arguments: badParams)
    func badParamsAreNamed(_ params: JSONValue, _ message: String) {
        #expect(throws: RPCError.invalidParams(message)) { _ = try EntitiesGetMethod.decodeParams(params) }
    }

    @Test func paramsAreRead() throws {
        let p = try FactsQueryMethod.decodeParams(.object(["subject": .string("ISIS-K"), "from": .string("2021"),
                                                           "limit": .number(5), "text": .null]))
        #expect(p == FactsQueryMethod.Params(subject: "ISIS-K", from: "2021", limit: 5))
        #expect(try SearchMethod.decodeParams(.object(["query": .string("flood")])) == SearchMethod.Params(query: "flood"))
        #expect(try DocumentsGetMethod.decodeParams(.object(["path": .string("a.txt")])) == DocumentsGetMethod.Params(path: "a.txt"))
        #expect(try EntitiesListMethod.decodeParams(nil) == EntitiesListMethod.Params())
        #expect(try DocumentsListMethod.decodeParams(.object(["limit": .number(2), "cursor": .string("c")]))
                == DocumentsListMethod.Params(limit: 2, cursor: "c"))
    }

    @Test func limitsAndCursors() throws {
        #expect(try PageRequest(limit: nil, cursor: nil) == PageRequest(limit: 100, cursor: nil))
        #expect(throws: RPCError.self) { try PageRequest(limit: 0, cursor: nil) }
        #expect(throws: RPCError.self) { try PageRequest(limit: 1001, cursor: nil) }
        #expect(throws: RPCError.self) { try PageRequest(limit: 5, cursor: "bogus") }
        #expect(try PageRequest(limit: 5, cursor: "o2s").offset == 100)
    }

    @Test func datesAreChecked() throws {
        let f = try FactsQueryMethod.Params(from: "2021", to: "2021-08").filter()
        #expect(f.from?.description == "2021-01-01")
        #expect(f.to?.description == "2021-08-31")
        #expect(throws: RPCError.self) { try FactsQueryMethod.Params(from: "last week").filter() }
        #expect(throws: RPCError.self) { try FactsQueryMethod.Params(from: "2022", to: "2021").filter() }
    }

    @Test(arguments: [("a.txt", "a.txt"), ("./sub//b.md", "sub/b.md")])
    func pathsAreNormalized(_ input: String, _ expected: String) throws {
        #expect(try DocumentsGetMethod.normalize(input) == expected)
    }

    @Test(arguments: ["/etc/passwd", "../secret.txt", "a/../../b", "", "."])
    func pathsOutsideTheFolderAreRefused(_ input: String) {
        #expect(throws: RPCError.self) { try DocumentsGetMethod.normalize(input) }
    }

    @Test func entityTypeIsChecked() {
        #expect(throws: RPCError.self) { try EntitiesListMethod.Params(type: "company").entityType() }
        #expect((try? EntitiesListMethod.Params(type: "person").entityType()) == .person)
    }
}

@Suite("Protocol messages encode as literals")
struct MessageCodingTests {
    @Test func errorResponse() throws {
        try checkCoding(RPCErrorResponse(id: .number(3), error: RPCError(code: -32601, message: "Method not found: 'x'")),
                        json: #"{"jsonrpc":"2.0","id":3,"error":{"code":-32601,"message":"Method not found: 'x'"}}"#)
    }

    @Test func changedNotification() throws {
        let n = RPCNotification(method: "changed", params: ChangedNotification(generation: 4, documents: [.init(path: "a.txt", change: .modified)]))
        let json = String(decoding: try RPCCoding.encode(n), as: UTF8.self)
        #expect(json == #"{"jsonrpc":"2.0","method":"changed","params":{"documents":[{"change":"modified","path":"a.txt"}],"generation":4}}"#)
    }

    @Test func statusHasNullLastChange() throws {
        let s = StatusResult(version: "0.1.0", pid: 1, uptimeSeconds: 2.5, seeds: "/s", ready: false, generation: 0,
                             documents: 0, entities: 0, facts: 0, lastChange: nil, warnings: [])
        try checkCoding(s, json: """
            {"version":"0.1.0","pid":1,"uptimeSeconds":2.5,"seeds":"/s","ready":false,"generation":0,"documents":0,
             "entities":0,"facts":0,"lastChange":null,"warnings":[]}
            """)
    }

    @Test func searchAndSubscribeResults() throws {
        try checkCoding(SubscribeMethod.Result(subscribed: true), json: #"{"subscribed":true}"#)
        try checkCoding(EntitiesGetMethod.Related(entity: .init(id: "kabul", name: "Kabul", type: .place), count: 2),
                        json: #"{"entity":{"id":"kabul","name":"Kabul","type":"place"},"count":2}"#)
    }
}
