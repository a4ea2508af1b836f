import FactModel

/// A quantity found in a sentence.
struct QuantityMatch: Sendable {
    var tokens: Range<Int>
    var quantity: Quantity
}

/// Finds counts, measures, percentages and money, with their hedges, bounds and counted noun.
struct QuantityRecognizer: TokenReader {
    let tokens: [Token]
    /// Each token lowercased.
    let words: [String]
    /// Tokens already read as times (years, days) are not numbers here; set for each sentence.
    var taken: TokenMask
    /// Currency names and codes from iso-codes.
    let gazetteer: Gazetteer
    /// The gazetteer's currency first words, held here: read out of the gazetteer at each token,
    /// the set was copied, its tables retained.
    let currencyFirstWords: WordSet

    init(tokens: [Token], words: [String], taken: TokenMask, gazetteer: Gazetteer) {
        (self.tokens, self.words, self.taken, self.gazetteer) = (tokens, words, taken, gazetteer)
        currencyFirstWords = gazetteer.currencyFirstWordSet
    }

    struct Amount {
        var value: Double
        var end: Int
        var currency: String?
        var unit: String?
        var indefinite = false
    }


    /// Words that can begin a quantity besides numbers, number words, hedges and currencies.
    static let startWords: WordSet = ["between", "from", "minus", "negative", "-", ".", "point", "a", "an", "us", "$", "€", "£", "¥", "¢"]

