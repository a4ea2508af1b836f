/// Splits UTF-8 text into tokens in one pass over the bytes.
///
/// Words keep internal hyphens and apostrophes ("al-Qaida", "ISIS-K", "O'Brien") but split a
/// possessive "'s" off; dotted abbreviations stay whole ("U.S."); numbers keep separators,
/// decimals, times ("14:20") and letter suffixes ("4th", "1990s", "5km").
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) -> Tokens {
        let end = end ?? bytes.count
        var tokens: [Token] = []
        var words: [String] = []
        tokens.reserveCapacity((end - start) / 5)
        words.reserveCapacity((end - start) / 5)
        var i = start
        var space = true
        var newlines = 0
        while i < end {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0D { space = true; i += 1; continue }
            if b == 0x0A { space = true; newlines += 1; i += 1; continue }
            if b == 0xC2 && i + 1 < end && bytes[i + 1] == 0xA0 { space = true; i += 2; continue }  // no-break space
            let tokenStart = i
            var kind: Token.Kind
            if isDigit(b) {
                kind = .number
                i = scanNumber(bytes, i, end)
            } else if let aw = isApostrophe(bytes, i, end), i + aw < end, (bytes[i + aw] | 0x20) == 0x73,
                      letterAt(bytes, i + aw + 1, end) == nil, !space, !tokens.isEmpty {
                kind = .word  // possessive "'s"
                i += aw + 1
            } else if let (scalar, width) = decode(bytes, i, end), isLetter(scalar) {
                kind = .word
                i = scanWord(bytes, i + width, end, firstWasSingleLetter: true, start: tokenStart)
            } else {
                let width = decode(bytes, i, end)?.1 ?? 1
                i += width
                kind = isSymbol(bytes, tokenStart, width) ? .symbol : .punctuation
            }
            let (token, word) = makeToken(bytes, tokenStart, i, kind, space, newlines)
            tokens.append(token)
            words.append(word)
            space = false
            newlines = 0
        }
        return Tokens(items: tokens, words: words)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    static func decode(_ bytes: [UInt8], _ i: Int, _ end: Int) -> (Unicode.Scalar, Int)? {
        let b = bytes[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard i + width <= end, width > 1 else { return nil }
        var value = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { value = (value << 6) | (UInt32(bytes[i + k]) & 0x3F) }
        return Unicode.Scalar(value).map { ($0, width) }
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIILetter(UInt8(s.value)) }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    static func isApostrophe(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int? {
        if bytes[i] == 0x27 { return 1 }
        if i + 2 < end, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return nil
    }

    static func letterAt(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int? {
        guard i < end, let (s, w) = decode(bytes, i, end), isLetter(s) else { return nil }
        return w
    }

    static func scanWord(_ bytes: [UInt8], _ start: Int, _ end: Int, firstWasSingleLetter: Bool, start tokenStart: Int) -> Int {
        var i = start
        while i < end {
            let b = bytes[i]
            // ASCII letters and digits, nearly every byte of a word, without decoding a scalar.
            if isDigit(b) || isASCIILetter(b) { i += 1; continue }
            if b >= 0x80, let w = letterAt(bytes, i, end) { i += w; continue }
            if b == 0x2D, i + 1 < end, isDigit(bytes[i + 1]) || letterAt(bytes, i + 1, end) != nil { i += 1; continue }
            if let aw = isApostrophe(bytes, i, end), let lw = letterAt(bytes, i + aw, end) {
                // Possessive "'s" (followed by a non-letter) is its own token.
                let after = i + aw + lw
                let isPossessive = (bytes[i + aw] | 0x20) == 0x73 && letterAt(bytes, after, end) == nil
                if isPossessive { break }
                i += aw
                continue
            }
            if b == 0x2E, i - tokenStart == 1, i + 2 < end, isASCIILetter(bytes[i + 1]), bytes[i + 2] == 0x2E {
                // "U.S.", "U.K.", "e.g.": single letters joined by periods, final period included.
                var j = i
                while j + 2 < end, bytes[j] == 0x2E, isASCIILetter(bytes[j + 1]), bytes[j + 2] == 0x2E { j += 2 }
                return j + 1
            }
            break
        }
        return i
    }

    static func scanNumber(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end {
            let b = bytes[i]
            if isDigit(b) { i += 1; continue }
            if (b == 0x2C || b == 0x2E || b == 0x3A), i + 1 < end, isDigit(bytes[i + 1]) {
                if b == 0x2C {
                    // A thousands separator is followed by exactly three digits.
                    var n = 0
                    while i + 1 + n < end, isDigit(bytes[i + 1 + n]) { n += 1 }
                    if n != 3 { break }
                }
                i += 1
                continue
            }
            if isASCIILetter(b) {
                // Suffixes: 4th, 1990s, 5km, 10bn.
                var j = i
                while j < end, isASCIILetter(bytes[j]) { j += 1 }
                if j - i <= 3 { i = j }
                break
            }
            break
        }
        return i
    }

    static func isSymbol(_ bytes: [UInt8], _ i: Int, _ width: Int) -> Bool {
        switch width {
        case 1: return bytes[i] == 0x24 || bytes[i] == 0x25 || bytes[i] == 0x26 || bytes[i] == 0x2B
        case 2: return bytes[i] == 0xC2 && (bytes[i + 1] == 0xA3 || bytes[i + 1] == 0xA5 || bytes[i + 1] == 0xA2)  // £ ¥ ¢
        case 3: return bytes[i] == 0xE2 && bytes[i + 1] == 0x82 && bytes[i + 2] == 0xAC       // €
        default: return false
        }
    }

    static func makeToken(_ bytes: [UInt8], _ s: Int, _ e: Int, _ kind: Token.Kind, _ space: Bool, _ newlines: Int) -> (Token, String) {
        var upper = 0
        var lowerCount = 0
        var firstUpper = false
        var asciiOnly = true
        var shape: WordFlags = []
        for k in s..<e {
            let b = bytes[k]
            if b >= 0x30 && b <= 0x39 { shape.insert(.hasDigit) } else if b == 0x2D { shape.insert(.hasHyphen) }
            if b >= 0x80 { asciiOnly = false }
            if !asciiOnly { continue }  // counted again below from the scalars
            if b >= 0x41 && b <= 0x5A {
                if upper == 0 && lowerCount == 0 { firstUpper = true }
                upper += 1
            } else if b >= 0x61 && b <= 0x7A {
                lowerCount += 1
            }
        }
        var lower: String
        if asciiOnly {
            // Lowercased straight into the string's storage (inline for words under 16 bytes).
            lower = String(unsafeUninitializedCapacity: e - s) { buffer in
                for k in s..<e {
                    let b = bytes[k]
                    buffer[k - s] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                }
                return e - s
            }
        } else {
            let text = String(decoding: bytes[s..<e], as: UTF8.self)
            lower = text.lowercased()
            upper = 0
            lowerCount = 0
            var first = true
            firstUpper = false
            for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
                if scalar.properties.isUppercase { upper += 1; if first { firstUpper = true } } else { lowerCount += 1 }
                first = false
            }
        }
        // The possessive with a curly apostrophe reads as the straight one.
        if e - s == 4, bytes[s] == 0xE2, bytes[s + 1] == 0x80, bytes[s + 2] == 0x99, bytes[s + 3] | 0x20 == 0x73 { lower = "'s" }
        let token = Token(start: s, end: e, kind: kind, isCapitalized: firstUpper,
                          isAllCaps: upper >= 2 && lowerCount == 0,
                          spaceBefore: space, newlinesBefore: newlines, flags: (Lexicon.flagTable.lookup(lower) ?? []).union(shape))
        return (token, lower)
    }
}
