import Foundation
import Testing

/// The CLI against a real daemon.
@Suite("factctl")
struct FactctlTests {
    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    func factctl(_ arguments: [String], socket: String?, stdin: String? = nil) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try productPath("factctl"))
        p.arguments = arguments + (socket.map { ["--socket", $0] } ?? [])
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        let status = try #require(p.exitStatus(waitingAtMost: 60), "factctl still running after 60 s")
        return Run(status: status, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    @Test func tablesAndJSON() throws {
        let daemon = try DaemonProcess(seeds: try Fixtures.folder())
        let status = try factctl(["status"], socket: daemon.socketPath)
        #expect(status.status == 0)
        #expect(status.out.contains("documents:   3"))
        let entity = try factctl(["entity", "NHPA"], socket: daemon.socketPath)
        #expect(entity.out.hasPrefix("Northern Harbor Port Authority  (organization, id northern-harbor-port-authority"))
        #expect(entity.out.contains("SUBJECT"))
        let json = try factctl(["facts", "--subject", "Valdane Construction", "--json"], socket: daemon.socketPath)
        let object = try JSON.object(json.out)
        #expect((object["facts"] as? [[String: Any]])?.first?["predicate"] as? String == "win")
        let docs = try factctl(["docs"], socket: daemon.socketPath)
        #expect(docs.out.split(separator: "\n").first?.hasPrefix("PATH") == true)
        #expect(docs.out.contains("world/quake.txt"))
        let call = try factctl(["call", "search", #"{"query":"harbor","limit":1}"#], socket: daemon.socketPath)
        #expect(try JSON.object(call.out)["hits"] != nil)
        let bad = try factctl(["call", "entities.get", #"{"name":"nobody"}"#], socket: daemon.socketPath)
        #expect(bad.status == 1)
        #expect(bad.out.contains("-32602"))
    }

    @Test func noDaemonIsAClearErrorWithItsOwnExitCode() throws {
        let folder = try TemporaryFolder()
        let r = try factctl(["status"], socket: folder.path + "/nobody.sock")
        #expect(r.status == 69)
        #expect(r.err.contains("no factd is listening on"))
    }

    @Test func extractWithoutADaemon() throws {
        let r = try factctl(["extract", "--date", "2021-08-30", "-"], socket: nil, stdin: "On Saturday, ISIS-K attacked Kabul airport.\n")
        #expect(r.status == 0)
        let object = try JSON.object(r.out.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(object["document"] as? String == "-")
        #expect(object["date"] as? String == "2021-08-30")
        let mentions = try #require(object["mentions"] as? [[String: Any]])
        #expect(mentions.contains { ($0["time"] as? [String: Any])?["value"] as? String == "2021-08-28" })
        #expect((object["entities"] as? [[String: Any]])?.contains { $0["name"] as? String == "ISIS-K" } == true)
    }

    @Test func completionScripts() throws {
        let r = try factctl(["--generate-completion-script", "bash"], socket: nil)
        #expect(r.status == 0)
        #expect(r.out.contains("factctl"))
    }
}
