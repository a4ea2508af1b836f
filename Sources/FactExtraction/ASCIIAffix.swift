#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// `hasSuffix` for an ASCII suffix, comparing UTF-8 bytes: the rules test word endings
    /// ("-ed", "-ly", "'s") on every token, where `hasSuffix`'s Unicode-aware comparison costs
    /// hundreds of instructions.
    @inline(__always) func endsWith(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        return withBytes { bytes in bytes.count >= n && ASCIIAffix.matches(suffix, bytes, at: bytes.count - n) }
    }

    /// `hasPrefix` for an ASCII prefix, comparing UTF-8 bytes (see ``endsWith(_:)``).
    @inline(__always) func startsWith(_ prefix: StaticString) -> Bool {
        withBytes { bytes in bytes.count >= prefix.utf8CodeUnitCount && ASCIIAffix.matches(prefix, bytes, at: 0) }
    }

    /// Whether this string is one of the space-separated words of `list` ("last next this"),
    /// byte for byte. For the rules' short fixed lists: unlike `["last", "next", "this"].contains`,
    /// which builds an array on the heap at every call in a large function, nothing is allocated
    /// or hashed.
    @inline(__always) func isOne(of list: StaticString) -> Bool {
        withBytes { ASCIIAffix.contains(list, word: $0) }
    }

    /// Calls `body` with the UTF-8 bytes in place: native strings (all the extractor makes)
    /// lend their storage, small ones a copy on the stack — no index arithmetic per byte.
    @inline(__always) private func withBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}

enum ASCIIAffix {
    /// Whether `word` is one of the space-separated words of `list`.
    static func contains(_ list: StaticString, word: UnsafeBufferPointer<UInt8>) -> Bool {
        // `withUTF8Buffer` reads either representation of a `StaticString` (pointer or scalar).
        list.withUTF8Buffer { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x20 { end += 1 }
                if end - start == word.count && (word.isEmpty || memcmp(bytes.baseAddress! + start, word.baseAddress!, word.count) == 0) {
                    return true
                }
                start = end + 1
            }
            return false
        }
    }

    /// Whether `bytes` from `start` on begin with `literal` (which must fit).
    @inline(__always) static func matches(_ literal: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let p = literal.utf8Start
        for k in 0..<literal.utf8CodeUnitCount where bytes[start + k] != p[k] { return false }
        return true
    }
}
