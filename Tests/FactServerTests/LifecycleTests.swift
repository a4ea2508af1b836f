#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Starting, refusing, reloading and stopping the daemon.
@Suite("Daemon lifecycle")
struct LifecycleTests {
    @Test func socketModeAndCleanShutdown() throws {
        let daemon = try DaemonProcess(seeds: try Fixtures.folder())
        var st = stat()
        #expect(lstat(daemon.socketPath, &st) == 0)
        #expect(st.st_mode & 0o777 == 0o660)
        #expect(daemon.stop() == 0)
        #expect(access(daemon.socketPath, F_OK) != 0, "the socket file was left behind")
    }

    @Test func staleSocketIsReplacedButALiveOneIsNot() throws {
        let seeds = try Fixtures.folder()
        let folder = try TemporaryFolder()
        let path = folder.path + "/factd.sock"
        // A socket file nobody listens on: what a crashed daemon leaves.
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        _ = withUnixAddress(path) { bind(fd, $0, $1) }
        close(fd)
        let first = try DaemonProcess(seeds: seeds, socketPath: path)
        #expect(try first.call("status").result()["ready"] as? Bool == true)

        let second = try DaemonProcess(seeds: seeds, socketPath: path, waitForReady: false)
        #expect(second.waitForExit(seconds: 10))
        #expect(second.exitStatus == 1)
        #expect(second.errorOutput().contains("already listening"))
        #expect(try first.call("status").result()["ready"] as? Bool == true)
    }

    @Test func refusesToReplaceAFileThatIsNotASocket() throws {
        let folder = try TemporaryFolder()
        try folder.write("factd.sock", "precious")
        let daemon = try DaemonProcess(seeds: try Fixtures.folder(), socketPath: folder.path + "/factd.sock", waitForReady: false)
        #expect(daemon.waitForExit(seconds: 10))
        #expect(daemon.exitStatus == 1)
        #expect(try String(contentsOfFile: folder.path + "/factd.sock", encoding: .utf8) == "precious")
    }

    /// A socket path in folders that do not exist yet: they are made (0755), as `mkdir -p`.
    @Test func missingSocketFoldersAreCreated() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/run/factd/factd.sock"
        let daemon = try DaemonProcess(seeds: try Fixtures.folder(), socketPath: path)
        var st = stat()
        #expect(lstat(folder.path + "/run/factd", &st) == 0 && st.st_mode & S_IFMT == S_IFDIR)
        #expect(st.st_mode & 0o777 == 0o755)
        #expect(lstat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFSOCK)
        #expect(daemon.stop() == 0)
    }

    /// A socket folder that cannot be made (a file is in the way) stops the start with the
    /// system's reason, naming the part that failed.
    @Test func socketFolderThatCannotBeMadeIsAClearError() throws {
        let folder = try TemporaryFolder()
        try folder.write("blocker", "a file, not a folder")
        let daemon = try DaemonProcess(seeds: try Fixtures.folder(), socketPath: folder.path + "/blocker/run/factd.sock", waitForReady: false)
        #expect(daemon.waitForExit(seconds: 10))
        #expect(daemon.exitStatus == 1)
        #expect(daemon.errorOutput().contains("cannot create \(folder.path)/blocker/run: Not a directory"), "\(daemon.errorOutput())")
    }

    @Test func sighupReloads() throws {
        let daemon = try DaemonProcess(seeds: try Fixtures.folder())
        let before = try daemon.call("status").result()["generation"] as! Int
        daemon.signal(SIGHUP)
        try DaemonProcess.eventually(timeout: 5, "generation after SIGHUP") {
            (try daemon.call("status").result()["generation"] as! Int) > before
        }
        #expect(daemon.isRunning)
    }

    @Test func sigintStopsWithSubscribersConnected() throws {
        let daemon = try DaemonProcess(seeds: try Fixtures.folder())
        let watcher = try daemon.connect()
        _ = try watcher.call("subscribe").result()
        daemon.signal(SIGINT)
        let start = Date()
        #expect(daemon.waitForExit(seconds: 10))
        #expect(daemon.exitStatus == 0)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(try watcher.readLine(timeout: 2) == nil)
    }

    @Test func missingSeedsFolderIsAWarningNotACrash() throws {
        let folder = try TemporaryFolder()
        let seeds = try TemporaryFolder()
        try FileManager.default.removeItem(atPath: seeds.path)
        let daemon = try DaemonProcess(seeds: seeds, socketPath: folder.path + "/s.sock")
        let status = try daemon.call("status").result()
        #expect(status["documents"] as? Int == 0)
        #expect((status["warnings"] as? [String])?.isEmpty == false)
    }
}
