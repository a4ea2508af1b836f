import CSystemd
#if canImport(Glibc)
import Glibc
#endif

/// Sockets passed by the service manager (socket activation, `LISTEN_FDS`).
public enum ListenSockets {
    public enum Problem: Error, CustomStringConvertible {
        case notAUnixStreamListener(Int32)

        public var description: String {
            switch self {
            case .notAUnixStreamListener(let fd): return "the socket passed as fd \(fd) is not a listening Unix stream socket"
            }
        }
    }

    /// The passed socket to serve on: the first one named `name` (FileDescriptorName=), else the
    /// first passed. Nil when none was passed. Throws when it is not a listening Unix stream socket.
    /// The environment variables are left in place for nothing else reads them here.
    public static func inherited(named name: String = "factd") throws -> Int32? {
        var names: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        let count = try SystemdError.check("sd_listen_fds_with_names", sd_listen_fds_with_names(0, &names))
        defer {
            if let names {
                for i in 0..<Int(count) { free(names[i]) }
                free(names)
            }
        }
        guard count > 0 else { return nil }
        var chosen = SD_LISTEN_FDS_START
        if let names {
            for i in 0..<Int(count) where names[i].map({ String(cString: $0) }) == name {
                chosen = SD_LISTEN_FDS_START + Int32(i)
                break
            }
        }
        let isUnixStream = sd_is_socket_unix(chosen, Int32(SOCK_STREAM.rawValue), 1, nil, 0)
        guard isUnixStream > 0 else { throw Problem.notAUnixStreamListener(chosen) }
        return chosen
    }
}
