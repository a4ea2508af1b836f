// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "factd",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "factd", targets: ["factd"]),
        .executable(name: "factctl", targets: ["factctl"]),
        .executable(name: "facteval", targets: ["facteval"]),
        .library(name: "FactModel", targets: ["FactModel"]),
        .library(name: "FactExtraction", targets: ["FactExtraction"]),
        .library(name: "FactProtocol", targets: ["FactProtocol"]),
        .library(name: "FactClient", targets: ["FactClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "FactModel",
            dependencies: ["CZlib", .product(name: "HashTreeCollections", package: "swift-collections")]
        ),
        .target(name: "FactExtraction", dependencies: ["FactModel"]),
        .systemLibrary(name: "CMalloc"),
        .target(name: "CCrashGuard"),
        .target(name: "FactProtocol", dependencies: ["FactModel"]),
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        .target(
            name: "SystemdSupport",
            dependencies: ["CSystemd", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "FactClient",
            dependencies: [
                "FactProtocol",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
            ]
        ),
        .target(
            name: "FactServer",
            dependencies: [
                "FactModel", "FactExtraction", "FactProtocol", "CMalloc", "CCrashGuard",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "factd",
            dependencies: [
                "FactServer", "SystemdSupport", "FactModel", "FactExtraction", "FactProtocol",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "factctl",
            dependencies: [
                "FactProtocol", "FactClient", "FactExtraction", "FactModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "facteval",
            dependencies: [
                "FactExtraction", "FactModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "FactTestSupport", path: "Tests/FactTestSupport"),
        .testTarget(name: "FactModelTests", dependencies: ["FactModel", "FactTestSupport"]),
        .testTarget(name: "FactExtractionTests", dependencies: ["FactExtraction"]),
        .testTarget(name: "FactProtocolTests", dependencies: ["FactProtocol", "FactExtraction", "FactTestSupport"]),
        .testTarget(
            name: "SystemdSupportTests",
            dependencies: ["SystemdSupport", .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(
            name: "FactServerTests",
            dependencies: [
                "FactServer", "FactProtocol", "FactModel", "FactExtraction", "factd", "factctl",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)
