#if canImport(Glibc)
import Glibc
#endif
import CCrashGuard
import FoundationEssentials

/// Documents that stopped the extractor: a trap while extracting one ends the process, and the
/// service manager would start it again into the same document. The crash guard writes the
/// document's path and version to a file in the state directory as the process dies; the next
/// start lists that version as skipped and serves the rest. A changed file is read again.
public final class ExtractionQuarantine: Sendable {
    /// A file's version: its size and modification time.
    struct Version: Hashable, Sendable {
        var size: Int
        var modifiedNanoseconds: Int64
    }

    /// The versions that stopped the extractor, by absolute path.
    let stopped: [String: Set<Version>]
    /// Where the guard writes; nil when quarantine is off.
    public let path: String?

    /// No quarantine: nothing is skipped and nothing recorded.
    public init() {
        stopped = [:]
        path = nil
    }

    /// Reads what earlier runs recorded in `directory` and guards this run's extraction. Throws
    /// when the directory or its file cannot be made or written.
    public init(directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + ExtractionQuarantine.fileName
        var stopped: [String: Set<Version>] = [:]
        if let data = FileManager.default.contents(atPath: path) {
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                guard let (version, document) = ExtractionQuarantine.parse(line) else { continue }
                stopped[document, default: []].insert(version)
            }
        }
        guard factd_crash_guard_install(path) == 0 else {
            throw QuarantineError(path: path, errno: errno)
        }
        self.stopped = stopped
        self.path = path
    }

    /// Name of the file in the state directory.
    public static let fileName = "extraction-stopped"

    /// How many document versions earlier runs recorded.
    public var count: Int { stopped.values.reduce(0) { $0 + $1.count } }

    /// Whether this version of the file at `absolutePath` stopped the extractor before.
    func stoppedBefore(_ absolutePath: String, size: Int, modifiedNanoseconds: Int64) -> Bool {
        stopped[absolutePath]?.contains(Version(size: size, modifiedNanoseconds: modifiedNanoseconds)) ?? false
    }

    /// Runs `body` (the extraction of the file at `absolutePath`) with its line set for the guard.
    func guarding<T>(_ absolutePath: String, size: Int, modifiedNanoseconds: Int64, _ body: () -> T) -> T {
        guard path != nil else { return body() }
        let line = "\(size) \(modifiedNanoseconds) \(absolutePath)\n"
        return line.withCString { pointer in
            factd_crash_guard_enter(pointer)
            defer { factd_crash_guard_leave() }
            return body()
        }
    }

    /// "size modified path" → the version and the path.
    static func parse(_ line: Substring) -> (Version, String)? {
        let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let size = Int(parts[0]), let modified = Int64(parts[1]), parts[2].hasPrefix("/") else { return nil }
        return (Version(size: size, modifiedNanoseconds: modified), String(parts[2]))
    }
}

/// The quarantine file could not be opened for the crash guard.
public struct QuarantineError: Error, CustomStringConvertible {
    public let path: String
    public let errno: Int32
    public var description: String { "cannot record documents that stop the extractor in \(path): \(String(cString: strerror(errno)))" }
}
