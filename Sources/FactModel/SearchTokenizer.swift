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
}
