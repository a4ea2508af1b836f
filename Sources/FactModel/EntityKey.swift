/// Normalization of entity names into lookup keys and stable ids.
///
/// Two names with the same key are the same name: case, punctuation, curly versus straight
/// quotes and a leading "the" do not matter. Ids are the key with non-alphanumerics folded
/// to single hyphens, so they stay readable ("isis-k") and stable across restarts and edits.
public enum EntityKey {
    /// The lookup key of a name: lowercased, "the " dropped, runs of non-alphanumerics → one space.
    public static func normalize(_ name: String) -> String {
        var bytes = name  // native strings lend their storage: the loops below read a buffer
        if let key = bytes.withUTF8({ asciiKey($0) }) { return key }
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
        return dropLeadingThe(String(decoding: out, as: UTF8.self))
    }

    /// The 64-bit FNV-1a hash of a name's key (``normalize(_:)``), made without a string for
    /// ASCII names: what the snapshot finds corpus entities by. Two different keys share a hash
    /// with odds of about 1 in 10^19 per pair (the extractor's word keys rest on the same odds),
    /// so a map by hash needs neither the keys' strings nor their comparisons.
    public static func hash(_ name: String) -> UInt64 {
        var bytes = name
        if let h = bytes.withUTF8({ withASCIIKey($0) { FNV1a.hash($0) } }) { return h }
        return FNV1a.hash(normalize(name).utf8)
    }

    /// ``normalize(_:)`` for ASCII names, the common case: written straight into the key's
    /// storage, no Unicode tables. Nil when the name is not ASCII.
    private static func asciiKey(_ name: UnsafeBufferPointer<UInt8>) -> String? {
        for b in name where b >= 0x80 { return nil }
        return String(unsafeUninitializedCapacity: name.count) { writeASCIIKey(name, into: $0) }
    }

    /// Calls `body` with the key of an ASCII name, made in a buffer on the stack (no string is
    /// built); nil, without calling it, when the name is not ASCII.
    @inlinable
    public static func withASCIIKey<R>(_ name: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        for b in name where b >= 0x80 { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.count) { out in
            let count = writeASCIIKey(name, into: out)
            return body(UnsafeBufferPointer(rebasing: out[0..<count]))
        }
    }

    /// Writes the key of an ASCII name into `out` (at least as long as the name); returns its length.
    @usableFromInline
    static func writeASCIIKey(_ name: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        var pendingSpace = false
        var i = 0
        // A word's letters and digits eight at a time, lowercased together and stored as one
        // integer. The key is never longer than the name read so far (no byte becomes two), so
        // the eight bytes stored at `count` stay inside `out`; the ones past the run are
        // overwritten or past the end of the key.
        while i + 8 <= name.count {
            let chunk = ASCIIChunk(name, at: i)
            let run = chunk.alphanumericPrefix
            if run == 0 {
                let b = name[i]
                if b != 0x27 && b != 0x2E { pendingSpace = true }
                i += 1
                continue
            }
            if pendingSpace && count > 0 { out[count] = 0x20; count += 1 }
            pendingSpace = false
            UnsafeMutableRawPointer(out.baseAddress! + count).storeBytes(of: chunk.lowercased.littleEndian, as: UInt64.self)
            count += run
            i += run
        }
        for b in name[i...] {
            let lower = b | 0x20
            if (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                if pendingSpace && count > 0 { out[count] = 0x20; count += 1 }
                pendingSpace = false
                out[count] = b >= 0x41 && b <= 0x5A ? lower : b
                count += 1
            } else if b != 0x27 && b != 0x2E {
                pendingSpace = true
            }
        }
        // A leading "the " goes ("The Taliban" is "taliban").
        if count > 4, out[0] == 0x74, out[1] == 0x68, out[2] == 0x65, out[3] == 0x20 {
            for k in 4..<count { out[k - 4] = out[k] }
            count -= 4
        }
        return withoutLegalForm(UnsafeBufferPointer(out), count: count)
    }

    /// A company's legal form at the end of a key of two words or more ("halvorsen energy asa",
    /// "siemens ag", "acme inc"): the length of the key without it, else `count`. The news writes
    /// a company with and without it, and both are the one company.
    @usableFromInline
    static func withoutLegalForm(_ key: UnsafeBufferPointer<UInt8>, count: Int) -> Int {
        // The last word, when it is of two to four letters after a space.
        guard count >= 4 else { return count }
        let space = key[count - 3] == 0x20 ? count - 3 : key[count - 4] == 0x20 ? count - 4
            : count >= 6 && key[count - 5] == 0x20 ? count - 5 : 0
        guard space > 0 else { return count }
        // The word's bytes as one little-endian number, matched against the forms' numbers.
        var word: UInt32 = 0
        var k = count - 1
        while k > space {
            word = word << 8 | UInt32(key[k])
            k -= 1
        }
        switch word {
        case 0x636E69, 0x70726F63, 0x64746C, 0x636C6C, 0x706C6C, 0x636C70, 0x68626D67, 0x6761, 0x6173, 0x617361,
             0x6261, 0x766E, 0x7662, 0x617073, 0x6A796F, 0x797470, 0x657470, 0x6C726173, 0x6C7273, 0x6161676B:
            // inc corp ltd llc llp plc gmbh ag sa asa ab nv bv spa oyj pty pte sarl srl kgaa ("S.A." is "sa")
            return space
        default:
            return count
        }
    }

    private static func dropLeadingThe(_ key: String) -> String {
        var key = key.hasPrefix("the ") && key.utf8.count > 4 ? String(key.dropFirst(4)) : key
        let count = key.withUTF8 { withoutLegalForm($0, count: $0.count) }
        return count == key.utf8.count ? key : String(decoding: key.utf8.prefix(count), as: UTF8.self)
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
