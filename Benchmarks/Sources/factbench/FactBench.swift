import ArgumentParser
import FactClient
import FactProtocol
import Foundation
import Histogram
import NewsCorpus
#if canImport(Glibc)
import Glibc
#endif

/// Measures factd from the outside: corpus generation, cold start, socket latency under load,
/// and how long a change takes to become visible.
@main
struct FactBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factbench",
        abstract: "Benchmark factd: write a corpus, time cold start, load the socket, time changes.",
        subcommands: [Corpus.self, ColdStart.self, Load.self, Change.self])
}

/// Median, min and max of a list of samples.
struct Summary: Codable {
    var median: Double
    var min: Double
    var max: Double

    init(_ samples: [Double]) {
        let s = samples.sorted()
        median = s.isEmpty ? 0 : s[s.count / 2]
        min = s.first ?? 0
        max = s.last ?? 0
    }
}

func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

extension FactBench {
    struct Corpus: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a deterministic news corpus into a folder.")
        @Option(help: "Folder to write (created).") var dir: String
        @Option(help: "Total size in megabytes.") var megabytes: Double = 10
        @Option(help: "Approximate size of one document in bytes.") var documentBytes = 2_000
        @Option(help: "Seed; the same seed writes the same corpus.") var seed: UInt64 = 1

        func run() throws {
            let corpus = NewsCorpus(seed: seed)
            let count = Int(megabytes * 1_000_000) / documentBytes
            var written = 0
            for i in 0..<count {
                let folder = dir + "/" + String(format: "%04d", i / 1000)
                if i % 1000 == 0 { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                let text = corpus.document(i, targetBytes: documentBytes)
                try text.write(toFile: folder + "/doc\(i).txt", atomically: false, encoding: .utf8)
                written += text.utf8.count
            }
            print("wrote \(count) documents, \(written) bytes, to \(dir)")
        }
    }
}
