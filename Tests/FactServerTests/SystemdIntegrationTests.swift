#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// A datagram socket standing in for systemd's NOTIFY_SOCKET.
final class NotifyListener {
    let path: String
    let fd: Int32
    private let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        path = folder.path + "/notify.sock"
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        let rc = withUnixAddress(path) { bind(fd, $0, $1) }
        guard rc == 0 else { throw TestFailure("bind notify socket failed") }
    }

    deinit { close(fd) }

    /// The next datagram, or nil after `timeout` seconds.
    func next(timeout: Double = 10) -> String? {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, Int32(timeout * 1000)) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : nil
    }

    /// Reads messages until one satisfies `match`; fails after `timeout`.
    func wait(for what: String, timeout: Double = 10, _ match: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let m = next(timeout: deadline.timeIntervalSinceNow), match(m) { return m }
        }
        throw TestFailure("no \(what) from factd within \(timeout)s")
    }
}

@Suite("systemd integration")
struct SystemdIntegrationTests {
    @Test func notifyReadyStatusWatchdogReloadingStopping() throws {
        let listener = try NotifyListener()
        let daemon = try DaemonProcess(seeds: try Fixtures.folder(), waitForReady: false,
                                       environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "300000"])
        let ready = try listener.wait(for: "READY=1") { $0.hasPrefix("READY=1") }
        #expect(ready.contains("STATUS=serving 3 documents"))
        // READY comes only after the first scan: the daemon answers with everything loaded.
        #expect(try daemon.call("status").result()["ready"] as? Bool == true)
        _ = try listener.wait(for: "WATCHDOG=1") { $0 == "WATCHDOG=1" }
        try daemon.seeds.write("more.txt", "The Harrow Foundation donated 5 vans.\n")
        _ = try listener.wait(for: "STATUS after a change") { $0.hasPrefix("STATUS=serving 4 documents") }
        daemon.signal(SIGHUP)
        let reloading = try listener.wait(for: "RELOADING=1") { $0.hasPrefix("RELOADING=1") }
        #expect(reloading.contains("\nMONOTONIC_USEC="))
        _ = try listener.wait(for: "READY=1 after reload") { $0.hasPrefix("READY=1") }
        daemon.signal(SIGTERM)
        _ = try listener.wait(for: "STOPPING=1") { $0 == "STOPPING=1" }
        #expect(daemon.waitForExit(seconds: 10))
        #expect(daemon.exitStatus == 0)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-socket-activate")))
    func socketActivation() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/activated.sock"
        let daemon = try DaemonProcess(seeds: try Fixtures.folder(), socketPath: folder.path + "/unused.sock", waitForReady: false,
                                       launcher: ["/usr/bin/systemd-socket-activate", "-l", path, "--fdname=factd"])
        // The file appears at bind(), before listen(): wait until a connection is accepted.
        var first: LineSocket? = nil
        try DaemonProcess.eventually(timeout: 10, "activation socket listening") {
            first = try? LineSocket(path: path)
            return first != nil
        }
        // The first query starts factd and waits for its first scan.
        let facts = try #require(first).call("facts.query", ["subject": "Valdane Construction"]).result()
        #expect((facts["facts"] as? [[String: Any]])?.isEmpty == false)
        #expect(access(folder.path + "/unused.sock", F_OK) != 0, "factd bound --socket although a socket was passed")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit(seconds: 10))
        #expect(daemon.exitStatus == 0)
        #expect(access(path, F_OK) == 0, "factd removed the socket it was given")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze")))
    func unitsVerifyCleanlyAndAreHardened() throws {
        let folder = try TemporaryFolder()
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let service = try String(contentsOf: repo.appendingPathComponent("systemd/factd.service"), encoding: .utf8)
        let binDir = URL(fileURLWithPath: try productPath("factd")).deletingLastPathComponent().path
        try folder.write("factd.service", service.replacingOccurrences(of: "@BINDIR@", with: binDir))
        try folder.write("factd.socket", try String(contentsOf: repo.appendingPathComponent("systemd/factd.socket"), encoding: .utf8))
        let verify = try run("/usr/bin/systemd-analyze", ["verify", "--man=no", folder.path + "/factd.service", folder.path + "/factd.socket"])
        #expect(verify.status == 0)
        #expect(verify.output.isEmpty, "systemd-analyze verify warned: \(verify.output)")
        let security = try run("/usr/bin/systemd-analyze", ["security", "--offline=yes", "--no-pager", folder.path + "/factd.service"])
        let line = try #require(security.output.split(separator: "\n").first { $0.contains("Overall exposure level") })
        let score = Double(line.split(separator: ":").last!.split(separator: " ").first!)!
        #expect(score <= 2.0, "exposure \(score)")
    }

    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-nspawn")),
          .timeLimit(.minutes(5)))
    func endToEndUnderSystemd() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let bin = URL(fileURLWithPath: try productPath("factd")).deletingLastPathComponent().path
        let r = try run(repo.appendingPathComponent("systemd/tests/nspawn-e2e.sh").path, [bin])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.contains("PASS"), "\(r.output)")
    }

    func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        let status = try #require(p.exitStatus(waitingAtMost: 300), "\(executable) still running after 300 s")
        return (status, String(decoding: data, as: UTF8.self))
    }
}
