/// Reads numbers written in digits or in words.
enum NumberParser {
    /// The value of a digit token: "1,500" → 1500, "2.5" → 2.5, "10bn" → 1e10, "5km" → (5, "km").
    static func digits(_ text: String) -> (value: Double, suffix: String)? {
        var digits = ""
        var suffix = ""
        for c in text {
            if suffix.isEmpty && (c.isNumber || c == ".") { digits.append(c) }
            else if suffix.isEmpty && c == "," { continue }
            else if c.isLetter { suffix.append(c) }
            else { return nil }
        }
        guard let v = Double(digits) else { return nil }
        return (v, suffix)
    }

    /// Reads a run of number words starting at `i`: "one hundred twenty", "two dozen",
    /// "twenty-five", "a hundred". Returns the value and the index after the run.
    static func words(_ tokens: [Token], _ i: Int, _ end: Int) -> (Double, Int)? {
        var total = 0.0
        var current = 0.0
        var j = i
        var sawNumber = false
        while j < end {
            let w = tokens[j].lower
            if let v = Lexicon.smallNumbers[w] {
                current += v
                sawNumber = true
            } else if w.contains("-"), let v = hyphenated(w) {
                current += v
                sawNumber = true
            } else if (w == "a" || w == "an") && !sawNumber && j + 1 < end,
                      ["hundred", "thousand", "million", "billion", "dozen"].contains(tokens[j + 1].lower) {
                current = 1
            } else if w == "dozen", current > 0 || sawNumber || j > i {
                current = max(current, 1) * 12
                sawNumber = true
            } else if w == "hundred", current > 0 {
                current *= 100
                sawNumber = true
            } else if ["thousand", "million", "billion", "trillion"].contains(w), current > 0 || total > 0 {
                total += max(current, 1) * Lexicon.scales[w]!
                current = 0
                sawNumber = true
            } else if w == "and", sawNumber, j + 1 < end, Lexicon.smallNumbers[tokens[j + 1].lower] != nil, current >= 100 || total > 0 {
                // "one hundred and twenty"
            } else {
                break
            }
            j += 1
        }
        guard sawNumber else { return nil }
        return (total + current, j)
    }

    static func hyphenated(_ w: String) -> Double? {
        let parts = w.split(separator: "-")
        guard parts.count == 2, let tens = Lexicon.smallNumbers[String(parts[0])], tens >= 20,
              let ones = Lexicon.smallNumbers[String(parts[1])], ones < 10 else { return nil }
        return tens + ones
    }
}
