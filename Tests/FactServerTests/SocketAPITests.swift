import Foundation
import Testing

/// Every method of the socket API against a real daemon.
@Suite("Socket API", .serialized)
struct SocketAPITests {
    let daemon: DaemonProcess

    init() throws {
        daemon = try DaemonProcess(seeds: try Fixtures.folder())
    }

    @Test func status() throws {
        let s = try daemon.call("status").result()
        #expect(s["ready"] as? Bool == true)
        #expect(s["documents"] as? Int == 3)
        #expect(s["version"] as? String == "0.1.0")
        #expect(s["pid"] as? Int == Int(daemon.pid))
        #expect(s["seeds"] as? String == daemon.seeds.path)
        #expect((s["generation"] as? Int ?? 0) >= 1)
        #expect((s["facts"] as? Int ?? 0) > 0)
        #expect((s["entities"] as? Int ?? 0) > 0)
        #expect(s["lastChange"] is String)
        #expect(s["warnings"] as? [String] == [])
        #expect(s["uptimeSeconds"] is Double || s["uptimeSeconds"] is Int)
    }

    @Test func documentsListPages() throws {
        let c = try daemon.connect()
        let first = try c.call("documents.list", ["limit": 2]).result()
        let docs = try #require(first["documents"] as? [[String: Any]])
        #expect(docs.map { $0["path"] as? String } == ["flood.txt", "harbor.md"])
        #expect(docs[1]["title"] as? String == "Harbor news")
        #expect(docs[1]["date"] as? String == "2024-03-14")
        let cursor = try #require(first["nextCursor"] as? String)
        let second = try c.call("documents.list", ["limit": 2, "cursor": cursor]).result()
        #expect((second["documents"] as? [[String: Any]])?.map { $0["path"] as? String } == ["world/quake.txt"])
        #expect(second["nextCursor"] == nil)
    }

    @Test func documentsGet() throws {
        let r = try daemon.call("documents.get", ["path": "harbor.md"]).result()
        #expect((r["document"] as? [String: Any])?["path"] as? String == "harbor.md")
        let facts = try #require(r["facts"] as? [[String: Any]])
        #expect(!facts.isEmpty)
        let mentions = try #require(r["mentions"] as? [[String: Any]])
        // Offsets are Unicode-scalar offsets into the whole file, front matter included.
        let scalars = Array(Fixtures.harbor.unicodeScalars)
        for m in mentions {
            let start = m["start"] as! Int, end = m["end"] as! Int
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == m["text"] as? String)
        }
        for f in facts {
            let e = f["evidence"] as! [String: Any]
            let start = e["start"] as! Int, end = e["end"] as! Int
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == e["text"] as? String)
            #expect(e["document"] as? String == "harbor.md")
        }
        #expect(try daemon.call("documents.get", ["path": "./world//quake.txt"]).result()["document"] != nil)
    }

    @Test func entitiesListAndGet() throws {
        let places = try daemon.call("entities.list", ["type": "place"]).result()
        let names = (places["entities"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(names.contains("Kabul"))
        #expect(names.contains("Alta Vista"))
        let queried = try daemon.call("entities.list", ["query": "harbor"]).result()
        #expect((queried["entities"] as? [[String: Any]])?.first?["name"] as? String == "Northern Harbor Port Authority")

        let card = try daemon.call("entities.get", ["name": "nhpa", "limit": 1]).result()
        let entity = try #require(card["entity"] as? [String: Any])
        #expect(entity["name"] as? String == "Northern Harbor Port Authority")
        #expect(entity["id"] as? String == "northern-harbor-port-authority")
        #expect(entity["aliases"] as? [String] == ["NHPA"])
        #expect(entity["type"] as? String == "organization")
        #expect((card["facts"] as? [[String: Any]])?.count == 1)
        #expect((card["factsTotal"] as? Int ?? 0) >= 2)
        #expect(card["nextCursor"] is String)
        #expect(card["related"] is [[String: Any]])
    }

    @Test func factsQuery() throws {
        let bySubject = try daemon.call("facts.query", ["subject": "Valdane Construction"]).result()
        let facts = try #require(bySubject["facts"] as? [[String: Any]])
        #expect(facts.first?["predicate"] as? String == "win")
        #expect(((facts.first?["attribution"] as? [String: Any])?["name"]) as? String == "Northern Harbor Port Authority")
        #expect(bySubject["total"] as? Int == facts.count)

        let dated = try daemon.call("facts.query", ["from": "2021-08-01", "to": "2021-08-31"]).result()
        let datedFacts = try #require(dated["facts"] as? [[String: Any]])
        #expect(datedFacts.count == 1)
        #expect(((datedFacts.first?["time"] as? [String: Any])?["value"]) as? String == "2021-08-28")

        let text = try daemon.call("facts.query", ["text": "STATE OF EMERGENCY"]).result()
        #expect((text["facts"] as? [[String: Any]])?.count == 1)
        let doc = try daemon.call("facts.query", ["document": "flood.txt", "predicate": "declare"]).result()
        #expect(doc["total"] as? Int == 1)
        let none = try daemon.call("facts.query", ["subject": "Nobody At All"]).result()
        #expect(none["total"] as? Int == 0)
    }

    @Test func search() throws {
        let r = try daemon.call("search", ["query": "survivors rescuers", "limit": 3]).result()
        let hits = try #require(r["hits"] as? [[String: Any]])
        #expect(hits.first?["document"] as? String == "world/quake.txt")
        #expect(hits.first?["line"] as? Int == 1)
        #expect((hits.first?["score"] as? Double ?? 0) > 0)
        #expect(hits.first?["text"] as? String == "Rescuers in Kabul found survivors on 28 August 2021.")
    }

    @Test func reloadRescansAndReturnsStatus() throws {
        let before = try daemon.call("status").result()["generation"] as! Int
        let r = try daemon.call("reload").result()
        #expect(r["generation"] as! Int > before)
        #expect(r["ready"] as? Bool == true)
        #expect(r["documents"] as? Int == 3)
    }

    @Test func subscribeThenChange() throws {
        let c = try daemon.connect()
        #expect(try c.call("subscribe").result()["subscribed"] as? Bool == true)
        try daemon.seeds.write("new.txt", "Acme Corp opened an office in Lisbon on Monday.\n")
        let line = try #require(try c.readLine(timeout: 5))
        let n = try JSON.object(line)
        #expect(n["method"] as? String == "changed")
        #expect(n["id"] == nil)
        let params = try #require(n["params"] as? [String: Any])
        #expect((params["documents"] as? [[String: Any]])?.first?["path"] as? String == "new.txt")
        #expect((params["documents"] as? [[String: Any]])?.first?["change"] as? String == "added")
        #expect(params["generation"] is Int)
    }
}
