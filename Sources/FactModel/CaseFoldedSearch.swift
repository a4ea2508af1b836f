extension TextSpan {
    /// Whether the span, lowercased, contains `needle` (already lowercased): what
    /// `string.lowercased().contains(needle)` answers, without building the lowercased string
    /// when the needle is ASCII (see ``asciiFoldedContains(_:_:)``). Query filters test it on every candidate fact's sentence.
    func lowercasedContains(_ needle: String) -> Bool {
        var needle = needle
        let fast: Bool? = needle.withUTF8 { n in
            withUTF8 { text in TextSpan.asciiFoldedContains(text, n) }
        }
        return fast ?? string.lowercased().contains(needle)
    }

    /// Byte search of `needle` in `text` with ASCII letters folded to lower case; nil when the
    /// needle is not ASCII, holds a line break, or the text holds one of the two characters whose
    /// lowercase is ASCII (KELVIN SIGN → "k", İ → "i" and a dot), for the caller to fall back.
    /// Other non-ASCII characters lowercase to non-ASCII ones, so they can never match an ASCII
    /// needle either way. (Unlike `Character` comparison, an "e" followed by a combining accent
    /// matches "e" here.)
    static func asciiFoldedContains(_ text: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool? {
        if needle.contains(where: { $0 >= 0x80 || $0 == 0x0A || $0 == 0x0D }) { return nil }
        @inline(__always) func fold(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
        for (k, b) in text.enumerated() where b == 0xC4 || b == 0xE2 {
            if b == 0xC4, k + 1 < text.count, text[k + 1] == 0xB0 { return nil }
            if b == 0xE2, k + 2 < text.count, text[k + 1] == 0x84, text[k + 2] == 0xAA { return nil }
        }
        let n = needle.count
        guard n > 0 else { return true }
        guard text.count >= n else { return false }
        let first = needle[0]
        for start in 0...(text.count - n) where fold(text[start]) == first {
            var k = 1
            while k < n, fold(text[start + k]) == needle[k] { k += 1 }
            if k == n { return true }
        }
        return false
    }
}
