import ArgumentParser
import FactClient
import FactProtocol
import Foundation

extension FactBench {
    struct Change: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Time a closed file to its notification and to a query that finds it.")
        @Option(help: "factd's socket.") var socket: String
        @Option(help: "factd's seeds folder (files are written under bench-changes/ and removed).") var seeds: String
        @Option(help: "Single edits to time.") var edits = 50
        @Option(help: "Files in the burst.") var burst = 1000
        @Flag(help: "Print JSON.") var json = false

        struct Result: Codable {
            var notifyP50Milliseconds: Double
            var notifyP99Milliseconds: Double
            var queryP50Milliseconds: Double
            var queryP99Milliseconds: Double
            var burstFiles: Int
            var burstVisibleSeconds: Double
        }

        func run() async throws {
            let folder = seeds + "/bench-changes"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            // A new folder is read as a whole (a walk over the known paths); let that pass before
            // timing edits of single documents.
            try await Task.sleep(for: .milliseconds(500))
            var notify: [Double] = []
            var query: [Double] = []
            let socket = self.socket
            try await FactClient.withConnection(socket: socket) { watcher in
                _ = try await watcher.call(SubscribeMethod.self, EmptyParams())
                for i in 0..<edits {
                    let name = "Probe\(i) Benchmark Consortium"
                    let path = "bench-changes/probe\(i).txt"
                    let start = ContinuousClock.now
                    try "The \(name) opened an office in Oslo on Monday.\n".write(toFile: seeds + "/" + path, atomically: false, encoding: .utf8)
                    // (a) the notification naming the file
                    while let m = try await watcher.next() {
                        if m.method == ChangedNotification.method, let p = m.params,
                           let n = try? RPCCoding.decode(ChangedNotification.self, from: p), n.documents.contains(where: { $0.path == path }) { break }
                    }
                    notify.append(seconds(ContinuousClock.now - start) * 1000)
                    // (b) a query that returns the new entity
                    let found = try await FactClient.withConnection(socket: socket) { c -> Bool in
                        (try? await c.call(EntitiesGetMethod.self, .init(name: name, limit: 1))) != nil
                    }
                    if !found { throw ValidationError("entity \(name) not found after its notification") }
                    query.append(seconds(ContinuousClock.now - start) * 1000)
                }
            }
            // A burst: write many files, wait until all are served.
            let before = try await FactClient.withConnection(socket: socket) { try await $0.call(StatusMethod.self, EmptyParams()).documents }
            let start = ContinuousClock.now
            for i in 0..<burst {
                try "The Burst\(i) Holdings hired \(i + 1) workers in Lisbon.\n".write(toFile: folder + "/burst\(i).txt", atomically: false, encoding: .utf8)
            }
            while try await FactClient.withConnection(socket: socket, { try await $0.call(StatusMethod.self, EmptyParams()).documents }) < before + burst {
                try await Task.sleep(for: .milliseconds(2))
            }
            let burstSeconds = seconds(ContinuousClock.now - start)
            func pct(_ xs: [Double], _ p: Double) -> Double { let s = xs.sorted(); return s.isEmpty ? 0 : s[min(s.count - 1, Int(Double(s.count) * p))] }
            let result = Result(notifyP50Milliseconds: pct(notify, 0.5), notifyP99Milliseconds: pct(notify, 0.99),
                                queryP50Milliseconds: pct(query, 0.5), queryP99Milliseconds: pct(query, 0.99),
                                burstFiles: burst, burstVisibleSeconds: burstSeconds)
            if json { return try printJSON(result) }
            print(String(format: "single edit: notification p50 %.1f ms, p99 %.1f ms; query sees it p50 %.1f ms, p99 %.1f ms",
                         result.notifyP50Milliseconds, result.notifyP99Milliseconds, result.queryP50Milliseconds, result.queryP99Milliseconds))
            print(String(format: "burst of %d files fully visible after %.2f s", burst, burstSeconds))
        }
    }
}
