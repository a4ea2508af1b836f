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
        // The term being read, in one buffer (on the stack for a sentence): lowercasing makes a
        // scalar at most three times longer, so no term outgrows it.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 3 * bytes.count + 4) { word in
            var count = 0
            var ascii = true
            var apostrophes = false
            func flush() {
                guard count > 0 else { return }
                if apostrophes {
                    // A possessive "'s" goes, then every apostrophe (kept as 0x27 while reading).
                    if count >= 2, word[count - 2] == 0x27, word[count - 1] == 0x73 { count -= 2 }
                    var kept = 0
                    for k in 0..<count where word[k] != 0x27 {
                        word[kept] = word[k]
                        kept += 1
                    }
                    count = kept
                    apostrophes = false
                }
                if count > 0 {
                    if ascii {
                        count = stem(word, count)
                        body(UnsafeBufferPointer(rebasing: word[0..<count]))
                    } else {
                        // Stemming counts characters: rare enough to do on a string.
                        var stemmed = stem(String(decoding: UnsafeBufferPointer(rebasing: word[0..<count]), as: UTF8.self))
                        stemmed.withUTF8 { body($0) }
                    }
                }
                count = 0
                ascii = true
            }
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                        word[count] = b
                        count += 1
                    } else if b >= 0x41 && b <= 0x5A {
                        word[count] = b | 0x20
                        count += 1
                    } else if b == 0x27 && count > 0 {
                        word[count] = 0x27
                        count += 1
                        apostrophes = true
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
                    if count == 0 {
                        flush()
                    } else {
                        word[count] = 0x27
                        count += 1
                        apostrophes = true
                    }
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    for u in scalar.properties.lowercaseMapping.utf8 {
                        word[count] = u
                        count += 1
                    }
                    ascii = false
                } else {
                    flush()
                }
            }
            flush()
        }
    }

    /// ``stem(_:)`` on the ASCII term `w[0 ..< n]`, in place; returns the stem's length.
    static func stem(_ w: UnsafeMutableBufferPointer<UInt8>, _ n: Int) -> Int {
        guard n > 3, w[n - 1] == 0x73 else { return n }
        func ends(_ suffix: StaticString) -> Bool {
            let k = suffix.utf8CodeUnitCount
            guard n >= k else { return false }
            let p = suffix.utf8Start
            for j in 0..<k where w[n - k + j] != p[j] { return false }
            return true
        }
        if ends("ies") { w[n - 3] = 0x79; return n - 2 }
        if ends("sses") || ends("xes") || ends("ches") || ends("shes") { return n - 2 }
        if ends("ss") || ends("us") || ends("is") { return n }
        return n - 1
    }
}
