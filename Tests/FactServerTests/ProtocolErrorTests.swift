import Foundation
import Testing

/// Errors, batches, notifications and framing over a real socket.
@Suite("Protocol errors and framing", .serialized)
struct ProtocolErrorTests {
    let daemon: DaemonProcess

    init() throws {
        daemon = try DaemonProcess(seeds: try Fixtures.folder())
    }

    func reply(_ c: LineSocket, _ line: String) throws -> [String: Any] {
        try c.send(line + "\n")
        return try JSON.object(try #require(try c.readLine()))
    }

    @Test func everyErrorCodeAndTheConnectionStaysUsable() throws {
        let c = try daemon.connect()
        let parse = try reply(c, "{this is not json")
        #expect(parse.errorCode == -32700)
        #expect(parse["id"] is NSNull)
        #expect(try reply(c, #"{"jsonrpc":"2.0","id":1}"#).errorCode == -32600)
        #expect(try reply(c, #"{"jsonrpc":"1.0","id":2,"method":"status"}"#).errorCode == -32600)
        let missing = try reply(c, #"{"jsonrpc":"2.0","id":"x","method":"nope"}"#)
        #expect(missing.errorCode == -32601)
        #expect(missing["id"] as? String == "x")
        #expect(missing.errorMessage == "Method not found: 'nope'")
        #expect(try reply(c, #"{"jsonrpc":"2.0","id":3,"method":"documents.get","params":{"path":"../etc/passwd"}}"#).errorCode == -32602)
        #expect(try reply(c, #"{"jsonrpc":"2.0","id":4,"method":"documents.get","params":{"path":"/etc/passwd"}}"#).errorCode == -32602)
        #expect(try reply(c, #"{"jsonrpc":"2.0","id":5,"method":"documents.get","params":{"path":"missing.txt"}}"#).errorCode == -32602)
        #expect(try reply(c, #"{"jsonrpc":"2.0","id":6,"method":"facts.query","params":{"subjet":"x"}}"#).errorCode == -32602)
        #expect(try reply(c, #"{"jsonrpc":"2.0","id":7,"method":"entities.list","params":{"limit":5000}}"#).errorCode == -32602)
        #expect(try reply(c, #"{"jsonrpc":"2.0","id":8,"method":"entities.list","params":{"cursor":"zzz"}}"#).errorCode == -32602)
        #expect(try reply(c, #"{"jsonrpc":"2.0","id":9,"method":"entities.get","params":{"name":"No Such Thing"}}"#).errorCode == -32602)
        #expect(try reply(c, #"{"jsonrpc":"2.0","id":10,"method":"facts.query","params":{"from":"yesterday"}}"#).errorCode == -32602)
        #expect(try reply(c, #"{"jsonrpc":"2.0","id":11,"method":"search","params":{"query":"  "}}"#).errorCode == -32602)
        #expect(try reply(c, #"{"jsonrpc":"2.0","id":12,"method":"status","params":[1]}"#).errorCode == -32602)
        #expect(try c.call("status", id: 13).result()["ready"] as? Bool == true)
    }

    @Test func invalidUTF8IsAParseErrorAndTheConnectionSurvives() throws {
        let c = try daemon.connect()
        try c.send([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D, 0x0A])
        let r = try JSON.object(try #require(try c.readLine()))
        #expect(r.errorCode == -32700)
        #expect(try c.call("status").result()["ready"] as? Bool == true)
    }

    @Test func batchesAnswerInOrderAndSkipNotifications() throws {
        let c = try daemon.connect()
        try c.send(#"[{"jsonrpc":"2.0","id":1,"method":"status"},{"jsonrpc":"2.0","method":"status"},{"jsonrpc":"2.0","id":2,"method":"nope"},7]"# + "\n")
        let replies = try JSON.array(try #require(try c.readLine()))
        #expect(replies.count == 3)
        #expect(replies[0]["id"] as? Int == 1)
        #expect(replies[0]["result"] != nil)
        #expect(replies[1]["id"] as? Int == 2)
        #expect(replies[1].errorCode == -32601)
        #expect(replies[2].errorCode == -32600)
        // A batch of notifications, and a lone notification, get no reply at all.
        try c.send(#"[{"jsonrpc":"2.0","method":"status"},{"jsonrpc":"2.0","method":"reload"}]"# + "\n")
        try c.send(#"{"jsonrpc":"2.0","method":"status"}"# + "\n")
        #expect(try c.call("status", id: 99)["id"] as? Int == 99)
        #expect(try reply(c, "[]").errorCode == -32600)
    }

    @Test func repliesComeInRequestOrder() throws {
        let c = try daemon.connect()
        var lines = ""
        for i in 0..<50 { lines += #"{"jsonrpc":"2.0","id":\#(i),"method":"\#(i % 2 == 0 ? "search" : "status")","params":\#(i % 2 == 0 ? #"{"query":"harbor"}"# : "{}")}"# + "\n" }
        try c.send(lines)
        for i in 0..<50 {
            #expect(try JSON.object(try #require(try c.readLine()))["id"] as? Int == i)
        }
    }

    /// Reload is answered in a task; the lines behind it must still come back in order, and a
    /// client that closes its side right away still gets every reply.
    @Test func linesBehindAReloadKeepTheirOrder() throws {
        let c = try daemon.connect()
        var lines = ""
        for i in 0..<30 {
            let method = i % 10 == 3 ? "reload" : (i % 2 == 0 ? "entities.list" : "status")
            lines += #"{"jsonrpc":"2.0","id":\#(i),"method":"\#(method)"}"# + "\n"
        }
        lines += #"[{"jsonrpc":"2.0","id":"b1","method":"reload"},{"jsonrpc":"2.0","id":"b2","method":"status"}]"# + "\n"
        try c.send(lines)
        c.shutdownWrite()
        for i in 0..<30 {
            let reply = try JSON.object(try #require(try c.readLine()))
            #expect(reply["id"] as? Int == i)
            #expect(reply["result"] != nil)
        }
        let batch = try JSON.array(try #require(try c.readLine()))
        #expect(batch.map { $0["id"] as? String } == ["b1", "b2"])
        #expect(try c.readLine() == nil)
    }

    @Test func oversizedLineGetsAnErrorAndTheConnectionCloses() throws {
        let c = try daemon.connect()
        var big = Array(#"{"jsonrpc":"2.0","id":1,"method":"search","params":{"query":""#.utf8)
        big += [UInt8](repeating: 0x61, count: (1 << 20) + 100)
        _ = try? c.send(big)
        let r = try JSON.object(try #require(try c.readLine()))
        #expect(r.errorCode == -32600)
        #expect(r.errorMessage?.contains("longer than") == true)
        #expect(try c.readLine() == nil)
        #expect(try daemon.call("status").result()["ready"] as? Bool == true)
    }

    @Test func halfClosedClientStillGetsItsReplies() throws {
        let c = try daemon.connect()
        try c.send(#"{"jsonrpc":"2.0","id":1,"method":"status"}"# + "\n" + #"{"jsonrpc":"2.0","id":2,"method":"documents.list"}"#)
        c.shutdownWrite()
        #expect(try JSON.object(try #require(try c.readLine()))["id"] as? Int == 1)
        #expect(try JSON.object(try #require(try c.readLine()))["id"] as? Int == 2)
        #expect(try c.readLine() == nil)
    }

    @Test func hundredConcurrentClients() async throws {
        let path = daemon.socketPath
        let ok = try await withThrowingTaskGroup(of: Bool.self) { group in
            for i in 0..<100 {
                group.addTask {
                    let c = try LineSocket(path: path)
                    let s = try c.call("status", id: i).result()
                    let h = try c.call("search", ["query": "harbor"], id: i).result()
                    return s["ready"] as? Bool == true && (h["hits"] as? [Any])?.isEmpty == false
                }
            }
            var all = true
            for try await r in group { all = all && r }
            return all
        }
        #expect(ok)
    }

    @Test(.timeLimit(.minutes(1))) func aClientThatNeverReadsCannotGrowTheDaemon() throws {
        let hog = try daemon.connect()
        let before = daemon.residentBytes
        let request = Array((#"{"jsonrpc":"2.0","id":1,"method":"documents.get","params":{"path":"harbor.md"}}"# + "\n").utf8)
        var flood: [UInt8] = []
        for _ in 0..<200 { flood += request }
        // Keep writing until the kernel buffers are full: the daemon has stopped reading from us.
        var accepted = 0
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let n = hog.sendSome(flood)
            if n <= 0 { usleep(20_000); if hog.sendSome(flood) <= 0 { break } } else { accepted += n }
        }
        let after = daemon.residentBytes
        #expect(accepted < 200 << 20, "the daemon kept reading \(accepted) bytes")
        #expect(after - before < 64 << 20, "resident memory grew from \(before) to \(after)")
        // Everyone else is still served.
        #expect(try daemon.call("status").result()["ready"] as? Bool == true)
        // And the daemon still stops promptly, closing the stuck connection.
        let start = Date()
        #expect(daemon.stop() == 0)
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
