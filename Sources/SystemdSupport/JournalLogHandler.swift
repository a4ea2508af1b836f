import CSystemd
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// A swift-log handler that writes structured entries to the systemd journal.
///
/// Each entry has MESSAGE, PRIORITY, CODE_FILE, CODE_LINE, CODE_FUNC and SYSLOG_IDENTIFIER, and
/// every metadata key as a field of its own: `document` becomes `FACTD_DOCUMENT`, `generation`
/// `FACTD_GENERATION`, so `journalctl FACTD_DOCUMENT=notes.txt` finds what happened to a file.
public struct JournalLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    let label: String
    let identifier: String

    public init(label: String, identifier: String = "factd", level: Logger.Level = .info) {
        self.label = label
        self.identifier = identifier
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { $1 } }
        let fields = JournalLogHandler.fields(
            message: "\(event.message)", level: event.level, metadata: merged, file: event.file, line: event.line,
            function: event.function, identifier: identifier)
        JournalLogHandler.send(fields)
    }

    /// The journal fields of one entry, in order. Pure, for tests.
    public static func fields(message: String, level: Logger.Level, metadata: Logger.Metadata, file: String, line: UInt,
                              function: String, identifier: String) -> [(String, String)] {
        var out: [(String, String)] = [
            ("MESSAGE", message), ("PRIORITY", String(priority(level))), ("CODE_FILE", file),
            ("CODE_LINE", String(line)), ("CODE_FUNC", function), ("SYSLOG_IDENTIFIER", identifier),
        ]
        for key in metadata.keys.sorted() {
            out.append((fieldName(key), "\(metadata[key]!)"))
        }
        return out
    }

    /// syslog priorities: critical 2, error 3, warning 4, notice 5, info 6, debug and trace 7.
    public static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .critical: return 2
        case .error: return 3
        case .warning: return 4
        case .notice: return 5
        case .info: return 6
        case .debug, .trace: return 7
        }
    }

    /// `FACTD_` and the key in capitals, anything but letters and digits as `_` (journal field rules).
    public static func fieldName(_ key: String) -> String {
        "FACTD_" + String(key.uppercased().map { ($0.isASCII && ($0.isLetter || $0.isNumber)) ? $0 : "_" })
    }

    static func send(_ fields: [(String, String)]) {
        let entries = fields.map { Array(($0.0 + "=" + $0.1).utf8) }
        var buffers = entries.map { bytes -> UnsafeMutableRawBufferPointer in
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
            buffer.copyBytes(from: bytes)
            return buffer
        }
        defer { for b in buffers { b.deallocate() } }
        var iovecs = zip(buffers.indices, entries).map { i, bytes in iovec(iov_base: buffers[i].baseAddress, iov_len: bytes.count) }
        _ = iovecs.withUnsafeMutableBufferPointer { sd_journal_sendv($0.baseAddress, Int32($0.count)) }
        buffers = []
    }

    /// Whether standard error is connected to the journal (`JOURNAL_STREAM` names its device and inode).
    public static func stderrIsJournal() -> Bool {
        guard let value = getenv("JOURNAL_STREAM").map({ String(cString: $0) }) else { return false }
        let parts = value.split(separator: ":")
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return false }
        var st = stat()
        guard fstat(2, &st) == 0 else { return false }
        return UInt64(st.st_dev) == device && UInt64(st.st_ino) == inode
    }
}
