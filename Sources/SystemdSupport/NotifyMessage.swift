/// A state change for the service manager, in sd_notify's newline-separated `KEY=value` format.
public struct NotifyMessage: Equatable, Sendable, CustomStringConvertible {
    public private(set) var fields: [(String, String)]

    public init(_ fields: [(String, String)]) { self.fields = fields }

    public static func == (a: NotifyMessage, b: NotifyMessage) -> Bool { a.description == b.description }

    /// `READY=1`, optionally with a status line.
    public static func ready(status: String? = nil) -> NotifyMessage {
        NotifyMessage([("READY", "1")] + (status.map { [("STATUS", $0)] } ?? []))
    }

    /// `STATUS=…` — one line; newlines are replaced so the message stays well-formed.
    public static func status(_ text: String) -> NotifyMessage {
        NotifyMessage([("STATUS", text.replacingNewlines())])
    }

    /// `RELOADING=1` with the `MONOTONIC_USEC` the reload started at (required since systemd 253).
    public static func reloading(monotonicMicroseconds: UInt64) -> NotifyMessage {
        NotifyMessage([("RELOADING", "1"), ("MONOTONIC_USEC", String(monotonicMicroseconds))])
    }

    public static let stopping = NotifyMessage([("STOPPING", "1")])
    public static let watchdog = NotifyMessage([("WATCHDOG", "1")])

    /// `MAINPID=…`.
    public static func mainPID(_ pid: Int32) -> NotifyMessage { NotifyMessage([("MAINPID", String(pid))]) }

    public var description: String { fields.map { $0.0 + "=" + $0.1.replacingNewlines() }.joined(separator: "\n") }
}

extension String {
    func replacingNewlines() -> String { String(map { $0 == "\n" || $0 == "\r" ? " " : $0 }) }
}
