#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials

/// Getting a Unix socket path ready to bind: replace a stale socket file, refuse a live one.
enum SocketPath {
    enum Problem: Error, CustomStringConvertible {
        case inUse(String)
        case notASocket(String)
        case cannotPrepare(String, String)

        var description: String {
            switch self {
            case .inUse(let path): return "another daemon is already listening on \(path)"
            case .notASocket(let path): return "\(path) exists and is not a socket; refusing to replace it"
            case .cannotPrepare(let path, let why): return "cannot use socket path \(path): \(why)"
            }
        }
    }

    /// Creates the parent folder if needed, removes a stale socket, and throws if a daemon answers.
    static func prepare(_ path: String) throws {
        guard path.utf8.count < 108 else { throw Problem.cannotPrepare(path, "longer than the 107 bytes a Unix socket path may have") }
        let parent = path.lastIndex(of: "/").map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? ""
        if !parent.isEmpty, FileStatus.of(parent, follow: true) == nil {
            if let why = FileSystem.makeDirectories(parent, mode: 0o755) { throw Problem.cannotPrepare(path, why) }
        }
        guard let status = FileStatus.of(path) else { return }
        var st = stat()
        guard lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFSOCK else {
            _ = status
            throw Problem.notASocket(path)
        }
        if isListening(path) { throw Problem.inUse(path) }
        guard unlink(path) == 0 || errno == ENOENT else {
            throw Problem.cannotPrepare(path, "cannot remove the stale socket: \(String(cString: strerror(errno)))")
        }
    }

    /// Whether something accepts connections on the socket at `path`.
    static func isListening(_ path: String) -> Bool {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in bytes.enumerated() where i < raw.count - 1 { raw[i] = b }
        }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        return rc == 0
    }

    /// Sets the socket file's permission bits.
    static func setMode(_ path: String, _ mode: mode_t) throws {
        guard chmod(path, mode) == 0 else {
            throw Problem.cannotPrepare(path, "chmod failed: \(String(cString: strerror(errno)))")
        }
    }
}
