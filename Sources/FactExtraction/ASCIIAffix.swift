extension String {
    /// `hasSuffix` for an ASCII suffix, comparing UTF-8 bytes: the rules test word endings
    /// ("-ed", "-ly", "'s") on every token, where `hasSuffix`'s Unicode-aware comparison costs
    /// hundreds of instructions.
    @inline(__always) func endsWith(_ suffix: StaticString) -> Bool {
        let bytes = utf8
        guard bytes.count >= suffix.utf8CodeUnitCount else { return false }
        return matches(suffix, at: bytes.index(bytes.endIndex, offsetBy: -suffix.utf8CodeUnitCount))
    }

    /// `hasPrefix` for an ASCII prefix, comparing UTF-8 bytes (see ``endsWith(_:)``).
    @inline(__always) func startsWith(_ prefix: StaticString) -> Bool {
        utf8.count >= prefix.utf8CodeUnitCount && matches(prefix, at: utf8.startIndex)
    }

    /// Whether the bytes from `start` on begin with `literal` (which must fit).
    @inline(__always) private func matches(_ literal: StaticString, at start: String.Index) -> Bool {
        let bytes = utf8
        var i = start
        let p = literal.utf8Start
        for k in 0..<literal.utf8CodeUnitCount {
            if bytes[i] != p[k] { return false }
            bytes.formIndex(after: &i)
        }
        return true
    }
}
