/// Reads numbers written in digits or in words.
enum NumberParser {
    /// The value of a digit token: "1,500" → 1500, "2.5" → 2.5, "10bn" → 1e10, "5km" → (5, "km").
    static func digits(_ text: String) -> (value: Double, suffix: String)? {
        var ascii = text
        if let read = ascii.withUTF8({ asciiDigits($0) }) { return read.value.map { ($0, read.suffix) } }
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

    /// ``digits(_:)`` for ASCII text, from the bytes; nil when the text is not ASCII (then the
    /// Character path decides), a nil value when it is ASCII but not a number.
    private static func asciiDigits(_ b: UnsafeBufferPointer<UInt8>) -> (value: Double?, suffix: String)? {
        // The digits and points, separators dropped, gathered on the stack.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count) { digits in
            var count = 0
            var suffixStart: Int? = nil
            for k in 0..<b.count {
                let c = b[k]
                guard c < 0x80 else { return nil }
                let isLetter = (c | 0x20) &- 0x61 < 26
                if suffixStart == nil && (c &- 0x30 < 10 || c == 0x2E) { digits[count] = c; count += 1 }
                else if suffixStart == nil && c == 0x2C { continue }
                else if isLetter { if suffixStart == nil { suffixStart = k } }
                else { return (nil, "") }
            }
            let suffix = suffixStart.map { String(decoding: UnsafeBufferPointer(rebasing: b[$0...]), as: UTF8.self) } ?? ""
            let number = UnsafeBufferPointer(rebasing: digits[0..<count])
            // Whole numbers (nearly all) are summed up directly, exactly as `Double` would read
            // them below 2^53; a decimal point goes through the standard parser.
            if count > 0, count <= 15, !number.contains(0x2E) {
                var whole = 0
                for d in number { whole = whole * 10 + Int(d &- 0x30) }
                return (Double(whole), suffix)
            }
            return (Double(String(decoding: number, as: UTF8.self)), suffix)
        }
    }

    /// Scale words inside a run of number words, plural and Indian forms included.
    static let wordScales: WordMap<Double> = [
        "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
        "trillion": 1e12, "trillions": 1e12, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7,
        "crores": 1e7, "cr": 1e7, "krore": 1e7, "krores": 1e7, "kr": 1e7, "koti": 1e7,
    ]

    /// Reads a run of number words starting at `i`: "one hundred twenty", "two dozen",
    /// "twenty-five", "a hundred", "two point two million", "three crore twelve lakh",
    /// "three thousand millions". Returns the value and the index after the run.
    static func words(_ words: [String], _ i: Int, _ end: Int) -> (Double, Int)? {
        var total = 0.0
        var current = 0.0
        var j = i
        var sawNumber = false
        var lastWasScale = false
        // The last small number read since a scale word: a ones word may follow a tens word
        // ("twenty two"), a tens word after a ones or teens word is spoken hundreds ("one twenty
        // two" = 122, "nineteen eighty" = 1980), and anything else starts a new number ("one two").
        var lastSmall: Double? = nil
        while j < end {
            let w = words[j]
            var isScale = false
            var small = Lexicon.smallNumbers[w]
            if small == nil, w.utf8.contains(0x2D) { small = hyphenated(w) }
            if let v = small {
                if let last = lastSmall {
                    if last >= 20, last.truncatingRemainder(dividingBy: 10) == 0, v < 10 {
                        current += v
                    } else if last < 20, v >= 20, current < 100 {
                        current = current * 100 + v
                    } else {
                        break
                    }
                } else {
                    current += v
                }
                lastSmall = v
                sawNumber = true
            } else if (w == "a" || w == "an") && !sawNumber && j + 1 < end,
                      words[j + 1].isOne(of: "hundred thousand million billion dozen") {
                current = 1
            } else if w == "dozen", current > 0 || sawNumber || j > i {
                current = max(current, 1) * 12
                sawNumber = true
            } else if w == "hundred", current > 0 {
                current *= 100
                sawNumber = true
                lastSmall = nil
            } else if let scale = wordScales[w], sawNumber || current > 0 {
                if current == 0 && lastWasScale {
                    total *= scale  // "three thousand millions"
                } else {
                    total += max(current, 1) * scale
                }
                current = 0
                sawNumber = true
                isScale = true
                lastSmall = nil
            } else if w == "point", sawNumber, j + 1 < end, let digit = Lexicon.smallNumbers[words[j + 1]], digit < 10 {
                // "two point two": decimal digits spoken one by one.
                var k = j + 1
                var place = 0.1
                while k < end, let d = Lexicon.smallNumbers[words[k]], d < 10 {
                    current += d * place
                    place /= 10
                    k += 1
                }
                _ = digit
                j = k
                lastWasScale = false
                continue
            } else if w == "and", sawNumber, j + 1 < end, Lexicon.smallNumbers[words[j + 1]] != nil, current >= 100 || total > 0 {
                // "one hundred and twenty"
            } else {
                break
            }
            lastWasScale = isScale
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
