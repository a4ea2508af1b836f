import FactExtraction
import FactModel
import FactProtocol
import Foundation
import Testing

/// The hand-written JSON of every wire type must be byte for byte what Foundation's encoder
/// (sorted keys, slashes unescaped) writes: clients and tests were written against that.
@Suite("Wire JSON: the fast writer matches the Codable encoding")
struct WireJSONTests {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    func expectSame<T: Encodable & JSONWritable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = String(decoding: try WireJSONTests.encoder.encode(value), as: UTF8.self)
        var w = JSONWriter()
        value.write(to: &w)
        let written = String(decoding: w.bytes, as: UTF8.self)
        #expect(written == expected, sourceLocation: sourceLocation)
    }

    /// The repository's seeds plus the original seed document, extracted and served.
    static let snapshot: Snapshot = {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        var files: [(String, URL)] = []
        let seeds = root.appendingPathComponent("seeds")
        if let walker = FileManager.default.enumerator(at: seeds, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where ["txt", "md"].contains(url.pathExtension) {
                files.append((String(url.path.dropFirst(seeds.path.count + 1)), url))
            }
        }
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_cbdc31dde8dc21f6.txt")
        if FileManager.default.fileExists(atPath: shared.path) { files.append(("original.txt", shared)) }
        let extractor = Extractor(gazetteer: .system())
        var snapshot = Snapshot()
        var changes: [DocumentChange] = []
        for (path, url) in files.sorted(by: { $0.0 < $1.0 }) {
            let data = (try? Data(contentsOf: url)) ?? Data()
            var extraction = extractor.extract(SourceText(decoding: data), fallbackDate: CalendarDate(year: 2024, month: 3, day: 1),
                                               markdown: url.pathExtension == "md")
            extraction.prepareSearch()
            let info = DocumentInfo(path: path, bytes: data.count, modified: "2024-03-01T10:00:00Z", date: extraction.date,
                                    title: extraction.title, sentences: extraction.sentences.count, facts: extraction.facts.count)
            changes.append(.upsert(info, extraction))
        }
        snapshot.apply(changes)
        return snapshot
    }()

    @Test func documentsFactsAndMentionsOfTheSeeds() throws {
        let snapshot = WireJSONTests.snapshot
        #expect(snapshot.factCount > 40)
        try expectSame(DocumentsListMethod.Result(documents: snapshot.documentInfos(), nextCursor: "b2Zmc2V0OjEwMA"))
        for path in snapshot.sortedPaths {
            let doc = try #require(snapshot.document(at: path))
            try expectSame(DocumentsGetMethod.Result(document: doc.info, facts: doc.facts, mentions: doc.mentions))
        }
    }

    @Test func entitiesAndTheirFacts() throws {
        let snapshot = WireJSONTests.snapshot
        let entities = snapshot.entityList(type: nil, query: nil)
        #expect(entities.count > 30)
        try expectSame(EntitiesListMethod.Result(entities: entities, nextCursor: nil))
        for entity in entities.prefix(40) {
            let key = try #require(snapshot.entityNumber(named: entity.name))
            let (page, related) = snapshot.entityFacts(key, offset: 0, limit: 100)
            try expectSame(EntitiesGetMethod.Result(entity: entity, facts: page.items, factsTotal: page.total, nextCursor: page.nextCursor,
                                                    related: related.map { EntitiesGetMethod.Related(entity: $0.entity, count: $0.count) }))
        }
        let page = snapshot.factPage(matching: FactFilter(), offset: 0, limit: 1000)
        try expectSame(FactsQueryMethod.Result(facts: page.items, total: page.total, nextCursor: page.nextCursor))
    }

    @Test func searchHits() throws {
        for query in ["flood", "port authority budget", "Taliban Kabul", "million"] {
            try expectSame(SearchMethod.Result(hits: WireJSONTests.snapshot.search(query, limit: 20)))
        }
    }

    @Test(arguments: [
        0.0, -0.0, 0.5, 1500, -3.25, 1e15, 1e16, 1e21, 2.2e-7, 0.1 + 0.2, 123456789012345, 99999999999999.5,
        9007199254740994, 1.2345678901234567e19, 1e300, -1e-5,
    ])
    func numbers(_ value: Double) throws {
        try expectSame(Quantity(text: "x", value: value, min: value, max: value, bound: .exact))
    }

    @Test func stringsEscapeWhatJSONRequires() throws {
        let texts = ["plain", "", "quote \" backslash \\ slash / done", "tab\tnew\nline\rreturn", "\u{8}\u{c}\u{1}\u{1f}\u{7f}",
                     "é, 東京, 😀, \u{2028}", "'single' “curly”"]
        for text in texts {
            try expectSame(Evidence(document: text, line: 1, start: 0, end: text.utf8.count, text: text))
        }
    }

    @Test func optionalMembersAndNulls() throws {
        let ref = EntityRef(id: "e1", name: "Valdane", type: .organization)
        let bare = Fact(id: "f", subject: nil, predicate: "rain", object: nil, evidence: Evidence(document: "a", line: 1, start: 0, end: 1, text: "x"))
        try expectSame(bare)
        var full = bare
        full.subject = ref
        full.object = .text("a plan")
        full.agents = [ref, ref]
        full.quantity = Quantity(text: "about $5m", value: 5e6, bound: .exact, approximate: true, unit: nil, currency: "USD")
        full.time = TimeExpression(text: "late 2019", value: "2019", mod: "END", signal: "by",
                                   start: CalendarDate(year: 2019, month: 9, day: 1), end: CalendarDate(year: 2019, month: 12, day: 31))
        full.place = ref
        full.attribution = Attribution(name: "officials", entity: nil)
        full.negated = true
        try expectSame(full)
        full.object = .entity(ref)
        full.attribution = Attribution(name: "Valdane", entity: ref)
        try expectSame(full)
        try expectSame(Mention(kind: .time, start: 3, end: 9, text: "Monday", time: TimeExpression(text: "Monday", value: "2021-08-30")))
        try expectSame(DocumentInfo(path: "x/y.md", bytes: 0, modified: "m", date: CalendarDate(year: 1, month: 2, day: 3),
                                    title: "T", skipped: "binary", warning: "w"))
        try expectSame(StatusResult(version: "1", pid: 42, uptimeSeconds: 1.25, seeds: "/s", ready: false, generation: 0,
                                    documents: 0, entities: 0, facts: 0, lastChange: nil, warnings: ["a", "b"]))
        try expectSame(StatusResult(version: "1", pid: 42, uptimeSeconds: 3, seeds: "/s", ready: true, generation: UInt64.max,
                                    documents: 1, entities: 2, facts: 3, lastChange: "2024-01-01T00:00:00Z", warnings: []))
        try expectSame(SubscribeMethod.Result(subscribed: true))
        try expectSame(ChangedNotification(generation: 7, documents: [.init(path: "a.txt", change: .added), .init(path: "b", change: .removed)]))
    }

    @Test func envelopes() throws {
        let error = RPCError.methodNotFound("nope")
        let expectedError = String(decoding: try WireJSONTests.encoder.encode(RPCErrorResponse(id: .string("x"), error: error)), as: UTF8.self)
        #expect(String(decoding: JSONWriter.errorReply(id: .string("x"), error: error), as: UTF8.self) == expectedError)
        let withData = RPCError(code: 1, message: "m", data: .object(["b": .array([.number(1), .number(1.5), .bool(false), .null]),
                                                                      "a": .string("s"), "aB": .object([:]), "a_b": .number(-2)]))
        try expectSame(withData)
        let result = SubscribeMethod.Result(subscribed: true)
        for id in [RPCID.number(7), .string("req-1"), .null] {
            let expected = String(decoding: try WireJSONTests.encoder.encode(RPCResponse(id: id, result: result)), as: UTF8.self)
            #expect(String(decoding: JSONWriter.reply(id: id, result: result), as: UTF8.self) == expected)
        }
        let change = ChangedNotification(generation: 2, documents: [.init(path: "a", change: .modified)])
        let expected = String(decoding: try WireJSONTests.encoder.encode(RPCNotification(method: "changed", params: change)), as: UTF8.self)
        #expect(String(decoding: JSONWriter.notification(method: "changed", params: change), as: UTF8.self) == expected)
    }
}
