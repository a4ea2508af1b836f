import ArgumentParser
import FactClient
import FactProtocol
import Foundation
import Histogram

extension FactBench {
    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Measure request latency and throughput over the socket.")
        @Option(help: "factd's socket.") var socket: String
        @Option(help: "status, entities.get, facts.query or search.") var method = "entities.get"
        @Option(help: "Concurrent clients, comma-separated.") var clients = "1,16,128"
        @Option(help: "Seconds per client count.") var seconds = 5.0
        @Flag(help: "Print JSON.") var json = false

        struct Row: Codable {
            var method: String
            var clients: Int
            var requests: Int
            var requestsPerSecond: Double
            var p50Microseconds: Double
            var p99Microseconds: Double
            var p999Microseconds: Double
        }

        func run() async throws {
            // Pick the most mentioned entity so the card and the filtered query have something to return.
            let top = try await FactClient.withConnection(socket: socket) { c in
                try await c.call(EntitiesListMethod.self, .init(limit: 1)).entities.first?.name ?? "nobody"
            }
            var rows: [Row] = []
            for n in clients.split(separator: ",").compactMap({ Int($0) }) {
                rows.append(try await measure(clients: n, entity: top))
            }
            if json { return try printJSON(rows) }
            for r in rows {
                print(String(format: "%@ × %d clients: %.0f req/s, p50 %.0f µs, p99 %.0f µs, p99.9 %.0f µs (%d requests)",
                             r.method, r.clients, r.requestsPerSecond, r.p50Microseconds, r.p99Microseconds, r.p999Microseconds, r.requests))
            }
        }

        func measure(clients: Int, entity: String) async throws -> Row {
            let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
            let method = self.method
            let socket = self.socket
            let histograms = try await withThrowingTaskGroup(of: Histogram<UInt64>.self) { group in
                for _ in 0..<clients {
                    group.addTask {
                        var h = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
                        try await FactClient.withConnection(socket: socket) { c in
                            while ContinuousClock.now < deadline {
                                let start = ContinuousClock.now
                                switch method {
                                case "status": _ = try await c.call(StatusMethod.self, EmptyParams())
                                case "facts.query": _ = try await c.call(FactsQueryMethod.self, .init(subject: entity, limit: 10))
                                case "search": _ = try await c.call(SearchMethod.self, .init(query: "contract budget", limit: 10))
                                default: _ = try await c.call(EntitiesGetMethod.self, .init(name: entity, limit: 10))
                                }
                                let d = ContinuousClock.now - start
                                h.record(UInt64(max(1, d.components.attoseconds / 1_000_000_000_000 + d.components.seconds * 1_000_000)))
                            }
                        }
                        return h
                    }
                }
                var all: [Histogram<UInt64>] = []
                for try await h in group { all.append(h) }
                return all
            }
            var merged = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
            for h in histograms { merged.add(h) }
            let total = Int(merged.totalCount)
            return Row(method: method, clients: clients, requests: total, requestsPerSecond: Double(total) / seconds,
                       p50Microseconds: Double(merged.valueAtPercentile(50)), p99Microseconds: Double(merged.valueAtPercentile(99)),
                       p999Microseconds: Double(merged.valueAtPercentile(99.9)))
        }
    }
}
