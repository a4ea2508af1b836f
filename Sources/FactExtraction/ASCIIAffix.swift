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

    /// Calls `body` with the UTF-8 bytes in place: native strings (all the extractor makes)
    /// lend their storage, small ones a copy on the stack — no index arithmetic per byte.
    @inline(__always) private func withBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}

enum ASCIIAffix {
    /// Whether `bytes` from `start` on begin with `literal` (which must fit).
    @inline(__always) static func matches(_ literal: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let p = literal.utf8Start
        for k in 0..<literal.utf8CodeUnitCount where bytes[start + k] != p[k] { return false }
        return true
    }
}
