#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Where factd listens when no socket is given, shared by the daemon and its clients.
public enum DefaultSocket {
    /// `FACTD_SOCKET` when set; else `$XDG_RUNTIME_DIR/factd.sock` for a user, `/run/factd/factd.sock`
    /// for root, and a per-user file in the temporary folder when neither applies.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let socket = environment["FACTD_SOCKET"], !socket.isEmpty { return socket }
        if getuid() == 0 { return "/run/factd/factd.sock" }
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty { return runtime + "/factd.sock" }
        var temporary = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        if !temporary.hasSuffix("/") { temporary += "/" }
        return temporary + "factd-\(getuid()).sock"
    }
}