    /// Scales an indefinite count can count: "tens of thousands".
    static let pluralScales: WordMap<Double> = ["hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000]

    /// "a 34-year-old": the unit of an age.
    static let ageUnits: WordMap<String> = ["year-old": "year", "month-old": "month", "week-old": "week", "day-old": "day"]
    /// Capital letters written onto a number as its scale: "3M", ".0012G".
    static let letterScales: WordMap<Double> = ["m": 1e6, "g": 1e9, "b": 1e9, "k": 1e3]
    /// "a couple of", "a pair", "a few".
    static let smallCounts: WordMap<Double> = ["couple": 2, "pair": 2, "few": 3]

    /// A cheap test that rules out most positions before the full match is tried.
    func canStart(_ i: Int, _ r: Range<Int>) -> Bool {
        let kind = tokens[i].kind
        if kind == .number { return true }
        let flags = tokens[i].flags
        if flags.contains(.numberWord) { return true }
        // Hedges, "between", "a", symbols and the like begin a quantity only with a number close behind.
        if flags.contains(.quantityStart) || kind == .symbol { return numberAhead(after: i, r, within: 4) }
        guard kind == .word else { return (tokens[i].key == "-" || tokens[i].key == ".") && numberAhead(after: i, r, within: 1) }
        if spellsNumber(i) { return true }
        if tokens[i].isAllCaps && words[i].utf8.count == 3 { return numberAhead(after: i, r, within: 1) }
        // A currency name before a number: "ringgit 42".
        if r.contains(i + 1), tokens[i + 1].kind == .number || r.contains(i + 2) && tokens[i + 2].kind == .number,
           flags.contains(.currencyWord) || currencyFirstWords.contains(tokens[i].key) { return true }
        return false
    }

    /// A word with digits in it ("USD3.14", "5km") or a hyphenated number ("twenty-five").
    func spellsNumber(_ i: Int) -> Bool {
        let flags = tokens[i].flags
        return flags.contains(.hasDigit) || flags.contains(.hasHyphen) && NumberParser.hyphenated(words[i]) != nil
    }

    /// Whether a number, number word or currency word ("a dollar") follows within `within` tokens.
    func numberAhead(after i: Int, _ r: Range<Int>, within: Int) -> Bool {
        var k = i + 1
        while k <= i + within && k < r.upperBound {
            if tokens[k].kind == .number || tokens[k].kind == .symbol { return true }
            let flags = tokens[k].flags
            if flags.contains(.numberWord) || flags.contains(.currencyWord) { return true }
            if tokens[k].kind == .word, spellsNumber(k) { return true }
            k += 1
        }
        return false
    }

    /// Appends the quantities of `r` to `out`.
    func matches(in r: Range<Int>, into out: inout [QuantityMatch]) {
        var i = r.lowerBound
        while i < r.upperBound {
            guard !taken[i], canStart(i, r) else {
                i += 1
                continue
            }
            if let end = scoreEnd(at: i, r) {
                i = end  // "beat Medvedev 6-3, 7-6", "won 4-0": a score counts nothing
            } else if EntityRecognizer.numbersName(i, r, tokens) {
                i += 1  // "Route 9", "Flight 370": the number is part of a name
            } else if tokens[i].key == "zero", key(i + 1, r).isOne(of: "tolerance", "hour") {
                i += 2  // "zero tolerance", "zero hour": a word of an idiom, no count
            } else if key(i - 1, r) == "number", tokens[i].kind == .number || Lexicon.smallNumbers[tokens[i].key] != nil {
                i += 1  // "world number one", "number 10": a rank, no count
            } else if var m = match(at: i, r) {
                i = m.tokens.upperBound
                // "$3.1 billion, below the 3.3 billion analysts had expected": the forecast's
                // currency is the amount's it is compared with.
                if m.quantity.currency == nil, m.quantity.unit == nil, forecastBy(at: i, r),
                   let compared = out.last(where: { $0.quantity.currency != nil && r.contains($0.tokens.lowerBound) }) {
                    m.quantity.currency = compared.quantity.currency
                }
                out.append(m)  // last: the match moves into the array, not copied
            } else {
                i += 1
            }
        }
    }

    /// Who forecast the amount before `i`, with their verb: "the $395 million analysts had
    /// forecast" counts no analysts.
    func forecastBy(at i: Int, _ r: Range<Int>) -> Bool {
        r.contains(i + 1) && (tokens[i + 1].flags.contains(.auxiliary) || tokens[i + 1].flags.contains(.verb))
            && QuantityRecognizer.forecasters.contains(tokens[i].key)
    }

    /// People who forecast amounts in the news.
    static let forecasters: WordSet = ["analysts", "economists", "experts", "forecasters", "traders", "investors", "markets", "pollsters"]

    /// The end of a score at `i`: two small whole numbers joined by a hyphen, the first not below
    /// the second ("6-3", "1-1"; a range climbs: "40-55"), or either way round next to such a
    /// score in a list of sets ("6-4, 3-6, 7-5").
    func scoreEnd(at i: Int, _ r: Range<Int>) -> Int? {
        guard let (a, b) = pair(at: i, r) else { return nil }
        if b <= a { return i + 3 }
        func isScore(_ k: Int) -> Bool { k >= r.lowerBound && pair(at: k, r).map { $0.1 <= $0.0 } == true }
        return key(i - 1, r) == "," && isScore(i - 4) || key(i + 3, r) == "," && isScore(i + 4) ? i + 3 : nil
    }

    /// Two whole numbers below 100 joined by a hyphen at `i`: "6-4".
    func pair(at i: Int, _ r: Range<Int>) -> (Int, Int)? {
        guard r.contains(i), tokens[i].kind == .number, key(i + 1, r) == "-", r.contains(i + 2), tokens[i + 2].kind == .number,
              !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore,
              let a = Int(words[i]), let b = Int(words[i + 2]), a < 100, b < 100 else { return nil }
        return (a, b)
    }

    func hedge(at i: Int, _ r: Range<Int>) -> (QuantityBoundKind, Bool, Int)? {
        guard let tails = Lexicon.hedgesByFirstWord[tokens[i].key] else { return nil }
        // "handed over six bronzes", "turned over 40 files": the verb's particle, not a bound.
        if tokens[i].key == "over", i - 1 >= r.lowerBound,
           VerbLexicon.lemma(tokens[i - 1].key).map({ $0.isOne(of: "hand sign turn") }) == true { return nil }
        // The longest hedge that the following words spell.
        for tail in tails where i + 1 + tail.rest.count <= r.upperBound {
            if tail.rest.indices.allSatisfy({ tokens[i + 1 + $0].key == tail.rest[$0] }) {
                return (tail.bound, tail.approximate, 1 + tail.rest.count)
            }
        }
        return nil
    }

    func match(at i: Int, _ r: Range<Int>) -> QuantityMatch? {
        var bound = QuantityBoundKind.exact
        var approximate = false
        var j = i
        var rangeOpener: String? = nil
        if key(i, r) == "between" || key(i, r) == "from" {
            rangeOpener = lower(i, r)
            j = i + 1
        } else if let (b, a, length) = hedge(at: i, r) {
            bound = b
            approximate = a
            j = i + length
            // "around 1,500 to 2,200"
        }
        guard let first = amount(at: j, r) else { return nil }
        if j > i, rangeOpener == nil, key(i, r) == "some" && first.value < 2 { return nil }
        var end = first.end
        var quantity = Quantity(text: "", bound: .exact, approximate: approximate, currency: first.currency)
        // Ranges: "1,500 to 2,200", "40-55", "between 10 and 20", "two or three".
        let joiner = lower(end, r)
        // "dropped by 38,000 to 1.42 million": a change and the level it reached, not a range.
        let joinerOK = rangeOpener == "between" ? joiner == "and" : joiner.isOne(of: "to - \u{2013} or") && !(joiner == "to" && key(i - 1, r) == "by")
        if joinerOK, let second = amount(at: end + 1, r, currency: first.currency), second.value > first.value,
           !taken[end + 1], second.unit == first.unit || first.unit == nil || second.unit == nil,
           !(first.unit == "percent" && second.currency != nil), !(second.unit == "percent" && first.currency != nil),
           // "lost 1.2% to 5,104.35 points": a change in percent, then the level it reached.
           !(first.unit == "percent" && second.unit != "percent"),
           first.currency == nil || second.currency == nil || first.currency == second.currency {
            // A scale or currency written once applies to both ends: "$5 to $7 million", "3 to 4 billion".
            var low = first.value
            let scale = scaleOf(second, r)
            if scale > 1, scaleOf(first, r) == 1, low * scale <= second.value { low *= scale }
            quantity.min = low
            quantity.max = second.value
            quantity.bound = .range
            quantity.currency = first.currency ?? second.currency
            end = second.end
            quantity.unit = second.unit ?? first.unit
        } else {
            if rangeOpener != nil { return nil }
            if first.indefinite {
                quantity.min = first.value
                quantity.bound = .lower
                quantity.approximate = true
            } else {
                switch bound {
                case .exact: quantity.value = first.value; quantity.bound = .exact
                case .lower: quantity.value = first.value; quantity.min = first.value; quantity.bound = .lower
                case .upper: quantity.value = first.value; quantity.max = first.value; quantity.bound = .upper
                }
            }
            quantity.unit = first.unit
        }
        // Ages: "a 34-year-old man" → 34 years.
        if quantity.unit == nil, key(end, r) == "-", r.contains(end + 1), !tokens[end].spaceBefore,
           let age = QuantityRecognizer.ageUnits[tokens[end + 1].key] {
            quantity.unit = age
            end += 2
        }
        // A number joined to its unit before the noun it describes: "a 72-hour strike", "a 30-km
        // stretch", "a 96-page opinion" → 72 hours, 30 km, 96 pages.
        if quantity.currency == nil, quantity.unit == nil, key(end, r) == "-", r.contains(end + 2), !tokens[end].spaceBefore,
           !tokens[end + 1].spaceBefore, tokens[end + 1].kind == .word, !tokens[end + 1].isCapitalized,
           key(end + 2, r) != "-", QuantityRecognizer.ageUnits[tokens[end + 1].key] == nil, tokens[end + 1].key != "magnitude" {
            let w = words[end + 1]
            if let measure = Lexicon.unitsOfMeasure[w] {
                quantity.unit = measure
            } else if tokens[end + 1].flags.contains(.timeUnit) || tokens[end + 2].kind == .word && !tokens[end + 2].isCapitalized
                        && !tokens[end + 2].flags.contains(.functionWord) && !tokens[end + 2].flags.contains(.preposition) {
                quantity.unit = singular(w)
            }
            if quantity.unit != nil { end += 2 }
        }
        // An earthquake's size: "a magnitude 6.2 earthquake", "a 6.2-magnitude quake", "7.1 on the
        // Richter scale" — the scale is the unit, not the quake counted.
        var start = i
        if quantity.currency == nil && quantity.unit == nil {
            if i == j, key(i - 1, r) == "magnitude", !taken[i - 1] {
                quantity.unit = "magnitude"
                start = i - 1
            } else if key(end, r) == "-", key(end + 1, r) == "magnitude", !tokens[end].spaceBefore {
                quantity.unit = "magnitude"
                end += 2
            } else if key(end, r) == "on", key(end + 1, r) == "the", key(end + 2, r) == "richter", key(end + 3, r) == "scale" {
                quantity.unit = "magnitude"
                end += 4
            }
        }
        if quantity.currency == nil && quantity.unit == nil, let (unit, unitEnd) = countedNoun(after: end, r, value: first.value) {
            quantity.unit = unit
            if let unitEnd { end = unitEnd }
        }
        quantity.value = quantity.value.map(QuantityRecognizer.asWritten)
        quantity.min = quantity.min.map(QuantityRecognizer.asWritten)
        quantity.max = quantity.max.map(QuantityRecognizer.asWritten)
        return QuantityMatch(tokens: start..<end, quantity: quantity)
    }

    /// A scaled amount as it was written: 4.1 × 10⁹ is 4099999999.9999995 in binary, and "$4.1
    /// billion" means 4100000000.
    static func asWritten(_ x: Double) -> Double {
        let whole = x.rounded()
        return whole != x && abs(x - whole) <= abs(x) * 1e-12 ? whole : x
    }

    /// The scale word (million, billion) of an amount, as a multiplier; 1 when none.
    func scaleOf(_ a: Amount, _ r: Range<Int>) -> Double {
        let w = key(a.end - 1, r)
        return Lexicon.scales[w] ?? 1
    }

    /// A number with its currency, scale and measure: "$100 million", "1,500", "two dozen", "5 km", "12%".
    func amount(at start: Int, _ r: Range<Int>, currency inherited: String? = nil) -> Amount? {
        guard r.contains(start), !taken[start] else { return nil }
        var i = start
        var currency: String? = nil
        // Currency before: "$", "US$", "USD", "€".
        var sign = 1.0
        // "minus 5", "negative 504", "-1,200" (a dash stuck to the number).
        if key(i, r) == "minus" || key(i, r) == "negative" { sign = -1; i += 1 }
        else if key(i, r) == "-", key(i + 1, r) == ".", r.contains(i + 2), tokens[i + 2].kind == .number,
                !tokens[i + 1].spaceBefore { sign = -1; i += 1 }  // "-.5"
        else if key(i, r) == "-", r.contains(i + 1), tokens[i + 1].kind == .number,
                !tokens[i + 1].spaceBefore && tokens[i].spaceBefore || i == r.lowerBound { sign = -1; i += 1 }
        if key(i, r) == "us", key(i + 1, r) == "$", !tokens[i + 1].spaceBefore { currency = "USD"; i += 2 }
        else if let c = Lexicon.currencySymbols[key(i, r)] { currency = c; i += 1 }
        else if let c = Lexicon.currencyPrefixes[key(i, r)], r.contains(i + 1), tokens[i + 1].kind == .number || key(i + 1, r) == "." {
            currency = c
            i += key(i + 1, r) == "." ? 2 : 1
        }
        else if tokens[i].isAllCaps, isCode(lower(i, r)), r.contains(i + 1), tokens[i + 1].kind == .number {
            currency = words[i].uppercased(); i += 1
        }
        if currency == nil, r.contains(i), tokens[i].kind == .word, let c = currencyWord(at: i, r), r.contains(c.end),
           tokens[c.end].kind == .number, Lexicon.currencyWords[tokens[i].key] == nil || words[i].utf8.count > 5 {
            currency = c.code
            i = c.end
        }
        guard r.contains(i) else { return nil }
        var value: Double
        var end: Int
        var unit: String? = nil
        let t = tokens[i]
        // A code written onto the number: "USD3.14", "GBP3.01", "Rs20".
        if currency == nil, t.kind == .word, let (code, number) = attachedCode(words[i]), let (v, suffix) = NumberParser.digits(number), suffix.isEmpty {
            var a = Amount(value: sign * v, end: i + 1, currency: code)
            // "USD3.14": the tokenizer left ".14" apart.
            if key(i + 1, r) == ".", r.contains(i + 2), !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore,
               tokens[i + 2].kind == .number, let (fraction, _) = NumberParser.digits("0." + words[i + 2]) {
                a.value = sign * (v + fraction)
                a.end = i + 3
            }
            if let scale = Lexicon.scales[key(i + 1, r)], lower(i + 1, r).count > 1 { a.value *= scale; a.end += 1 }
            return a
        }
        // "a dollar", "one euro"
        let isArticle = tokens[i].key == "a" || tokens[i].key == "an"
        if isArticle, let c = currencyWord(at: i + 1, r) {
            return Amount(value: 1, end: c.end, currency: c.code)
        }
        if tokens[i].key == ".", r.contains(i + 1), tokens[i + 1].kind == .number, !tokens[i + 1].spaceBefore,
           let (v, suffix) = NumberParser.digits("0." + words[i + 1]),
           suffix.isEmpty || tokens[i + 1].isCapitalized && suffix.isOne(of: "m g b k") {
            // ".77", ".0012G"
            value = v * (QuantityRecognizer.letterScales[suffix] ?? 1)
            end = i + 2
        } else if tokens[i].key == "point", r.contains(i + 1), tokens[i + 1].kind == .number,
                  let (v, suffix) = NumberParser.digits("0." + words[i + 1]), suffix.isEmpty {
            value = v  // "point 77"
            end = i + 2
        } else if isArticle, let n = QuantityRecognizer.smallCounts[key(i + 1, r)] {
            // "a couple of", "a pair", "a few"
            value = n
            end = i + 2 + (key(i + 2, r) == "of" ? 1 : 0)
        } else if t.kind == .number, key(i + 1, r) == "/", r.contains(i + 2), tokens[i + 2].kind == .number,
                  !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, !taken[i + 2],
                  let (a, s1) = NumberParser.digits(words[i]), let (b, s2) = NumberParser.digits(words[i + 2]),
                  s1.isEmpty, s2.isEmpty, b != 0 {
            value = a / b  // "1/5", "20/100"
            end = i + 3
        } else if t.kind == .number {
            guard !taken[i], let (v, suffix) = NumberParser.digits(words[i]) else { return nil }
            if OrdinalReader.suffixes.contains(suffix) { return nil }  // ordinals
            if key(i + 1, r) == ":" { return nil }
            value = v
            end = i + 1
            if !suffix.isEmpty {
                if currency == nil, suffix == "us", key(end, r) == "$" {
                    currency = "USD"  // "3.14US$"
                    end += 1
                } else if t.isCapitalized, let scale = QuantityRecognizer.letterScales[suffix] {
                    value *= scale  // "3M", "1.2M": a capital letter is a scale, a small one a unit
                } else if t.isCapitalized, suffix.isOne(of: "c f"), let degrees = Lexicon.temperatureScales[suffix] {
                    unit = degrees  // "46.2C", "98F"
                } else if currency == nil, let code = codeFor(suffix) {
                    // "20Rs", "42MYR", "3.14US$"
                    currency = code
                    if suffix == "us", key(end, r) == "$" { end += 1 }
                } else if let scale = Lexicon.scales[suffix], currency != nil || suffix == "bn" || suffix == "k" || suffix == "mn" { value *= scale }
                else if let u = Lexicon.unitsOfMeasure[suffix] { unit = u }
                else if suffix == "s" { return nil }  // "1990s" is a decade
                else { return nil }
            }
        } else if let indefinite = Lexicon.indefiniteCounts[tokens[i].key], key(i + 1, r) == "of" {
            // "tens of thousands of people", "hundreds of millions of dollars": at least 20 thousand,
            // 200 million.
            if let scale = QuantityRecognizer.pluralScales[key(i + 2, r)] {
                let end = key(i + 3, r) == "of" ? i + 4 : i + 3
                return Amount(value: indefinite * scale, end: end, currency: currency, unit: nil, indefinite: true)
            }
            return Amount(value: indefinite, end: i + 2, currency: currency, unit: nil, indefinite: true)
        } else if let (v, e) = NumberParser.words(words, i, r.upperBound) {
            // "one of the …", "no one", "the one": a pronoun, not a count.
            if tokens[i].key == "one" && (key(e, r) == "of" || key(i - 1, r).isOne(of: "no", "any", "every", "some", "each", "the", "this", "that", "which")) {
                return nil
            }
            // "the previous one", "a bigger one": after a word that describes, "one" stands for a noun.
            if tokens[i].key == "one", key(i - 1, r).isOne(of: "previous", "last", "next", "new", "other", "latest", "first", "second", "only", "same") {
                return nil
            }
            value = v
            end = e
        } else {
            return nil
        }
        // "1 point 1", "point 77" is read as words: "one point five".
        if key(end, r) == "point", r.contains(end + 1), tokens[end + 1].kind == .number,
           let (fraction, suffix) = NumberParser.digits("0." + words[end + 1]), suffix.isEmpty, value.rounded() == value {
            value += fraction
            end += 2
        }
        // Scale words: "100 million", "2.5 bn", "$3m".
        if let scale = Lexicon.scales[key(end, r)], !key(end, r).isOne(of: "k", "b"),
           key(end, r) != "m" || currency != nil || inherited != nil {
            if key(end, r) != "hundred" || value < 100 {
                value *= scale
                end += 1
            }
        }
        // Currency after: "500 euros", "20 USD", "10$", "20€"; percent: "12%", "12 percent", "12 per cent".
        let next = lower(end, r)
        if currency == nil, let c = Lexicon.currencySymbols[next] {
            currency = c
            end += 1
        } else if currency == nil, let c = currencyWord(at: end, r) {
            currency = c.code
            if next.isOne(of: "cent cents ¢ pennies penny pence c") { value /= 100 }
            end = c.end
        } else if currency == nil, r.contains(end), tokens[end].isAllCaps, isCode(next) {
            currency = next.uppercased()
            end += 1
        } else if currency == nil, r.contains(end), tokens[end].isCapitalized, let c = Lexicon.currencyPrefixes[next] {
            currency = c  // "42 RM", "500 Rs"
            end += 1
        } else if next == "%" || next == "percent" {
            unit = "percent"
            end += 1
        } else if next == "per", key(end + 1, r) == "cent" {
            unit = "percent"
            end += 2
        } else if next.isOne(of: "basis percentage"), key(end + 1, r).isOne(of: "point", "points") {
            unit = next + " point"  // "150 basis points", "2 percentage points"
            end += 2
        } else if unit == nil, next == "°" || next == "degrees" || next == "degree", r.contains(end + 1), tokens[end + 1].isCapitalized,
                  let scale = Lexicon.temperatureScales[lower(end + 1, r)] {
            unit = scale  // "41 degrees Celsius", "105°F"
            end += 2
        } else if unit == nil, next.isOne(of: "parts part"), key(end + 1, r) == "per", key(end + 2, r).isOne(of: "million", "billion") {
            unit = "part per " + words[end + 2]  // "900 parts per million"
            end += 3
        } else if unit == nil, next == "ppm" {
            unit = "part per million"
            end += 1
        } else if unit == nil, next == "light", key(end + 1, r).isOne(of: "years", "year") {
            unit = "light year"  // "about 120 light years from Earth"
            end += 2
        } else if unit == nil, let u = Lexicon.unitsOfMeasure[next], next != "per", next != "t" {
            unit = u
            end += 1
            // "110 km/h", "60 miles per hour": a speed.
            if key(end, r) == "/", key(end + 1, r).isOne(of: "h", "hr"), !tokens[end].spaceBefore {
                unit = u + " per hour"
                end += 2
            } else if key(end, r) == "per", key(end + 1, r).isOne(of: "hour", "hr") {
                unit = u + " per hour"
                end += 2
            }
        }
        // "20 dollars 43 cents", "$20 and 43c": the cents join the amount.
        if currency != nil, unit == nil {
            var k = end
            if key(k, r) == "and" { k += 1 }
            var centsValue: (Double, String, Int)? = nil
            if r.contains(k), tokens[k].kind == .number, let (c, suffix) = NumberParser.digits(words[k]) { centsValue = (c, suffix, k + 1) }
            else if r.contains(k), let (c, e) = NumberParser.words(words, k, r.upperBound) { centsValue = (c, "", e) }
            if let (cents, suffix, afterNumber) = centsValue, cents < 100, cents.rounded() == cents, suffix.isEmpty || suffix == "c" {
                var e = afterNumber
                let after = lower(e, r)
                if after.isOne(of: "cents cent c sen sens pence p kopiykas kopiyka") { e += 1 }
                let endsHere = !r.contains(e) || tokens[e].kind == .punctuation
                if suffix == "c" || e > afterNumber || endsHere {
                    value += cents / 100
                    end = e
                }
            }
        }
        return Amount(value: sign * value, end: end, currency: currency ?? inherited, unit: unit)
    }

    /// ISO 4217 code or common prefix ("rs") for a lowercase word, if it is one.
    func codeFor(_ w: String) -> String? {
        if let c = Lexicon.currencyPrefixes[w] { return c }
        return isCode(w) ? w.uppercased() : nil
    }

    func isCode(_ w: String) -> Bool {
        w.utf8.count == 3 && (Lexicon.currencyCodes.contains(w) || gazetteer.currencyCodes.contains(w.uppercased()))
    }

    /// "usd3.14" → ("USD", "3.14").
    func attachedCode(_ w: String) -> (String, String)? {
        guard w.utf8.count <= 16, w.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        guard let firstDigit = w.firstIndex(where: { $0.isNumber }), firstDigit > w.startIndex else { return nil }
        let letters = String(w[..<firstDigit])
        guard let code = codeFor(letters) else { return nil }
        return (code, String(w[firstDigit...]))
    }

    /// A currency word or name at `i` ("dollars", "euros", "Egyptian pounds", "qatari riyals"), with where it ends.
    func currencyWord(at i: Int, _ r: Range<Int>) -> (code: String, end: Int)? {
        guard r.contains(i), tokens[i].kind != .number, tokens[i].kind != .punctuation else { return nil }
        if Lexicon.currencyWords[tokens[i].key] == nil && !currencyFirstWords.contains(tokens[i].key) { return nil }
        // "LE 5" and "5 le" are Egyptian pounds, "Le Mans" is not.
        if tokens[i].key == "le", tokens[i].isCapitalized, !tokens[i].isAllCaps { return nil }
        for length in stride(from: 3, through: 1, by: -1) where i + length <= r.upperBound {
            let phrase = Array(words[i..<(i + length)])
            guard phrase.allSatisfy({ $0.first?.isLetter == true || $0 == "¢" }) else { continue }
            var name = phrase.joined(separator: " ")
            if let code = gazetteer.currencyNames[name] { return (code, i + length) }
            if name.endsWith("s") {
                name.removeLast()
                if let code = gazetteer.currencyNames[name] { return (code, i + length) }
            }
            if length == 1, let code = Lexicon.currencyWords[phrase[0]] { return (code, i + 1) }
        }
        return nil
    }

    /// The noun being counted: "1,500 fighters" → "fighter", "over 1,400 of its fighters" → "fighter",
    /// "13 US troops" → "troop". Returns the unit and, when it directly follows, the index after it.
    func countedNoun(after end: Int, _ r: Range<Int>, value: Double) -> (String, Int?)? {
        if forecastBy(at: end, r) { return nil }
        var k = end
        if key(k, r) == "of", key(k + 1, r).isOne(of: "its", "the", "their", "his", "her", "our", "these", "those", "whom", "which") {
            k += 2
            // "three of the last four World Cup races": a span and its count before the noun.
            if key(k, r).isOne(of: "last", "first", "next", "past", "previous", "top"), r.contains(k + 1),
               tokens[k + 1].kind == .number || Lexicon.smallNumbers[tokens[k + 1].key] != nil { k += 2 }
        }
        var firstCandidate: (String, Int)? = nil
        // "four more increases", "two new plants": a quantifying word before the noun.
        while key(k, r).isOne(of: "more", "additional", "extra", "further", "new", "other", "separate", "different") { k += 1 }
        for offset in 0..<4 {
            let idx = k + offset
            guard r.contains(idx), tokens[idx].kind == .word, !taken[idx] else { break }
            let w = words[idx]
            if tokens[idx].isCapitalized {
                // A name modifier ("US troops") can sit between the number and the noun.
                if offset < 2 { continue }
                break
            }
            if tokens[idx].flags.contains(.functionWord) { break }
            // The mention runs through the noun when only lowercase words stand between: "600 cell tests".
            let reaches = (end..<idx).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized && !tokens[$0].flags.contains(.functionWord) }
            if let irregular = Lexicon.irregularPlurals[w] { return (irregular, reaches ? idx + 1 : nil) }
            // "37 new measles cases": a noun with the look of a plural that is none, before the noun counted.
            if QuantityRecognizer.singularsInS.contains(tokens[idx].key) {
                if r.contains(idx + 1), tokens[idx + 1].kind == .word, !tokens[idx + 1].isCapitalized, isPlural(words[idx + 1]) { continue }
                return (w, reaches ? idx + 1 : nil)
            }
            let plural = isPlural(w)
            // "aged 19 and 22 remain": a verb, not what is counted; but "14 abandoned vehicles",
            // "two stolen cars" count the noun after the participle.
            if !plural, tokens[idx].flags.contains(.verb) {
                if offset == 0, w.endsWith("ed") || w.endsWith("en") || VerbLexicon.irregular[tokens[idx].key] != nil, r.contains(idx + 1),
                   tokens[idx + 1].kind == .word,
                   !tokens[idx + 1].isCapitalized, isPlural(words[idx + 1]) || Lexicon.irregularPlurals[words[idx + 1]] != nil { continue }
                break
            }
            if value == 1 || plural {
                let noun = plural ? singular(w) : w
                if value != 1 || !isAdjectiveLike(w) { return (noun, reaches ? idx + 1 : nil) }
            }
            if firstCandidate == nil, !isAdjectiveLike(w) { firstCandidate = (w, idx) }
        }
        if let (w, idx) = firstCandidate { return (singular(w), idx == end ? idx + 1 : nil) }
        return nil
    }

