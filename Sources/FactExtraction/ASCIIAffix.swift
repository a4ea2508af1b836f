extension String {
    /// `hasSuffix` for an ASCII suffix, comparing UTF-8 bytes: the rules test word endings
    /// ("-ed", "-ly", "'s") on every token, where `hasSuffix`'s Unicode-aware comparison costs
    /// hundreds of instructions.
    @inline(__always) func endsWith(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        let bytes = utf8
        guard bytes.count >= n else { return false }
        var i = bytes.index(bytes.endIndex, offsetBy: -n)
        let p = suffix.utf8Start
        for k in 0..<n {
            if bytes[i] != p[k] { return false }
            bytes.formIndex(after: &i)
        }
        return true
    }

    /// `hasPrefix` for an ASCII prefix, comparing UTF-8 bytes (see ``endsWith(_:)``).
    @inline(__always) func startsWith(_ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        let bytes = utf8
        guard bytes.count >= n else { return false }
        var i = bytes.startIndex
        let p = prefix.utf8Start
        for k in 0..<n {
            if bytes[i] != p[k] { return false }
            bytes.formIndex(after: &i)
        }
        return true
    }
}
