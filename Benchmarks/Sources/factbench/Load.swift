import ArgumentParser
import FactClient
import FactProtocol
import Foundation
import Histogram

extension FactBench {
    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Measure request latency and throughput over the socket.")
        @Option(help: "factd's socket.") var socket: String
        @Option(help: "status, entities.get, facts.query, search or documents.get.") var method = "entities.get"
        @Option(help: "Concurrent clients, comma-separated.") var clients = "1,16,128"
        @Option(help: "Seconds per client count.") var seconds = 5.0
        @Option(help: "Ask about this many of the most mentioned entities in turn (entities.get, facts.query).")
        var entities = 1
        @Option(help: "Ask for this many documents in turn (documents.get): each is read again for its mentions the first time.")
        var documents = 1
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
            // Pick the most mentioned entities so the card and the filtered query have something to return.
            let limit = max(1, min(method == "documents.get" ? documents : entities, PageRequest.maximumLimit))
            let top = try await FactClient.withConnection(socket: socket) { c in
                if method == "documents.get" {
                    return try await c.call(DocumentsListMethod.self, .init(limit: limit)).documents.map(\.path)
                }
                return try await c.call(EntitiesListMethod.self, .init(limit: limit)).entities.map(\.name)
            }
            var rows: [Row] = []
            for n in clients.split(separator: ",").compactMap({ Int($0) }) {
                rows.append(try await measure(clients: n, entities: top.isEmpty ? ["nobody"] : top))
            }
            if json { return try printJSON(rows) }
            for r in rows {
                print(String(format: "%@ × %d clients: %.0f req/s, p50 %.0f µs, p99 %.0f µs, p99.9 %.0f µs (%d requests)",
                             r.method, r.clients, r.requestsPerSecond, r.p50Microseconds, r.p99Microseconds, r.p999Microseconds, r.requests))
            }
        }

        /// The JSON-RPC request line for the method under test; `entity` is the document's path for documents.get.
        static func requestLine(method: String, entity: String) throws -> Data {
            let params: JSONValue
            switch method {
            case "status": params = .object([:])
            case "facts.query": params = .object(["subject": .string(entity), "limit": .number(10)])
            case "search": params = .object(["query": .string("contract budget"), "limit": .number(10)])
            case "documents.get": params = .object(["path": .string(entity)])
            default: params = .object(["name": .string(entity), "limit": .number(10)])
            }
            let name = ["status", "facts.query", "search", "documents.get"].contains(method) ? method : "entities.get"
            return try RPCCoding.encode(JSONValue.object(["jsonrpc": .string("2.0"), "id": .number(1), "method": .string(name), "params": params]))
        }

        /// Whether a reply line is a result (its top-level member after the version and id).
        static func isResult(_ line: Data) -> Bool {
            let bytes = Array(line.prefix(64))
            let key = Array(#""result":"#.utf8)
            return bytes.count >= key.count && (0...(bytes.count - key.count)).contains { bytes[$0..<($0 + key.count)].elementsEqual(key) }
        }

        func measure(clients: Int, entities: [String]) async throws -> Row {
            let method = self.method
            // Encoded once, before the clock starts: the figures are the daemon's, not this client's.
            let lines = try entities.map { try Load.requestLine(method: method, entity: $0) }
            let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
            let socket = self.socket
            let histograms = try await withThrowingTaskGroup(of: Histogram<UInt64>.self) { group in
                for client in 0..<clients {
                    group.addTask {
                        var h = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
                        // Replies are only checked, not decoded: the figures are the daemon's, not
                        // this client's JSON work on the same cores.
                        var next = client % lines.count
                        try await FactClient.withConnection(socket: socket) { c in
                            while ContinuousClock.now < deadline {
                                let line = lines[next]
                                next = (next + 1) % lines.count
                                let start = ContinuousClock.now
                                try await c.send(line)
                                guard let reply = try await c.nextLine() else { throw ClientError.closed }
                                guard Load.isResult(reply) else {
                                    throw ClientError.badReply(String(decoding: reply.prefix(200), as: UTF8.self))
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
