/// Reads ordinals: "4th", "31st", "first", "twenty-fifth", "forty second", "seventythird".
public enum OrdinalReader {
    static let units: WordMap<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    ]
    static let tens: WordMap<Int> = [
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000, "millionth": 1_000_000,
    ]
    static let cardinalTens: WordMap<Int> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// The endings of ordinals written in digits: "1st", "2nd", "3rd", "4th".
    static let suffixes: WordSet = ["st", "nd", "rd", "th"]

    /// The value of an ordinal written as one phrase, or nil.
    public static func value(_ text: String) -> Int? {
        // Every ordinal ends in -st, -nd, -rd or -th: most tokens are rejected on their last two bytes.
        let utf8 = text.utf8
        guard utf8.count >= 3 else { return nil }
        let lastIndex = utf8.index(before: utf8.endIndex)
        let l = utf8[lastIndex] | 0x20, p = utf8[utf8.index(before: lastIndex)] | 0x20
        guard (p == 0x73 && l == 0x74) || (p == 0x6E && l == 0x64) || (p == 0x72 && l == 0x64) || (p == 0x74 && l == 0x68) else {
            return nil
        }
        let hasUpper = utf8.contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }
        let lower = hasUpper ? text.lowercased() : text
        // Most words ending so ("and", "with", "first") are one word: one table lookup.
        if !lower.utf8.contains(where: { $0 == 0x20 || $0 == 0x2D || $0 >= 0x80 }), !Tokenizer.isDigit(lower.utf8.first!) {
            return singles[lower]
        }
        // Digits with a suffix: 1st 2nd 3rd 4th 21st.
        if let first = lower.first, first.isNumber {
            let digits = lower.prefix { $0.isNumber }
            let suffix = lower.dropFirst(digits.count)
            guard suffixes.contains(String(suffix)), let n = Int(digits) else { return nil }
            return n
        }
        // Words, joined by spaces, hyphens or dashes, or written together.
        let words = lower.split { $0 == " " || $0 == "-" || $0 == "\u{2014}" || $0 == "\u{2013}" }.map(String.init)
        if words.count == 1 { return singles[words[0]] }
        if words.count == 2, let t = cardinalTens[words[0]], let u = units[words[1]], u < 10 { return t + u }
        return nil
    }

    /// Every one-word ordinal: units, tens and the two written together ("twentyfifth").
    static let singles: WordMap<Int> = {
        var table = units.entries.merging(tens.entries) { a, _ in a }
        for (prefix, t) in cardinalTens {
            for (unit, u) in units where u < 10 { table[prefix + unit] = t + u }
        }
        return WordMap(table)
    }()
}