    /// Nouns that end in "s" in the singular: "measles", "news", "species".
    static let singularsInS: WordSet = [
        "measles", "mumps", "rabies", "herpes", "diabetes", "scabies", "news", "series", "species", "headquarters",
        "means", "crossroads", "barracks", "physics", "economics", "politics", "athletics", "logistics", "electronics",
    ]

    func isPlural(_ w: String) -> Bool {
        w.utf8.count > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("'s")
            || Inflection.isPluralInMen(w)
    }

    func isAdjectiveLike(_ w: String) -> Bool {
        w.utf8.count > 4 && (w.endsWith("est") || w.endsWith("ous") || w.endsWith("ful") || w.endsWith("ive") || w.endsWith("ic")
            || w.endsWith("al") || w.endsWith("ish") || w.endsWith("less") || w.endsWith("ed") || w.endsWith("ing"))
    }

    func singular(_ w: String) -> String { Inflection.singular(w) }
}

/// Noun inflection.
enum Inflection {
    /// Singular nouns that end in "men" as the plurals of "-man" do.
    static let singularsInMen: WordSet = ["specimen", "abdomen", "regimen", "acumen", "semen", "stamen", "hymen", "bitumen", "albumen"]

    /// "businessmen", "gunmen", "women": the plural of a noun in "-man".
    static func isPluralInMen(_ w: String) -> Bool {
        w.utf8.count > 4 && w.endsWith("men") && !singularsInMen.contains(WordKey(w))
    }

    /// The singular of a plural noun: "fighters" → "fighter", "casualties" → "casualty", "clashes" → "clash".
    static func singular(_ w: String) -> String {
        if let irregular = Lexicon.irregularPlurals[w] { return irregular }
        if isPluralInMen(w) { return String(w.dropLast(3)) + "man" }  // "businessmen" → "businessman"
        guard w.utf8.count > 3, w.endsWith("s"), !w.endsWith("ss"), !w.endsWith("us"), !w.endsWith("is") else { return w }
        if w.endsWith("ies") { return String(w.dropLast(3)) + "y" }
        // "blazes", "prizes", "headaches": an "e" of the word's own.
        if w.endsWith("zes") && !w.endsWith("zzes") || w.endsWith("aches") {
            return String(w.dropLast())
        }
        if w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zzes") || w.endsWith("oes") {
            return String(w.dropLast(2))
        }
        return String(w.dropLast())
    }
}
