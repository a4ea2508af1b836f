/// Normalization of entity names into lookup keys and stable ids.
///
/// Two names with the same key are the same name: case, punctuation, curly versus straight
/// quotes and a leading "the" do not matter. Ids are the key with non-alphanumerics folded
/// to single hyphens, so they stay readable ("isis-k") and stable across restarts and edits.
public enum EntityKey {
    /// The lookup key of a name: lowercased, "the " dropped, runs of non-alphanumerics → one space.
    public static func normalize(_ name: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                    out.append(contentsOf: String(lowered).utf8)
                }
            } else if scalar == "'" || scalar == "\u{2019}" || scalar == "." {
                // "Taliban's" and "U.S." keep their letters together.
                continue
            } else {
                pendingSpace = true
            }
        }
        var key = String(decoding: out, as: UTF8.self)
        if key.hasPrefix("the ") && key.count > 4 { key.removeFirst(4) }
        return key
    }

    /// The stable id of a name: its key with spaces as hyphens.
    public static func id(for name: String) -> String {
        let key = normalize(name)
        return key.isEmpty ? "_" : key.replacingSpaces()
    }
}

extension String {
    fileprivate func replacingSpaces() -> String {
        String(decoding: utf8.map { $0 == 0x20 ? 0x2D : $0 }, as: UTF8.self)
    }
}
