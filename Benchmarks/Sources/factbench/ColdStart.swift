import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FactBench {
    struct ColdStart: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Time factd from start to READY=1 on a corpus, with peak memory.")
        @Option(help: "The factd binary.") var factd = "../.build/release/factd"
        @Option(help: "The corpus folder.") var corpus: String
        @Option(help: "How many starts.") var runs = 3
        @Flag(help: "Print JSON.") var json = false

        struct Result: Codable {
            var corpusBytes: Int
            var seconds: Summary
            var peakResidentBytes: Summary
            var residentBytesPerMB: Summary
        }

        func run() throws {
            let bytes = folderBytes(corpus)
            var times: [Double] = []
            var peaks: [Double] = []
            for _ in 0..<runs {
                let (t, peak) = try startOnce()
                times.append(t)
                peaks.append(Double(peak))
            }
            let result = Result(corpusBytes: bytes, seconds: Summary(times), peakResidentBytes: Summary(peaks),
                                residentBytesPerMB: Summary(peaks.map { $0 / (Double(bytes) / 1_000_000) }))
            if json { return try printJSON(result) }
            print(String(format: "%.1f MB: READY after %.2f s (min %.2f, max %.2f); peak RSS %.0f MB (%.2f× the text)",
                         Double(bytes) / 1e6, result.seconds.median, result.seconds.min, result.seconds.max,
                         result.peakResidentBytes.median / 1e6, result.peakResidentBytes.median / Double(bytes)))
        }

        /// Bytes in the regular files under `path`, with `lstat` (Foundation's attributes took
        /// minutes for 500,000 files).
        func folderBytes(_ path: String) -> Int {
            guard let dir = opendir(path) else { return 0 }
            defer { closedir(dir) }
            var total = 0
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name == "." || name == ".." { continue }
                let child = path + "/" + name
                var st = stat()
                guard lstat(child, &st) == 0 else { continue }
                switch st.st_mode & S_IFMT {
                case S_IFREG: total += Int(st.st_size)
                case S_IFDIR: total += folderBytes(child)
                default: break
                }
            }
            return total
        }

        /// Starts factd with a NOTIFY_SOCKET of our own and waits for READY=1.
        func startOnce() throws -> (Double, Int) {
            let dir = NSTemporaryDirectory() + "factbench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let notifyPath = dir + "/notify.sock"
            let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
            defer { close(fd) }
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { raw in for (i, b) in notifyPath.utf8.enumerated() { raw[i] = b } }
            _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: factd)
            process.arguments = ["--seeds", corpus, "--socket", dir + "/factd.sock", "--log-level", "error"]
            var env = ProcessInfo.processInfo.environment
            env["NOTIFY_SOCKET"] = notifyPath
            process.environment = env
            let start = ContinuousClock.now
            try process.run()
            defer { process.terminate(); process.waitUntilExit() }
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&p, 1, 600_000) > 0 else { throw ValidationError("no READY=1 within 10 minutes") }
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if n > 0, String(decoding: buffer[0..<n], as: UTF8.self).hasPrefix("READY=1") { break }
            }
            let elapsed = seconds(ContinuousClock.now - start)
            let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
            let peakKB = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
                .flatMap { Int($0.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "") } ?? 0
            return (elapsed, peakKB * 1024)
        }
    }
}
