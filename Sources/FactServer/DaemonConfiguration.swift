import Foundation

/// Where factd reads and listens, resolved from flags and the environment.
public struct DaemonConfiguration: Sendable {
    /// Absolute, symlink-resolved path of the seeds folder.
    public var seeds: String
    public var endpoint: SocketServer.Endpoint
    public var maxFileBytes: Int

    public init(seeds: String, endpoint: SocketServer.Endpoint, maxFileBytes: Int) {
        self.seeds = seeds
        self.endpoint = endpoint
        self.maxFileBytes = maxFileBytes
    }

    /// The socket path used when none is given: `$XDG_RUNTIME_DIR/factd.sock`, or
    /// `/run/factd/factd.sock` as root (or when XDG_RUNTIME_DIR is unset).
    public static func defaultSocketPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if getuid() != 0, let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty {
            return runtime + "/factd.sock"
        }
        return getuid() == 0 ? "/run/factd/factd.sock" : NSTemporaryDirectory() + "factd-\(getuid()).sock"
    }

    /// Makes a path absolute against the working directory and resolves symlinks where it exists.
    public static func absolute(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let standardized = (absolute as NSString).standardizingPath
        return FileSystem.realPath(standardized) ?? standardized
    }
}
