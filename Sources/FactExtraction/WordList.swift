#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether this string is one of the space-separated words of `list` ("last next this"),
    /// byte for byte. For the rules' short fixed lists: unlike `["last", "next", "this"].contains`,
    /// which builds an array on the heap at every call in a large function, nothing is allocated
    /// or hashed.
    @inline(__always)
    func isOne(of list: StaticString) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ Self.find($0, in: list) }) { return found }
        var copy = self
        return copy.withUTF8 { Self.find($0, in: list) }
    }

    private static func find(_ word: UnsafeBufferPointer<UInt8>, in list: StaticString) -> Bool {
        // `withUTF8Buffer` reads either representation of a `StaticString` (pointer or scalar).
        list.withUTF8Buffer { bytes in
            let count = bytes.count
            var start = 0
            while start < count {
                var end = start
                while end < count && bytes[end] != 0x20 { end += 1 }
                if end - start == word.count && (word.isEmpty || memcmp(bytes.baseAddress! + start, word.baseAddress!, word.count) == 0) {
                    return true
                }
                start = end + 1
            }
            return false
        }
    }
}
