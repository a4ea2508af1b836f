#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A temporary folder, removed when released.
final class TemporaryFolder {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "factd-test-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw TestFailure("mkdtemp failed") }
        path = DaemonProcess.realPath(String(cString: made))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file (creating folders) atomically enough for tests: write then close.
    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
}

/// The built `factd` (or `factctl`) next to the test bundle.
func productPath(_ name: String) throws -> String {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name).path,
        Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name).path,
        Bundle.main.bundleURL.appendingPathComponent(name).path,
    ]
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        throw TestFailure("cannot find the built \(name) near \(candidates)")
    }
    return found
}

/// A real factd process on a temporary seeds folder and socket.
final class DaemonProcess {
    let seeds: TemporaryFolder
    let socketPath: String
    let process = Process()
    let stderr = Pipe()
    private let socketFolder: TemporaryFolder

    /// Starts factd and waits until it answers `status` with `ready: true`.
    /// - Parameters:
    ///   - environment: Added to this process's environment.
    ///   - launcher: A command that runs factd, such as systemd-socket-activate and its options.
    init(seeds: TemporaryFolder, arguments: [String] = [], socketPath: String? = nil, waitForReady: Bool = true,
         environment: [String: String] = [:], launcher: [String] = []) throws {
        self.seeds = seeds
        socketFolder = try TemporaryFolder()
        self.socketPath = socketPath ?? socketFolder.path + "/factd.sock"
        let factd = try productPath("factd")
        // Its own state directory, unless a test names one: never the user's ~/.local/state.
        let state = arguments.contains("--state-directory") ? [] : ["--state-directory", socketFolder.path + "/state"]
        let factdArguments = ["--seeds", seeds.path, "--socket", self.socketPath, "--log-level", "warning"] + state + arguments
        if let first = launcher.first {
            process.executableURL = URL(fileURLWithPath: first)
            process.arguments = Array(launcher.dropFirst()) + [factd] + factdArguments
        } else {
            process.executableURL = URL(fileURLWithPath: factd)
            process.arguments = factdArguments
        }
        var env = ProcessInfo.processInfo.environment
        for key in ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES", "JOURNAL_STREAM"] { env[key] = nil }
        env.merge(environment) { $1 }
        process.environment = env
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        if waitForReady { try waitUntilReady() }
    }

    deinit {
        if exitStatus == nil {
            process.terminate()
            waitForExit(seconds: 10)
        }
    }

    /// The exit status once the process has ended (128 + signal when a signal ended it).
    private(set) var exitStatus: Int32?

    /// Whether the process still runs (reaping it when it has ended).
    var isRunning: Bool {
        if exitStatus == nil { exitStatus = process.exitStatus(waitingAtMost: 0) }
        return exitStatus == nil
    }

    /// Waits for the process to end, killing it when it outlives `seconds`: a daemon that hangs
    /// must fail its test, not stall the whole run.
    @discardableResult
    func waitForExit(seconds: Double) -> Bool {
        if exitStatus == nil { exitStatus = process.exitStatus(waitingAtMost: seconds) }
        if exitStatus == nil {
            kill(process.processIdentifier, SIGKILL)
            exitStatus = process.exitStatus(waitingAtMost: 10)
            return false
        }
        return true
    }

    var pid: Int32 { process.processIdentifier }

    func waitUntilReady(timeout: Double = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !isRunning { throw TestFailure("factd exited: \(errorOutput())") }
            if let socket = try? LineSocket(path: socketPath), let status = try? socket.call("status").result(),
               status["ready"] as? Bool == true {
                return
            }
            usleep(10_000)
        }
        throw TestFailure("factd not ready within \(timeout)s")
    }

    func connect() throws -> LineSocket { try LineSocket(path: socketPath) }

    /// One request on a fresh connection.
    func call(_ method: String, _ params: [String: Any]? = nil) throws -> [String: Any] {
        try connect().call(method, params)
    }

    /// Sends a signal and, for SIGTERM/SIGINT, waits for the exit status.
    func signal(_ sig: Int32) { kill(process.processIdentifier, sig) }

    /// Sends SIGTERM and returns the exit status; -1 when it had to be killed after 10 seconds.
    func stop() -> Int32 {
        process.terminate()
        return waitForExit(seconds: 10) ? exitStatus ?? -1 : -1
    }

    func errorOutput() -> String {
        if isRunning { return "" }
        return String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    /// Resident memory of the daemon in bytes (from /proc).
    var residentBytes: Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return 0 }
        return kb * 1024
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Polls `condition` every 2 ms until it holds; returns the seconds it took. Throws after `timeout`.
    @discardableResult
    static func eventually(timeout: Double = 5, _ what: String, _ condition: () throws -> Bool) throws -> Double {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if (try? condition()) == true { return Date().timeIntervalSince(start) }
            usleep(2_000)
        }
        throw TestFailure("timed out after \(timeout)s waiting for: \(what)")
    }
}

/// Small news documents for the daemon tests.
enum Fixtures {
    static let harbor = """
        ---
        title: Harbor news
        date: 2024-03-14
        ---
        The Northern Harbor Port Authority (NHPA) approved a plan on Wednesday.
        Valdane Construction won the contract, the NHPA said.
        The authority handled more than 1.2 million containers last year.
        """
    static let flood = """
        ---
        date: 2025-02-03
        ---
        The National Emergency Relief Agency said on Monday that at least 23 people had died in Alta Vista province.
        Governor Tomas Ibarra declared a state of emergency.
        """
    static let quake = "Rescuers in Kabul found survivors on 28 August 2021.\n"

    static func folder() throws -> TemporaryFolder {
        let f = try TemporaryFolder()
        try f.write("harbor.md", harbor)
        try f.write("flood.txt", flood)
        try f.write("world/quake.txt", quake)
        return f
    }
}
