import CSystemd
#if canImport(Glibc)
import Glibc
#endif

/// Sends state changes to the service manager (`NOTIFY_SOCKET`); does nothing when not run by one.
public struct Notifier: Sendable {
    public init() {}

    /// Whether a service manager listens (`NOTIFY_SOCKET` is set).
    public var isEnabled: Bool { getenv("NOTIFY_SOCKET") != nil }

    /// Sends a message. Returns false when no service manager listens; throws on a send error.
    @discardableResult
    public func send(_ message: NotifyMessage) throws -> Bool {
        let rc = sd_notify(0, message.description)
        try SystemdError.check("sd_notify", rc)
        return rc > 0
    }

    /// The watchdog interval the service manager expects pings within, if it enabled one for us.
    public static func watchdogInterval() throws -> Duration? {
        var usec: UInt64 = 0
        let rc = try SystemdError.check("sd_watchdog_enabled", sd_watchdog_enabled(0, &usec))
        return rc > 0 ? .microseconds(Int64(usec)) : nil
    }

    /// CLOCK_MONOTONIC in microseconds, for `MONOTONIC_USEC`.
    public static func monotonicMicroseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000 + UInt64(ts.tv_nsec) / 1_000
    }
}
