#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// What `lstat` says about a path, in the few fields the daemon uses.
struct FileStatus: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case regular, directory, symlink, other }
    var kind: Kind
    var size: Int
    /// Modification time in nanoseconds since 1970.
    var modifiedNanoseconds: Int64
    var inode: UInt64

    /// `lstat` (or `stat` when `follow`); nil when the path does not exist or cannot be read.
    static func of(_ path: String, follow: Bool = false) -> FileStatus? {
        var st = stat()
        let rc = follow ? stat(path, &st) : lstat(path, &st)
        guard rc == 0 else { return nil }
        let mode = st.st_mode & S_IFMT
        let kind: Kind = mode == S_IFREG ? .regular : mode == S_IFDIR ? .directory : mode == S_IFLNK ? .symlink : .other
        let ns = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        return FileStatus(kind: kind, size: Int(st.st_size), modifiedNanoseconds: ns, inode: UInt64(st.st_ino))
    }
}

enum FileSystem {
    /// Creates `path` and any missing parent folders with `mode`, like `mkdir -p`; the system's
    /// reason when one cannot be made.
    static func makeDirectories(_ path: String, mode: mode_t) -> String? {
        var made = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            made += "/" + part
            if mkdir(made, mode) != 0 && errno != EEXIST { return "cannot create \(made): \(String(cString: strerror(errno)))" }
        }
        guard FileStatus.of(path, follow: true)?.kind == .directory else { return "\(path) is not a folder" }
        return nil
    }

    /// The canonical absolute path (symlinks resolved), or nil.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Names in a directory, without "." and "..", sorted; nil when it cannot be listed.
    static func list(_ directory: String) -> [String]? {
        guard let dir = opendir(directory) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Reads a whole file, refusing more than `limit` bytes.
    static func read(_ path: String, limit: Int) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError.errno(errno) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError.errno(errno)
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit { throw FileError.tooLarge }
        }
        return bytes
    }
}

enum FileError: Error, CustomStringConvertible {
    case errno(Int32)
    case tooLarge

    var description: String {
        switch self {
        case .errno(let code): return String(cString: strerror(code))
        case .tooLarge: return "file grew past the size limit while reading"
        }
    }
}
