#if canImport(Glibc)
import Glibc
#endif

/// A libsystemd call that returned a negative errno.
public struct SystemdError: Error, CustomStringConvertible, Equatable {
    /// The libsystemd function that failed.
    public var function: String
    /// The positive errno value.
    public var code: Int32

    public init(_ function: String, returned value: Int32) {
        self.function = function
        self.code = -value
    }

    public var description: String { "\(function): \(String(cString: strerror(code)))" }

    /// Returns `value` when it is not negative; throws the errno it encodes otherwise.
    @discardableResult
    static func check(_ function: String, _ value: Int32) throws -> Int32 {
        guard value >= 0 else { throw SystemdError(function, returned: value) }
        return value
    }
}
