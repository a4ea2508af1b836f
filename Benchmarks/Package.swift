// swift-tools-version:6.1
// Benchmarks for factd, kept out of the normal build and test run:
//   cd Benchmarks && swift package benchmark
import Foundation
import PackageDescription

/// The parent package is referenced by path; its identity is the name of the folder it was
/// cloned into, so it is read here rather than written down.
let factd = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "factd-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift.git", from: "0.2.0"),
    ],
    targets: [
        .target(name: "NewsCorpus"),
        .executableTarget(
            name: "factbench",
            dependencies: [
                "NewsCorpus",
                .product(name: "FactClient", package: factd),
                .product(name: "FactProtocol", package: factd),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ]
        ),
        .executableTarget(
            name: "Extraction",
            dependencies: [
                "NewsCorpus",
                .product(name: "FactExtraction", package: factd),
                .product(name: "FactModel", package: factd),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Extraction",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Search",
            dependencies: [
                "NewsCorpus",
                .product(name: "FactModel", package: factd),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Search",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
