#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A blocking Unix-socket client that speaks in lines, for tests that need byte-level control.
final class LineSocket {
    let fd: Int32
    private var buffer: [UInt8] = []

    init(path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        let rc = withUnixAddress(path) { connect(fd, $0, $1) }
        guard rc == 0 else {
            // No close here: the object is whole, so throwing runs deinit, which closes `fd`.
            // Closing twice closed another test's socket that had just been given the same number.
            throw TestFailure("connect \(path): \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(fd) }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw TestFailure("send: \(String(cString: strerror(errno)))")
            }
            sent += n
        }
    }

    /// Sends without blocking; returns how many bytes the kernel took.
    func sendSome(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
    }

    func shutdownWrite() { shutdown(fd, Int32(SHUT_WR)) }

    /// The next line (without newline), or nil at end of stream. Throws on timeout.
    func readLine(timeout: Double = 10) throws -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return String(decoding: line, as: UTF8.self)
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw TestFailure("no line within \(timeout)s") }
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&p, 1, Int32(remaining * 1000))
            if ready == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == ECONNRESET { return nil }
                throw TestFailure("recv: \(String(cString: strerror(errno)))")
            }
            if n == 0 {
                if buffer.isEmpty { return nil }
                let rest = String(decoding: buffer, as: UTF8.self)
                buffer = []
                return rest
            }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }

    /// Sends a request and returns the reply as a JSON object.
    func call(_ method: String, _ params: [String: Any]? = nil, id: Int = 1) throws -> [String: Any] {
        var request: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method]
        if let params { request["params"] = params }
        let data = try JSONSerialization.data(withJSONObject: request)
        try send(Array(data) + [0x0A])
        while let line = try readLine() {
            let reply = try JSON.object(line)
            if reply["method"] != nil { continue }  // a notification
            return reply
        }
        throw TestFailure("connection closed before the reply to \(method)")
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

enum JSON {
    static func object(_ line: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw TestFailure("not a JSON object: \(line)")
        }
        return object
    }

    static func array(_ line: String) throws -> [[String: Any]] {
        guard let array = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [[String: Any]] else {
            throw TestFailure("not a JSON array: \(line)")
        }
        return array
    }
}

extension Dictionary where Key == String, Value == Any {
    /// `result` of a reply, failing the test if it is an error.
    func result() throws -> [String: Any] {
        if let error = self["error"] { throw TestFailure("error reply: \(error)") }
        guard let result = self["result"] as? [String: Any] else { throw TestFailure("no result in \(self)") }
        return result
    }

    /// The error code of a reply.
    var errorCode: Int? { (self["error"] as? [String: Any])?["code"] as? Int }
    var errorMessage: String? { (self["error"] as? [String: Any])?["message"] as? String }
}
