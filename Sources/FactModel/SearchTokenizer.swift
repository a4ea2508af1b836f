/// Splits text into search terms: lowercase letters and digits, possessives dropped,
/// a light plural stemmer so "attacks" finds "attack". Shared by indexing and queries.
public enum SearchTokenizer {
    public static func terms(_ text: String) -> [String] {
        var out: [String] = []
        var current: [Unicode.Scalar] = []
        func flush() {
            guard !current.isEmpty else { return }
            var word = String(String.UnicodeScalarView(current))
            current.removeAll(keepingCapacity: true)
            if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { word.removeLast(2) }
            word = word.filter { $0 != "'" && $0 != "\u{2019}" }
            if !word.isEmpty { out.append(stem(word)) }
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if (scalar == "'" || scalar == "\u{2019}") && !current.isEmpty {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// Removes plural endings: "ies" → "y", "sses"/"xes"/"ches"/"shes" → drop "es", other "s" → drop.
    public static func stem(_ word: String) -> String {
        guard word.count > 3, word.last == "s" else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        for suffix in ["sses", "xes", "ches", "shes"] where word.hasSuffix(suffix) { return String(word.dropLast(2)) }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        return String(word.dropLast())
    }

    /// Calls `body` with the UTF-8 of each term of `text`, as ``terms(_:)`` would give them, without
    /// making strings: read from the bytes, with other scalars than ASCII decoded where they occur
    /// (letters and digits lowercased, the curly apostrophe kept inside a word, the rest a break).
    public static func forEachTerm(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { forEachTerm(inUTF8: $0, body) }
    }

    /// ``forEachTerm(in:_:)`` over valid UTF-8 bytes.
    public static func forEachTerm(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var ascii = true
        func flush() {
            guard !word.isEmpty else { return }
            // A possessive "'s" goes, then every apostrophe (kept as 0x27 while reading).
            if word.count >= 2, word[word.count - 2] == 0x27, word[word.count - 1] == 0x73 { word.removeLast(2) }
            word.removeAll { $0 == 0x27 }
            if !word.isEmpty {
                if ascii {
                    stem(&word)
                    word.withUnsafeBufferPointer(body)
                } else {
                    // Stemming counts characters: rare enough to do on a string.
                    var stemmed = stem(String(decoding: word, as: UTF8.self))
                    stemmed.withUTF8 { body($0) }
                }
            }
            word.removeAll(keepingCapacity: true)
            ascii = true
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    word.append(b)
                } else if b >= 0x41 && b <= 0x5A {
                    word.append(b | 0x20)
                } else if b == 0x27 && !word.isEmpty {
                    word.append(0x27)
                } else {
                    flush()
                }
                i += 1
                continue
            }
            let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            var value = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
            for k in 1..<min(width, bytes.count - i) { value = (value << 6) | (UInt32(bytes[i + k]) & 0x3F) }
            i += width
            guard let scalar = Unicode.Scalar(value) else { flush(); continue }
            if scalar == "\u{2019}" {
                if word.isEmpty { flush() } else { word.append(0x27) }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                ascii = false
            } else {
                flush()
            }
        }
        flush()
    }

    /// ``stem(_:)`` on ASCII bytes.
    static func stem(_ w: inout [UInt8]) {
        let n = w.count
        guard n > 3, w[n - 1] == 0x73 else { return }
        func ends(_ suffix: StaticString) -> Bool {
            let k = suffix.utf8CodeUnitCount
            guard n >= k else { return false }
            let p = suffix.utf8Start
            for j in 0..<k where w[n - k + j] != p[j] { return false }
            return true
        }
        if ends("ies") { w.removeLast(3); w.append(0x79); return }
        if ends("sses") || ends("xes") || ends("ches") || ends("shes") { w.removeLast(2); return }
        if ends("ss") || ends("us") || ends("is") { return }
        w.removeLast()
    }
}
