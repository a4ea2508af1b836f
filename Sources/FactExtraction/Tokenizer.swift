import FactModel

/// Splits UTF-8 text into tokens in one pass over the bytes.
///
/// Words keep internal hyphens and apostrophes ("al-Qaida", "ISIS-K", "O'Brien") but split a
/// possessive "'s" off; dotted abbreviations stay whole ("U.S."); numbers keep separators,
/// decimals, times ("14:20") and letter suffixes ("4th", "1990s", "5km").
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) -> Tokens {
        let end = end ?? bytes.count
        // The text up to `end`, read without bounds checks (every index is tested against its
        // count first).
        return bytes.withUnsafeBufferPointer { tokenize(UnsafeBufferPointer(rebasing: $0[..<end]), from: start) }
    }

    private static func tokenize(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Tokens {
        let end = text.count
        var tokens: [Token] = []
        var words: [String] = []
        // A token per 5.6 bytes of news on average; a quarter of the bytes covers nearly every
        // document, so the arrays are not grown (and their tokens copied) along the way.
        tokens.reserveCapacity((end - start) / 4)
        words.reserveCapacity((end - start) / 4)
        // Read once: a global read in the loop is a `swift_once` call per token.
        let knownWords = Lexicon.knownWords
        var i = start
        var space = true
        var newlines = 0
        while i < end {
            let b = text[i]
            if b == 0x20 || b == 0x09 || b == 0x0D { space = true; i += 1; continue }
            if b == 0x0A { space = true; newlines += 1; i += 1; continue }
            if b == 0xC2 && i + 1 < end && text[i + 1] == 0xA0 { space = true; i += 2; continue }  // no-break space
            let tokenStart = i
            var kind: Token.Kind
            if isDigit(b) {
                kind = .number
                i = scanNumber(text, i)
            } else if isASCIILetter(b) {
                kind = .word
                i = scanWord(text, i + 1, start: tokenStart)
            } else if let aw = isApostrophe(text, i), i + aw < end, (text[i + aw] | 0x20) == 0x73,
                      letterAt(text, i + aw + 1) == nil, !space, !tokens.isEmpty {
                kind = .word  // possessive "'s"
                i += aw + 1
            } else if let (scalar, width) = decode(text, i), isLetter(scalar) {
                kind = .word
                i = scanWord(text, i + width, start: tokenStart)
            } else {
                let width = decode(text, i)?.1 ?? 1
                i += width
                kind = isSymbol(text, tokenStart, width) ? .symbol : .punctuation
            }
            let (token, word) = makeToken(text, tokenStart, i, kind, space, newlines, knownWords)
            tokens.append(token)
            words.append(word)
            space = false
            newlines = 0
        }
        return Tokens(items: tokens, words: words)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    static func decode(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int)? {
        let b = text[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard i + width <= text.count, width > 1 else { return nil }
        var value = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { value = (value << 6) | (UInt32(text[i + k]) & 0x3F) }
        return Unicode.Scalar(value).map { ($0, width) }
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIILetter(UInt8(s.value)) }
        return isNonASCIILetter(s)
    }

    /// Kept out of line: the Unicode property tables it reads would otherwise be set up at the
    /// start of every word scanned, ASCII or not.
    @inline(never) static func isNonASCIILetter(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    @inline(__always) static func isApostrophe(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        if text[i] == 0x27 { return 1 }
        if text[i] == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0x99 { return 3 }
        return nil
    }

    /// The width of the letter at `i`, if there is one.
    @inline(__always) static func letterAt(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard i < text.count else { return nil }
        if text[i] < 0x80 { return isASCIILetter(text[i]) ? 1 : nil }
        guard let (s, w) = decode(text, i), isLetter(s) else { return nil }
        return w
    }

    static func scanWord(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, start tokenStart: Int) -> Int {
        let end = text.count
        var i = start
        while i < end {
            // ASCII letters and digits, nearly every byte of a word: eight at a time, and one by
            // one near the end of the text.
            if i + 8 <= end {
                let run = ASCIIChunk(text, at: i).alphanumericPrefix
                i += run
                if run == 8 { continue }
            }
            let b = text[i]
            if isDigit(b) || isASCIILetter(b) { i += 1; continue }
            if b >= 0x80, let w = letterAt(text, i) { i += w; continue }
            if b == 0x2D, i + 1 < end, isDigit(text[i + 1]) || letterAt(text, i + 1) != nil { i += 1; continue }
            if let aw = isApostrophe(text, i), let lw = letterAt(text, i + aw) {
                // Possessive "'s" (followed by a non-letter) is its own token.
                let after = i + aw + lw
                let isPossessive = (text[i + aw] | 0x20) == 0x73 && letterAt(text, after) == nil
                if isPossessive { break }
                i += aw
                continue
            }
            if b == 0x2E, i - tokenStart == 1, i + 2 < end, isASCIILetter(text[i + 1]), text[i + 2] == 0x2E {
                // "U.S.", "U.K.", "e.g.": single letters joined by periods, final period included.
                var j = i
                while j + 2 < end, text[j] == 0x2E, isASCIILetter(text[j + 1]), text[j + 2] == 0x2E { j += 2 }
                return j + 1
            }
            break
        }
        return i
    }

    static func scanNumber(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        let end = text.count
        var i = start
        while i < end {
            let b = text[i]
            if isDigit(b) { i += 1; continue }
            if (b == 0x2C || b == 0x2E || b == 0x3A), i + 1 < end, isDigit(text[i + 1]) {
                if b == 0x2C {
                    // A thousands separator is followed by exactly three digits.
                    var n = 0
                    while i + 1 + n < end, isDigit(text[i + 1 + n]) { n += 1 }
                    if n != 3 { break }
                }
                i += 1
                continue
            }
            if isASCIILetter(b) {
                // Suffixes: 4th, 1990s, 5km, 10bn.
                var j = i
                while j < end, isASCIILetter(text[j]) { j += 1 }
                if j - i <= 3 { i = j }
                break
            }
            break
        }
        return i
    }

    static func isSymbol(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ width: Int) -> Bool {
        switch width {
        case 1: return text[i] == 0x24 || text[i] == 0x25 || text[i] == 0x26 || text[i] == 0x2B
        case 2: return text[i] == 0xC2 && (text[i + 1] == 0xA3 || text[i + 1] == 0xA5 || text[i + 1] == 0xA2)  // £ ¥ ¢
        case 3: return text[i] == 0xE2 && text[i + 1] == 0x82 && text[i + 2] == 0xAC       // €
        default: return false
        }
    }

    /// Words longer than this are lowercased through `String` (they are rare: URLs, long compounds).
    static let scratchCapacity = 64

    static func makeToken(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ kind: Token.Kind, _ space: Bool, _ newlines: Int,
                          _ knownWords: WordKeyTable<KnownWord>) -> (Token, String) {
        let count = e - s
        // Most tokens: up to eight ASCII bytes, read and lowercased as one integer.
        if count <= 8, s + 8 <= text.count, let packed = PackedWord(text, at: s, count: count) {
            var flags: WordFlags = []
            if packed.hasDigit { flags.insert(.hasDigit) }
            if packed.hasHyphen { flags.insert(.hasHyphen) }
            if packed.isPlain { flags.insert(.plainWord) }
            let key = WordKey(rawValue: packed.lowered)
            let known = knownWords.lookup(key)
            let token = Token(start: s, end: e, newlinesBefore: newlines, key: key, flags: flags.union(known?.flags ?? []), kind: kind,
                              isCapitalized: packed.firstUpper, isAllCaps: packed.isAllCaps, spaceBefore: space)
            return (token, known?.word ?? packed.string)
        }
        var upper = 0
        var lowerCount = 0
        var firstUpper = false
        var asciiOnly = true
        var shape: WordFlags = []
        var lookedUp: WordFlags? = nil
        var key = WordKey.none
        var lower: String
        if count <= scratchCapacity {
            // Lowercase into a buffer on the stack, look the bytes up, then make the (usually
            // small, inline) string from them: one pass, no intermediate string.
            lower = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scratchCapacity) { scratch in
                // The first eight lowered bytes packed as they are written: a short ASCII word's
                // key without a second pass.
                var packed: UInt64 = 0
                var digits = 0
                for k in 0..<count {
                    var b = text[s + k]
                    if b &- 0x41 < 26 {
                        if upper == 0 && lowerCount == 0 { firstUpper = true }
                        upper += 1
                        b |= 0x20
                    } else if b &- 0x61 < 26 { lowerCount += 1 }
                    else if b &- 0x30 < 10 { shape.insert(.hasDigit); digits += 1 }
                    else if b == 0x2D { shape.insert(.hasHyphen) }
                    else if b >= 0x80 { asciiOnly = false }
                    scratch[k] = b
                    if k < 8 { packed |= UInt64(b) << UInt64(k &* 8) }
                }
                let lowered = UnsafeBufferPointer(rebasing: scratch[0..<count])
                guard asciiOnly else { return "" }
                if upper + lowerCount + digits == count { shape.insert(.plainWord) }
                key = count <= 8 ? WordKey(rawValue: packed) : WordKey(bytes: lowered)
                if let known = knownWords.lookup(key) {
                    lookedUp = known.flags
                    // A long word's key is a hash: its text is made from its own bytes.
                    if key.isExact { return known.word }
                }
                if lookedUp == nil { lookedUp = [] }
                return String(utf8Bytes: lowered)
            }
        } else {
            lower = ""
            for k in s..<e {
                let b = text[k]
                if b &- 0x30 < 10 { shape.insert(.hasDigit) } else if b == 0x2D { shape.insert(.hasHyphen) }
                if b >= 0x80 { asciiOnly = false }
            }
        }
        if lookedUp == nil {
            (lower, upper, lowerCount, firstUpper) = lowercasedByScalar(text, s, e)
            key = WordKey(lower)
            lookedUp = knownWords.lookup(key)?.flags ?? []
        }
        let token = Token(start: s, end: e, newlinesBefore: newlines, key: key, flags: lookedUp!.union(shape), kind: kind,
                          isCapitalized: firstUpper, isAllCaps: upper >= 2 && lowerCount == 0, spaceBefore: space)
        return (token, lower)
    }

    /// A token that is not ASCII, or long: lowercased and its letters counted by scalar, out of
    /// line for the same reason as ``isNonASCIILetter(_:)``.
    @inline(never)
    static func lowercasedByScalar(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> (lower: String, upper: Int, lowerCount: Int, firstUpper: Bool) {
        let original = String(decoding: UnsafeBufferPointer(rebasing: text[s..<e]), as: UTF8.self)
        var upper = 0
        var lowerCount = 0
        var first = true
        var firstUpper = false
        for scalar in original.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isUppercase { upper += 1; if first { firstUpper = true } } else { lowerCount += 1 }
            first = false
        }
        // The possessive with a curly apostrophe reads as the straight one.
        if e - s == 4, text[s] == 0xE2, text[s + 1] == 0x80, text[s + 2] == 0x99, text[s + 3] | 0x20 == 0x73 {
            return ("'s", upper, lowerCount, firstUpper)
        }
        return (original.lowercased(), upper, lowerCount, firstUpper)
    }
}
