import FactModel

/// A time expression found in a sentence: its tokens and normalized value.
struct TimeMatch: Sendable {
    var tokens: Range<Int>
    var point: TimePoint
    var mod: String?
    var signal: String?
    /// "since 2017" covers the span up to the document date.
    var extendsToDocumentDate = false
}

/// Finds and normalizes time expressions (TIMEX3) in token streams.
///
/// Absolute dates are read as written; partial dates take their year from the document date;
/// relative ones ("yesterday", "on Tuesday", "last week", "three days ago") count from the
/// document date; chained ones ("a day after", "two days later") from the nearest preceding
/// explicit day, which is the `anchor` the caller carries through the document ("two months
/// later" also from a month, "three years later" from a year, when no day came after them).
struct TimeRecognizer: TokenReader {
    let tokens: [Token]
    /// Each token lowercased.
    let words: [String]
    let documentDate: CalendarDate

    /// Signal words that frame a time expression.
    static let signals: WordSet = [
        "since", "by", "until", "till", "in", "on", "before", "after", "from", "during", "through", "at",
        "to", "between", "within", "throughout", "around", "as", "of",
    ]

    static let unitLetters: WordMap<(String, Int)> = [
        "second": ("S", 0), "seconds": ("S", 0), "minute": ("M", 0), "minutes": ("M", 0), "hour": ("H", 0),
        "hours": ("H", 0), "day": ("D", 1), "days": ("D", 1), "week": ("W", 7), "weeks": ("W", 7),
        "month": ("M", 30), "months": ("M", 30), "year": ("Y", 365), "years": ("Y", 365),
        "decade": ("Y", 3650), "decades": ("Y", 3650), "fortnight": ("W", 14), "fortnights": ("W", 14),
        "sec": ("S", 0), "secs": ("S", 0), "min": ("M", 0), "mins": ("M", 0), "hr": ("H", 0), "hrs": ("H", 0),
        "yr": ("Y", 365), "yrs": ("Y", 365), "wk": ("W", 7), "wks": ("W", 7),
    ]


    /// Words that can begin a time expression (besides numbers, months, weekdays, seasons, ordinals).
    static let startWords: WordSet = [
        "today", "tonight", "yesterday", "tomorrow", "now", "currently", "presently", "recently", "lately", "formerly",
        "previously", "this", "last", "next", "past", "coming", "current", "previous", "following", "upcoming", "early",
        "late", "mid", "middle", "end", "beginning", "start", "from", "a", "an", "eom", "bom", "eoy", "boy", "noon",
        "midnight", "midday",
    ]
    /// Words between an article and a unit of time: "a few days", "a couple of weeks", "a full year".
    /// Words before a counted period from today: "the past two weeks", "next three months".
    static let countedSpanStarts: WordSet = ["last", "past", "next", "previous", "coming"]
    /// Words between a count and its unit: "two more weeks", "three consecutive days".
    static let countModifiers: WordSet = ["more", "additional", "extra", "further", "full", "straight", "consecutive"]
    static let afterArticle: WordSet = ["few", "couple", "half", "full", "further", "more", "additional", "extra", "single", "number", "dozen", "quarter"]

    /// Short unit names: "next yr", "last qtr".
    static let unitAbbreviations: WordMap<String> = ["yr": "year", "qtr": "quarter", "wk": "week", "mo": "month"]

    /// Era markers after a year: "14 AD", "800 C.E.".
    static let eraWords: WordSet = ["ad", "a.d.", "a.d", "ce", "c.e.", "c.e"]

    /// Words after "the" that can continue a time expression.
    static let afterThe: WordSet = [
        "end", "beginning", "start", "middle", "day", "next", "following", "month", "year", "week", "previous", "current",
        "past", "last", "first", "second", "third", "fourth", "fifth", "1990s", "spring", "summer", "autumn", "fall", "winter",
        "weekend",
    ]

    /// A cheap test that rules out most positions before the full match is tried.
    func canStart(_ i: Int, _ r: Range<Int>) -> Bool {
        let kind = tokens[i].kind
        if kind == .number { return true }
        if kind != .word { return false }
        if tokens[i].flags.contains(.timeStart) {
            // "a day after", "an hour", "a few weeks": an article starts a time only before its unit.
            let w = tokens[i].key
            guard w == "a" || w == "an" else { return true }
            guard r.contains(i + 1) else { return false }
            // "a second term": an ordinal before its noun, not a duration.
            if tokens[i + 1].key == "second", r.contains(i + 2), tokens[i + 2].kind == .word, !tokens[i + 2].flags.contains(.preposition),
               !tokens[i + 2].flags.contains(.functionWord) { return false }
            return tokens[i + 1].flags.contains(.timeUnit) || TimeRecognizer.afterArticle.contains(tokens[i + 1].key)
        }
        let key = tokens[i].key
        // "the end of", "the 15th", "the first Tuesday"
        if key == "the" {
            guard r.contains(i + 1) else { return false }
            // An ordinal word is flagged a time start, or hyphenated ("the twenty-first"): "the" before
            // any other word is no time, without reading the word.
            let next = tokens[i + 1].flags
            return tokens[i + 1].kind == .number || next.contains(.afterThe)
                || (next.contains(.timeStart) || next.contains(.hasHyphen)) && OrdinalReader.value(words[i + 1]) != nil
        }
        // "q3": two bytes, the first "q" (a word of two ASCII bytes has an exact key).
        if key.rawValue & 0xFF == 0x71, key.rawValue >> 8 != 0, key.rawValue >> 16 == 0 { return true }
        // One-word ordinals are flagged; what is left is hyphenated: "mid-2019", "twenty-first".
        guard tokens[i].flags.contains(.hasHyphen) else { return false }
        return words[i].startsWith("mid-") || OrdinalReader.value(words[i]) != nil || words[i].endsWith("-quarter") || words[i].endsWith("-half")
    }

    /// Appends the matches in `range` to `out` (which the caller empties per range): left to right,
    /// non-overlapping. `anchor` is updated with explicit days, months and years.
    func matches(in range: Range<Int>, anchor: inout TimeAnchor, into out: inout [TimeMatch]) {
        var i = range.lowerBound
        while i < range.upperBound {
            guard canStart(i, range) else {
                i += 1
                continue
            }
            if var m = match(at: i, range, anchor: anchor) {
                m = attachTimeOfDay(m, range)
                // "2 years 3 months", "1 year, 2 days and 4 seconds": one duration.
                if case .duration(let first) = m.point, var last = out.last, case .duration(let previous) = last.point,
                   (last.tokens.upperBound..<m.tokens.lowerBound).allSatisfy({ tokens[$0].key.isOne(of: "and", ",") }),
                   let merged = TimeRecognizer.mergeDurations(previous, first) {
                    last.tokens = last.tokens.lowerBound..<m.tokens.upperBound
                    last.point = .duration(merged)
                    out[out.count - 1] = last
                    i = m.tokens.upperBound
                    continue
                }
                m.signal = signal(before: m.tokens.lowerBound, range)
                if m.mod == nil, case .duration = m.point { m.mod = durationMod(before: m.tokens.lowerBound, range) }
                if m.signal == "since", m.point.interval != nil { m.extendsToDocumentDate = true }
                anchor.note(m.point, at: m.tokens.lowerBound)
                i = m.tokens.upperBound
                out.append(m)  // last: the match moves into the array, not copied
            } else {
                i += 1
            }
        }
    }

    /// "P2Y" + "P3M" → "P2Y3M"; "PT1H" + "PT15S" → "PT1H15S"; nil when the parts are out of order.
    static func mergeDurations(_ a: String, _ b: String) -> String? {
        let order = ["Y", "M", "W", "D", "TH", "TM", "TS"]
        func parts(_ v: String) -> [(String, String)] {
            var out: [(String, String)] = []
            var inTime = false
            var number = ""
            for c in v.dropFirst() {
                if c == "T" { inTime = true; continue }
                if c.isNumber || c == "." { number.append(c); continue }
                out.append(((inTime ? "T" : "") + String(c), number))
                number = ""
            }
            return out
        }
        let combined = parts(a) + parts(b)
        let ranks = combined.map { order.firstIndex(of: $0.0) ?? -1 }
        guard !ranks.contains(-1), zip(ranks, ranks.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        var out = "P"
        var inTime = false
        for (unit, number) in combined {
            if unit.startsWith("T") && !inTime { out += "T"; inTime = true }
            out += number + unit.suffix(1)
        }
        return out
    }

    func signal(before i: Int, _ range: Range<Int>) -> String? {
        let w = lower(i - 1, range)
        let wk = key(i - 1, range)
        if wk == "of", key(i - 2, range) == "as" { return "as of" }
        // "since at least 2023", "for more than a year": the signal before the hedge.
        if let hedge = hedgeLength(before: i, range), i - hedge > range.lowerBound { return signal(before: i - hedge, range) }
        return TimeRecognizer.signals.contains(wk) && wk != "of" && wk != "as" ? w : nil
    }

    func match(at i: Int, _ r: Range<Int>, anchor: TimeAnchor) -> TimeMatch? {
        if let range = leadingDayRange(at: i, r) { return range }
        if let single = singleMatch(at: i, r, anchor: anchor) {
            return rangeEnd(after: single, r) ?? yearRangeEnd(after: single, r) ?? durationSpan(single, r, anchor: anchor)
                ?? monthOfRelativeYear(single, r) ?? single
        }
        return nil
    }

    /// Extends a year to the range of years it opens: "from 2013 to 2022", "between 2013 and
    /// 2022" → 2013/2022, from the first day of the one to the last of the other.
    func yearRangeEnd(after m: TimeMatch, _ r: Range<Int>) -> TimeMatch? {
        guard m.mod == nil else { return nil }
        let j = m.tokens.upperBound
        let lead = key(m.tokens.lowerBound - 1, r)
        let joined = lead == "from" && key(j, r).isOne(of: "to", "through", "until")
            || lead == "between" && key(j, r) == "and"
        guard joined else { return nil }
        switch m.point {
        case .year(let a):
            guard r.contains(j + 1), tokens[j + 1].kind == .number, let b = year(words[j + 1]), b > a, b - a < 200 else { return nil }
            return TimeMatch(tokens: m.tokens.lowerBound..<(j + 2), point: .yearSpan(a, b), signal: m.signal)
        case .month(let y1, let m1) where m.tokens.contains(where: { tokens[$0].kind == .number }):
            // "between June 2021 and March 2023": both months with their years.
            guard let (m2, length) = monthAt(j + 1, r), case let k = j + 1 + length, r.contains(k), tokens[k].kind == .number,
                  let y2 = year(words[k]), y2 * 12 + m2 > y1 * 12 + m1, y2 - y1 < 200 else { return nil }
            return TimeMatch(tokens: m.tokens.lowerBound..<(k + 1), point: .monthSpan(y1, m1, y2, m2), signal: m.signal)
        default:
            return nil
        }
    }

    /// A month written without its year, then the year said relatively: "May last year" (May of
    /// the year before the document's), "in March this year"; and the first month of a pair that
    /// shares that year: "between March and May last year".
    func monthOfRelativeYear(_ m: TimeMatch, _ r: Range<Int>) -> TimeMatch? {
        guard case .month(_, let month) = m.point, !m.tokens.contains(where: { tokens[$0].kind == .number }) else { return nil }
        let j = m.tokens.upperBound
        if let y = relativeYear(at: j, r) {
            return TimeMatch(tokens: m.tokens.lowerBound..<(j + 2), point: .month(year: y, month: month), mod: m.mod)
        }
        if key(j, r).isOne(of: "and", "to", "-", "\u{2013}", "through", "until"), let (other, length) = monthAt(j + 1, r),
           let y = relativeYear(at: j + 1 + length, r) {
            // "between August and December last year", "from March to May this year": one span.
            let lead = key(m.tokens.lowerBound - 1, r)
            if other > month, m.mod == nil, lead == "between" && key(j, r) == "and" || lead == "from" && key(j, r) != "and" {
                return TimeMatch(tokens: m.tokens.lowerBound..<(j + 3 + length), point: .monthSpan(y, month, y, other))
            }
            return TimeMatch(tokens: m.tokens, point: .month(year: y, month: month), mod: m.mod)
        }
        return nil
    }

    /// The year of "last year", "this year" or "next year" at `j`.
    func relativeYear(at j: Int, _ r: Range<Int>) -> Int? {
        guard key(j + 1, r) == "year" else { return nil }
        switch key(j, r) {
        case "last": return documentDate.year - 1
        case "this": return documentDate.year
        case "next": return documentDate.year + 1
        default: return nil
        }
    }

    /// A day and a length joined: "from 18th Dec for 10 days", "for 10 days from 18th Dec" →
    /// the span from that day to the day the length runs out.
    func durationSpan(_ m: TimeMatch, _ r: Range<Int>, anchor: TimeAnchor) -> TimeMatch? {
        let j = m.tokens.upperBound
        switch m.point {
        case .day(let start):
            guard key(j, r) == "for", let length = countedPeriod(at: j + 1, r, anchor: anchor),
                  case .duration(let value) = length.point, let end = TimeRecognizer.adding(value, to: start) else { return nil }
            return TimeMatch(tokens: m.tokens.lowerBound..<length.tokens.upperBound, point: .span(start, end))
        case .duration(let value):
            guard key(j, r) == "from", let from = singleMatch(at: j + 1, r, anchor: anchor), case .day(let start) = from.point,
                  let end = TimeRecognizer.adding(value, to: start) else { return nil }
            return TimeMatch(tokens: m.tokens.lowerBound..<from.tokens.upperBound, point: .span(start, end))
        default:
            return nil
        }
    }

    /// A whole number of days, weeks, months or years ("P10D", "P2W") after `date`.
    static func adding(_ duration: String, to date: CalendarDate) -> CalendarDate? {
        guard duration.startsWith("P"), !duration.contains("T"), let unit = duration.last,
              let n = Int(duration.dropFirst().dropLast()), n > 0 else { return nil }
        switch unit {
        case "D": return date.adding(days: n)
        case "W": return date.adding(days: 7 * n)
        case "M": return date.adding(months: n)
        case "Y": return date.adding(months: 12 * n)
        default: return nil
        }
    }

    func singleMatch(at i: Int, _ r: Range<Int>, anchor: TimeAnchor) -> TimeMatch? {
        let w = words[i]
        // Fuzzy modifiers: early / mid / late / the end of / the beginning of …
        if let (mod, length) = modifier(at: i, r),
           let base = baseMatch(at: i + length, r, anchor: anchor)
            ?? (key(i + length, r) == "the" ? relativePeriod(at: i + length + 1, r) : nil) {
            if case .duration = base.point { return nil }
            return TimeMatch(tokens: i..<base.tokens.upperBound, point: base.point, mod: mod)
        }
        if w.startsWith("mid-"), let y = year(String(w.dropFirst(4))) {
            return TimeMatch(tokens: i..<(i + 1), point: .year(y), mod: "MID")
        }
        // "mid-August", "mid-March 2024": the month, its middle.
        if w.startsWith("mid-"), let month = Lexicon.months[WordKey(String(w.dropFirst(4)))], w.utf8.count >= 7 {
            if r.contains(i + 1), let y = year(words[i + 1]) {
                return TimeMatch(tokens: i..<(i + 2), point: .month(year: y, month: month), mod: "MID")
            }
            let point = TimePoint.month(year: inferYear(month: month, direction: bareMonthDirection(month, at: i, r)), month: month)
            return TimeMatch(tokens: i..<(i + 1), point: point, mod: "MID")
        }
        return baseMatch(at: i, r, anchor: anchor)
    }

    /// Time zones written after a clock time: "1400 GMT".
    static let zones: WordSet = ["gmt", "utc", "z", "et", "est", "edt", "cet", "cest", "bst", "pst", "pdt", "cst", "cdt", "jst", "ist"]

    /// "end of", "beginning of": the TIMEX3 mod of a part of a period.
    static let partModifiers: WordMap<String> = ["end": "END", "beginning": "START", "start": "START", "middle": "MID"]

    func modifier(at i: Int, _ r: Range<Int>) -> (String, Int)? {
        // "end of April", "beginning of 2017", "at the start of"
        let w = key(i, r)
        if key(i + 1, r) == "of", key(i - 1, r) != "the", let mod = TimeRecognizer.partModifiers[w] { return (mod, 2) }
        switch w {
        case "early": return ("START", 1)
        case "mid", "middle": return ("MID", key(i + 1, r) == "-" ? 2 : 1)
        case "late": return ("END", 1)
        case "the":
            let n = lower(i + 1, r)
            guard key(i + 2, r) == "of" else { return nil }
            if n == "end" { return ("END", 3) }
            if n == "beginning" || n == "start" { return ("START", 3) }
            if n == "middle" { return ("MID", 3) }
            return nil
        default: return nil
        }
    }

    func year(_ s: String) -> Int? {
        guard s.utf8.count == 4, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let y = Int(s), (1000...2199).contains(y) else { return nil }
        return y
    }

    func dayNumber(_ i: Int) -> Int? {
        guard tokens[i].kind == .number else { return nil }
        // One or two digits, with "st", "nd", "rd" or "th" after them or not; read from the bytes.
        var word = words[i]
        return word.withUTF8 { b -> Int? in
            var n = b.count
            for suffix: (UInt8, UInt8) in [(0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68)]
            where n >= 2 && b[n - 2] == suffix.0 && b[n - 1] == suffix.1 { n -= 2 }
            guard n >= 1 && n <= 2 else { return nil }
            var d = 0
            for k in 0..<n {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                d = d * 10 + Int(b[k] - 0x30)
            }
            return (1...31).contains(d) ? d : nil
        }
    }

    func monthAt(_ i: Int, _ r: Range<Int>) -> (month: Int, length: Int)? {
        guard r.contains(i), tokens[i].kind == .word, let m = Lexicon.months[tokens[i].key] else { return nil }
        // Lowercase, a month name must be unmistakable: a full name other than "may" and "march",
        // or any name next to a day number ("march 3", "15th february").
        if !tokens[i].isCapitalized {
            let w = words[i]
            let wk = tokens[i].key
            let nextIsDay = r.contains(i + 1) && tokens[i + 1].kind == .number
            let previousIsDay = r.contains(i - 1) && dayNumber(i - 1) != nil
                || key(i - 1, r) == "of" && r.contains(i - 2) && (dayNumber(i - 2) != nil || OrdinalReader.value(words[i - 2]) != nil)
                || r.contains(i + 1) && OrdinalReader.value(words[i + 1]) != nil
            let full = w.utf8.count > 4 && wk != "march"
            guard full || nextIsDay || previousIsDay || (wk == "june" || wk == "july") else { return nil }
        }
        // An abbreviation takes its period ("Sept."); a full name at a sentence's end does not.
        let abbreviated = words[i].utf8.count <= 4 && !tokens[i].key.isOne(of: "june", "july", "may")
        let length = abbreviated && key(i + 1, r) == "." && !tokens[i + 1].spaceBefore ? 2 : 1
        return (m, length)
    }

    func validDay(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? {
        d <= CalendarDate.daysIn(month: m, year: y) ? CalendarDate(year: y, month: m, day: d) : nil
    }

    /// The same month and day in the nearest year where it falls on `weekday` (the pattern repeats
    /// within 28 years): looking back in a sentence in the past tense, ahead otherwise; the date
    /// itself when none does.
    func nearestYear(of date: CalendarDate, onWeekday weekday: Int, _ r: Range<Int>) -> CalendarDate {
        let step = hasPastTense(r) ? -1 : 1
        for offset in 0..<28 {
            if let d = validDay(date.year + step * offset, date.month, date.day), d.weekday == weekday { return d }
        }
        return date
    }

    /// The first day `day` on or after the document's month that falls on `weekday`.
    func nearestMonth(withDay day: Int, onWeekday weekday: Int) -> CalendarDate? {
        for offset in 0..<24 {
            let month = documentDate.adding(months: offset)
            if let d = validDay(month.year, month.month, day), d >= documentDate, d.weekday == weekday { return d }
        }
        return nil
    }

    func baseMatch(at i: Int, _ r: Range<Int>, anchor: TimeAnchor) -> TimeMatch? {
        guard r.contains(i) else { return nil }
        let t = tokens[i]
        let w = words[i]
        let wk = tokens[i].key
        func m(_ end: Int, _ p: TimePoint, mod: String? = nil) -> TimeMatch { TimeMatch(tokens: i..<end, point: p, mod: mod) }

        // "last week's Sunday"
        if key(i + 1, r) == "week", key(i + 2, r) == "'s", wk == "last" || wk == "next" || wk == "this",
           let weekday = Lexicon.weekdays[key(i + 3, r)] {
            let offset = wk == "next" ? 1 : (wk == "last" ? -1 : 0)
            let monday = documentDate.adding(days: 1 - documentDate.weekday + 7 * offset)
            return m(i + 4, .day(monday.adding(days: weekday - 1)))
        }
        // "Wednesday of next week", "Tuesday this week", "Friday after next", "Sunday from last week"
        if let weekday = Lexicon.weekdays[wk], w.endsWith("day") {
            if key(i + 1, r) == "after", key(i + 2, r) == "next" {
                let monday = documentDate.adding(days: 8 - documentDate.weekday)
                return m(i + 3, .day(monday.adding(days: weekday - 1)))
            }
            var k = i + 1
            if key(k, r) == "from" { k += 1 }
            if key(k, r) == "of" { k += 1 }
            if key(k, r).isOne(of: "this", "next", "last", "current"), key(k + 1, r) == "week" {
                let offset = key(k, r) == "next" ? 1 : (key(k, r) == "last" ? -1 : 0)
                let monday = documentDate.adding(days: 1 - documentDate.weekday + 7 * offset)
                return m(k + 2, .day(monday.adding(days: weekday - 1)))
            }
        }
        // Weekday, optionally followed by a date: "Tuesday", "Tuesday, Aug. 31".
        if let weekday = Lexicon.weekdays[wk], t.isCapitalized || w.endsWith("day") || !wk.isOne(of: "sat", "sun", "wed"),
           w.utf8.count > 3 || key(i + 1, r) == "." || !wk.isOne(of: "sat", "sun", "wed", "mon") || t.isCapitalized {
            let abbreviated = !w.endsWith("day")
            var j = i + 1
            if abbreviated && key(j, r) == "." { j += 1 }
            if key(j, r) == "," { j += 1 }
            if let dated = baseMatch(at: j, r, anchor: anchor), case .day(let date) = dated.point {
                // "Fri, Jul 18" with no year: the year in which July 18 is a Friday.
                let yearWritten = dated.tokens.contains { year(words[$0]) != nil }
                return m(dated.tokens.upperBound, .day(yearWritten ? date : nearestYear(of: date, onWeekday: weekday, r)))
            }
            // "Thu 15th", "Thursday the 15th": the next month whose 15th is a Thursday.
            var dayIndex = j
            if key(dayIndex, r) == "the" { dayIndex += 1 }
            if r.contains(dayIndex), tokens[dayIndex].kind == .number, words[dayIndex].utf8.count > 2, let d = dayNumber(dayIndex),
               monthAt(dayIndex + 1, r) == nil, key(dayIndex + 1, r) != "of",
               let date = nearestMonth(withDay: d, onWeekday: weekday) {
                return m(dayIndex + 1, .day(date))
            }
            var dir = direction(before: i, r)
            // Without "next"/"last": the coming one when the sentence speaks of the future or has
            // no finite verb at all (a headline fragment, a calendar entry); the past one otherwise.
            // So too after a modal or an intention ("could remain without power until Friday",
            // "expected to reopen on Wednesday"), unless a verb in the past comes right after the
            // day ("Helix on Tuesday unveiled …, which will go on sale"). A clause not about the
            // future on the document's own weekday means that day: "cut its forecast on Thursday"
            // in Thursday's paper (a weekday alone, with no verb, is still the coming one).
            // Tense is the day's own verb phrase's: "were arrested … on Saturday and will appear … on Wednesday".
            let end = abbreviated && key(i + 1, r) == "." ? i + 2 : i + 1
            let clause = coordinatedClause(around: i, r)
            if dir == 0 && weekday == documentDate.weekday && !isFuture(clause)
                && r.contains(where: { tokens[$0].flags.contains(.verb) && !tokens[$0].isCapitalized }) { return m(end, .day(documentDate)) }
            // "a premium of 29% to Trekline's closing price on Friday": a price already set.
            let closingPrice = key(i - 1, r) == "on" && (key(i - 2, r).isOne(of: "price", "level", "prices", "levels") && key(i - 3, r) == "closing"
                || key(i - 2, r) == "close" && key(i - 3, r) == "the")
            if dir == 0 && !closingPrice && !followsPastVerb(i, r) && !hasPastTense((i + 1)..<min(r.upperBound, i + 2))
                && (isFuture(clause) || !hasPastTense(clause) || reportedDeadline(i, r) || modalBefore(i, r) || intendedBefore(i, r)) { dir = 1 }
            return m(end, .day(relativeWeekday(weekday, direction: dir)))
        }
        // Month first: "August 28, 2021", "Aug. 30", "January 2015", "January of 2015", "January".
        if let (month, length) = monthAt(i, r) {
            var j = i + length
            if r.contains(j), let d = dayNumber(j), tokens[j].newlinesBefore == 0 {
                j += 1
                var k = j
                if key(k, r) == "," { k += 1 }
                if r.contains(k), let y = year(words[k]), let date = validDay(y, month, d) { return m(k + 1, .day(date)) }
                guard let inferred = validDay(inferYear(month: month, day: d), month, d) else { return nil }
                let date = placedInYear(inferred, at: i, r)
                // "Jul 18, Fri": a trailing weekday picks the year.
                if key(j, r) == ",", let weekday = Lexicon.weekdays[key(j + 1, r)], tokens[j + 1].isCapitalized || lower(j + 1, r).endsWith("day") {
                    return m(j + 2, .day(nearestYear(of: date, onWeekday: weekday, r)))
                }
                return m(j, .day(date))
            }
            var k = j
            if key(k, r) == "of" || key(k, r) == "," { k += 1 }
            if r.contains(k), let y = year(words[k]) { return m(k + 1, .month(year: y, month: month)) }
            let w0 = words[i]
            let w0Key = tokens[i].key
            let full = w0.utf8.count > 3 || w0Key == "may" || w0Key == "june" || w0Key == "july"
            // "between March and May", "May last year": framed by another month or its year.
            let framed = TimeRecognizer.signals.contains(key(i - 1, r)) || key(i - 1, r).isOne(of: "last", "next", "this", "early", "late", "mid")
                || key(i - 1, r).isOne(of: "and", "or", "to", "-", "through") && Lexicon.months[key(i - 2, r)] != nil && tokens[i - 2].isCapitalized
                || relativeYear(at: j, r) != nil
            // Capitalized "March" is the month unless a preposition makes it the verb or an event ("March on Rome").
            let marchIsMonth = w0Key == "march" && tokens[i].isCapitalized
                && !key(j, r).isOne(of: "on", "to", "through", "for", "against", "from", "into", "across", "past")
            if full && (framed || w0.utf8.count > 5 || marchIsMonth) && !(w0Key == "may" && !framed) {
                let written = direction(before: i, r)
                let direction = written != 0 ? written : bareMonthDirection(month, at: i, r)
                let point = TimePoint.month(year: inferYear(month: month, direction: direction), month: month)
                // "last October", "next March": the word that sets the year is part of the expression.
                if written != 0 { return TimeMatch(tokens: (i - 1)..<j, point: point) }
                return m(j, point)
            }
            // Not a month on its own; "March first" is read below.
        }
        // Day first: "28 August 2021", "28th of August".
        if let d = dayNumber(i) {
            var j = i + 1
            if key(j, r) == "of" { j += 1 }
            if let (month, length) = monthAt(j, r) {
                var k = j + length
                if key(k, r) == "," { k += 1 }
                if r.contains(k), let y = year(words[k]), let date = validDay(y, month, d) { return m(k + 1, .day(date)) }
                if let date = validDay(inferYear(month: month, day: d), month, d) { return m(j + length, .day(placedInYear(date, at: i, r))) }
            }
        }
        if t.kind == .number {
            // ISO date 2021-08-28 or US 8/28/2021, written without spaces.
            if let y = year(w), key(i + 1, r) == "-", r.contains(i + 4), key(i + 3, r) == "-",
               !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, !tokens[i + 3].spaceBefore, !tokens[i + 4].spaceBefore,
               let mo = Int(words[i + 2]), (1...12).contains(mo), let d = Int(words[i + 4]), let date = validDay(y, mo, d) {
                return m(i + 5, .day(date))
            }
            if key(i + 1, r) == "/", r.contains(i + 4), key(i + 3, r) == "/", !tokens[i + 1].spaceBefore, !tokens[i + 4].spaceBefore,
               let mo = Int(w), (1...12).contains(mo), let d = Int(words[i + 2]), let y = year(words[i + 4]),
               let date = validDay(y, mo, d) {
                return m(i + 5, .day(date))
            }
            // Years of the common era: "14 AD", "in 14 a.d.", "800 CE".
            if let y = Int(w), w.utf8.count <= 4, (1...2199).contains(y), r.contains(i + 1), TimeRecognizer.eraWords.contains(tokens[i + 1].key),
               tokens[i + 1].isAllCaps || words[i + 1].contains(".") {
                return m(i + 2, .year(y))
            }
            // Decades: "the 1990s".
            if w.utf8.count == 5, w.endsWith("0s"), let y = year(String(w.dropLast())) { return m(i + 1, .decade(y / 10)) }
            // Years need a frame so that "1500 fighters" stays a number; "1400 GMT" is a time of day.
            if let y = year(w), words[i].utf8.count == 4, !TimeRecognizer.zones.contains(key(i + 1, r)) {
                let before = lower(i - 1, r)
                let framed = TimeRecognizer.signals.contains(before) || before.isOne(of: "early late mid and or year fiscal the – - for")
                    || i == r.lowerBound && key(i + 1, r) == ","
                    || hedge(before: i, r)?.kind == .atLeast && TimeRecognizer.signals.contains(key(i - 3, r))  // "since at least 2023"
                let next = lower(i + 1, r)
                let countsSomething = r.contains(i + 1) && tokens[i + 1].kind == .word && next.endsWith("s") && !Lexicon.functionWords.contains(next)
                // "2014-10", "2014/10" are numeric dates, read below.
                let partOfDate = next.isOne(of: "- /") && r.contains(i + 2) && !tokens[i + 1].spaceBefore && tokens[i + 2].kind == .number
                if framed && !countsSomething && !partOfDate { return m(i + 1, .year(y)) }
            }
        }
        // "2018Q4", "18q4" (the tokenizer keeps "2018q" and "4" apart)
        if t.kind == .number, w.endsWith("q"), let yy = Int(w.dropLast()), r.contains(i + 1), !tokens[i + 1].spaceBefore,
           let q = Int(words[i + 1]), (1...4).contains(q) {
            let y = yy < 100 ? 2000 + yy : yy
            if (1000...2199).contains(y) { return m(i + 2, .quarter(year: y, quarter: q)) }
        }
        // Quarters: "Q2 2025", "the second quarter of 2025".
        if w.utf8.count == 2, w.startsWith("q"), let q = Int(w.dropFirst()), (1...4).contains(q) {
            var j = i + 1
            if key(j, r) == "of" || key(j, r) == "," { j += 1 }
            if r.contains(j), let y = year(words[j]) { return m(j + 1, .quarter(year: y, quarter: q)) }
            return m(i + 1, .quarter(year: yearOfPart(startingIn: (q - 1) * 3 + 1, at: i, r), quarter: q))
        }
        if t.flags.contains(.hasHyphen), let m = joinedPartOfYear(at: i, r) { return m }
        if let ordinal = Lexicon.ordinalWords[wk] ?? OrdinalReader.value(w),
           key(i + 1, r).isOne(of: "quarter", "qtr", "half") {
            let isQuarter = key(i + 1, r) != "half"
            guard ordinal >= 1 && ordinal <= (isQuarter ? 4 : 2) else { return nil }
            var j = i + 2
            var y = yearOfPart(startingIn: isQuarter ? (ordinal - 1) * 3 + 1 : (ordinal - 1) * 6 + 1, at: i, r)
            if key(j, r) == "of", r.contains(j + 1), let yy = year(words[j + 1]) { y = yy; j += 2 }
            else if r.contains(j), let yy = year(words[j]) { y = yy; j += 1 }
            // "equalised early in the second half", "12 points in the fourth quarter": a match's part.
            else if isAboutAMatch() { return nil }
            return m(j, isQuarter ? .quarter(year: y, quarter: ordinal) : .half(year: y, half: ordinal))
        }
        // Seasons with a year: "summer 2020", "the spring of 2019".
        if let season = Lexicon.seasons[wk] {
            var j = i + 1
            if key(j, r) == "of" { j += 1 }
            if r.contains(j), let y = year(words[j]) { return m(j + 1, .season(year: y, season: season)) }
        }
        // "in the autumn", "during winter": a season framed by a preposition, "fall" only after "the".
        if wk == "the" || t.flags.contains(.afterThe), let m = framedSeason(at: i, r) { return m }
        if wk == "the", key(i + 1, r) == "weekend", let m = framedWeekend(at: i, r) { return m }
        // "the week of October 7th": the week holding that day.
        if wk == "the", key(i + 1, r) == "week", key(i + 2, r) == "of", let d = baseMatch(at: i + 3, r, anchor: anchor),
           case .day(let day) = d.point {
            return m(d.tokens.upperBound, .week(day))
        }
        // "the first Tuesday of October", "last Monday of March 2014", "the last day of October",
        // "the third day of October", "the first week of October 2014".
        if let m = ordinalInMonth(at: i, r) { return m }
        // A time of day on its own or before its day: "11 p.m. on Saturday", "at 14:20".
        if t.kind == .number, let (hour, minute, end) = timeOfDay(at: i, r) {
            var k = end
            if key(k, r) == "on" || key(k, r) == "," { k += 1 }
            if r.contains(k), let day = baseMatch(at: k, r, anchor: anchor), let d = day.point.anchorDay {
                return m(day.tokens.upperBound, .dateTime(d, hour: hour, minute: minute))
            }
            return m(end, .dateTime(anchor.day ?? documentDate, hour: hour, minute: minute))
        }
        // "the 15th", "the first of march", "march first", "15 of february".
        if let m = dayOfMonth(at: i, r) { return m }
        // Numeric dates without a year or with two-digit years: "2/15", "10/31/74", "31-Oct-74", "2014-10".
        if let m = numericDate(at: i, r) { return m }
        // "the day after tomorrow", "the day before yesterday"
        if wk == "the", key(i + 1, r) == "day", key(i + 2, r).isOne(of: "after", "before"),
           key(i + 3, r).isOne(of: "tomorrow", "yesterday") {
            let base = key(i + 3, r) == "tomorrow" ? 1 : -1
            return m(i + 4, .day(documentDate.adding(days: base + (key(i + 2, r) == "after" ? 1 : -1))))
        }
        // "the month", "the year", "month", "year" after a modifier: the document's.
        if wk == "the" || wk == "month" || wk == "year" || wk == "week" {
            let unit = wk == "the" ? lower(i + 1, r) : w
            let length = wk == "the" ? 2 : 1
            let framed = key(i - 1, r) == "of"
            if framed {
                switch unit {
                case "month": return m(i + length, .month(year: documentDate.year, month: documentDate.month))
                case "year": return m(i + length, .year(documentDate.year))
                case "week": return m(i + length, .week(documentDate))
                default: break
                }
            }
        }
        // Business shorthand: end/beginning of month/year, in capitals only ("since I was a boy").
        if tokens[i].isAllCaps {
            switch wk {
            case "eom": return TimeMatch(tokens: i..<(i + 1), point: .month(year: documentDate.year, month: documentDate.month), mod: "END")
            case "bom": return TimeMatch(tokens: i..<(i + 1), point: .month(year: documentDate.year, month: documentDate.month), mod: "START")
            case "eoy": return TimeMatch(tokens: i..<(i + 1), point: .year(documentDate.year), mod: "END")
            case "boy": return TimeMatch(tokens: i..<(i + 1), point: .year(documentDate.year), mod: "START")
            default: break
            }
        }
        // "the past two weeks", "last 2 days", "next three months": a counted period from today.
        if TimeRecognizer.countedSpanStarts.contains(wk), let m = countedSpan(at: i, r) { return m }
        // "three Fridays from now", "2 Thursdays ago"
        if let n = Lexicon.smallNumbers[wk].map({ Int($0) }) ?? (t.kind == .number ? Int(w) : nil), n > 0, n < 60,
           r.contains(i + 1), words[i + 1].endsWith("s"), let weekday = Lexicon.weekdays[String(words[i + 1].dropLast())] {
            if key(i + 2, r) == "from", key(i + 3, r).isOne(of: "now", "today") {
                return m(i + 4, .day(relativeWeekday(weekday, direction: 1).adding(days: 7 * (n - 1))))
            }
            if key(i + 2, r).isOne(of: "ago", "back") {
                return m(i + 3, .day(relativeWeekday(weekday, direction: -1).adding(days: -7 * (n - 1))))
            }
        }
        // "upcoming two weeks", "2 upcoming days": the unit that many ahead.
        if let m = upcoming(at: i, r) { return m }
        // Words relative to the document date.
        switch wk {
        case "today", "tonight": return m(i + 1, .day(documentDate))
        case "yesterday": return m(i + 1, .day(documentDate.adding(days: -1)))
        case "tomorrow": return m(i + 1, .day(documentDate.adding(days: 1)))
        case "now", "currently", "presently": return m(i + 1, .reference("PRESENT_REF", documentDate))
        case "recently", "lately", "formerly", "previously": return m(i + 1, .reference("PAST_REF", documentDate))
        case "this":
            if key(i + 1, r).isOne(of: "morning", "afternoon", "evening") { return m(i + 2, .day(documentDate)) }
            fallthrough
        case "last", "next", "past", "coming", "current", "previous", "following", "upcoming":
            return relativePeriod(at: i, r)
        case "the":
            if key(i + 1, r).isOne(of: "next", "following"), key(i + 2, r) == "day", let day = anchor.day {
                return m(i + 3, .day(day.adding(days: 1)))
            }
            if key(i + 1, r) == "day", key(i + 2, r) == "before", let day = anchor.day,
               !(r.contains(i + 3) && tokens[i + 3].kind != .punctuation) {
                return m(i + 3, .day(day.adding(days: -1)))
            }
        default: break
        }
        // "three days ago", "a day after", "two weeks later", "for six weeks".
        return countedPeriod(at: i, r, anchor: anchor)
    }

    /// "first league title in 31 years", "the lowest in five years": the span a record is counted
    /// over, a length of time, not a day ahead.
    func isRecordSpan(before k: Int, _ r: Range<Int>) -> Bool {
        var j = k - 1
        while j >= r.lowerBound, k - j <= 5, tokens[j].kind == .word {
            if tokens[j].key == "first" || RelationExtractor.superlatives.contains(tokens[j].key) { return true }
            j -= 1
        }
        return false
    }

    /// Whether the sentence speaks of the future ("will", "is expected to", "scheduled"), so a bare
    /// weekday means the coming one.
    func isFuture(_ r: Range<Int>) -> Bool {
        r.contains { i in
            let w = tokens[i].key
            if w.isOne(of: "will", "shall", "'ll", "wo", "upcoming") { return true }
            // "is expected to", "are scheduled to", "is due": present tense about what comes.
            return w.isOne(of: "expected", "scheduled", "due", "set") && key(i - 1, r).isOne(of: "is", "are", "'s", "'re")
        }
    }

    /// The part of the sentence `r` around `i` between verb phrases that "and", "but" or "or"
    /// join before an auxiliary: "were arrested … on Saturday | and will appear … on Wednesday".
    func coordinatedClause(around i: Int, _ r: Range<Int>) -> Range<Int> {
        func joins(_ k: Int) -> Bool {
            tokens[k].key.isOne(of: "and", "but", "or") && k + 1 < r.upperBound && tokens[k + 1].flags.contains(.auxiliary)
        }
        var start = r.lowerBound, end = r.upperBound
        var k = i - 1
        while k > r.lowerBound { if joins(k) { start = k + 1; break }; k -= 1 }
        k = i + 1
        while k < r.upperBound { if joins(k) { end = k; break }; k += 1 }
        return start..<end
    }

    /// Whether a verb in the past stands right before the day at `i` ("its board decided on
    /// Tuesday"), which then dates it whatever else the sentence says ("will expand …"); read
    /// with the words before it, so "is scheduled on Tuesday" is no past.
    /// "will remain closed until Monday": a state that lasts until the day does not date it.
    func followsPastVerb(_ i: Int, _ r: Range<Int>) -> Bool {
        if key(i - 1, r).isOne(of: "until", "till") { return false }
        let verb = key(i - 1, r).isOne(of: "on", "in") ? i - 2 : i - 1
        // (A verb, not a name: "on sale in the United States in March".)
        guard verb >= r.lowerBound, key(i - 1, r) != "in" || tokens[verb].kind == .word && !tokens[verb].isCapitalized else { return false }
        return hasPastTense(max(r.lowerBound, verb - 1)..<(verb + 1)) && !isFuture(max(r.lowerBound, verb - 2)..<(verb + 1))
    }

    /// Whether the sentence has a verb in the past tense ("said", "was", "attacked").
    func hasPastTense(_ r: Range<Int>) -> Bool {
        r.contains { k in
            let t = tokens[k]
            guard t.kind == .word, !t.isCapitalized || k == r.lowerBound else { return false }
            let w = words[k]
            let wk = tokens[k].key
            if wk.isOne(of: "was", "were", "had", "did", "said", "told") { return true }
            if let lemma = VerbLexicon.irregular[wk], lemma != w, !wk.isOne(of: "is", "are", "am", "be", "been", "being", "has", "have", "does") { return true }
            // "The company cut its forecast", "Ofwat set a limit": a form both present and past
            // after a singular subject is past (the present would be "cuts").
            // (Not a noun: "the first cut in July".)
            if VerbLexicon.irregular[wk] == w, k > r.lowerBound, isSingularSubject(k - 1, r),
               r.contains(k + 1) && tokens[k + 1].kind == .word && !tokens[k + 1].flags.contains(.preposition)
                || tokens[k - 1].key.isOne(of: "he", "she", "it") { return true }
            // "than it forecast in January": a form both present and past (not listed as
            // irregular, being more often a noun) after "he", "she" or "it" is past.
            if wk.isOne(of: "forecast", "broadcast"), k > r.lowerBound, tokens[k - 1].key.isOne(of: "he", "she", "it") { return true }
            // Not an adjective ("of affected customers", "the injured", "to stay closed") nor a
            // present passive ("is expected").
            if k > r.lowerBound, tokens[k - 1].flags.contains(.determiner) || tokens[k - 1].flags.contains(.preposition)
                || tokens[k - 1].key.isOne(of: "is", "are", "am", "be", "'s", "'re", "stay", "stays", "remain", "remains", "become", "becomes") { return false }
            return w.endsWith("ed") && w.utf8.count > 3 && VerbLexicon.lemma(w) != nil
        }
    }

    /// Whether token `k` ends a singular subject: "he", "she", "it", a name, or a noun not in -s
    /// after a determiner ("the company", "Ofwat"; not "they", "companies", "to", "will").
    func isSingularSubject(_ k: Int, _ r: Range<Int>) -> Bool {
        let t = tokens[k]
        if t.key.isOne(of: "he", "she", "it") { return true }
        guard t.kind == .word, !t.flags.contains(.functionWord), !t.flags.contains(.auxiliary), !t.flags.contains(.preposition),
              !words[k].endsWith("s") else { return false }
        if t.isCapitalized { return k > r.lowerBound || t.isAllCaps }
        return k > r.lowerBound && tokens[k - 1].flags.contains(.determiner) && !t.flags.contains(.verb)
    }

    /// Whether the date at `i`, written without a year, can only be on or before the document
    /// date: after "since", or in a sentence with a verb in the past ("talks ended on November 5").
    func pastOnly(_ i: Int, _ r: Range<Int>) -> Bool {
        key(i - 1, r) == "since" || hasPastTense(r) && !isFuture(r) && !reportedDeadline(i, r) && !scheduled(i, r) && !modalBefore(i, r)
            && !intendedBefore(i, r) && !untilBefore(i, r) && !presentRelativeBefore(i, r)
    }

    /// Whether the day at `i` ends a relative clause in the present: "the championships, which
    /// end on March 9", "a fair that opens in May" (the sentence's past is another clause's).
    /// So does a clause of time in the present: "urged parents to check … before the spring term
    /// begins on February 9", "when the plant opens in May".
    func presentRelativeBefore(_ i: Int, _ r: Range<Int>) -> Bool {
        let v = i - 2
        guard key(i - 1, r).isOne(of: "on", "in"), v - 1 >= r.lowerBound,
              tokens[v].flags.contains(.verb), !tokens[v].isCapitalized, !words[v].endsWith("ed") else { return false }
        let lemma = VerbLexicon.irregular[tokens[v].key]
        guard lemma == nil || lemma == words[v] else { return false }
        if key(v - 1, r).isOne(of: "which", "that", "who") { return true }
        // The subordinator, then its subject: a few words, no auxiliary or punctuation among them.
        guard words[v].endsWith("s") else { return false }
        var k = v - 1
        while k >= r.lowerBound, v - k <= 5, tokens[k].kind == .word, !tokens[k].flags.contains(.auxiliary) {
            if tokens[k].key.isOne(of: "before", "when", "once", "until", "after") { return k < v - 1 }
            k -= 1
        }
        return false
    }

    /// A day written without its year (`date`, in the document's year), moved to the year its
    /// sentence puts it in: the year before when only the past fits ("talks ended on November 5";
    /// not "have called a strike for October 15", a day something is called for), the year after
    /// when set for it or after "will" ("He will be sentenced on 9 January").
    func placedInYear(_ date: CalendarDate, at i: Int, _ r: Range<Int>) -> CalendarDate {
        if date > documentDate, key(i - 1, r) != "for", pastOnly(i, r), let earlier = validDay(date.year - 1, date.month, date.day) { return earlier }
        if date < documentDate, scheduled(i, r) || futureBefore(i, r) || timetableBefore(i, r), let later = validDay(date.year + 1, date.month, date.day) { return later }
        return date
    }

    /// Whether the document reports a match: it speaks of the match itself, its players or how
    /// it was scored. Its halves and quarters are the match's, not the year's. Read only when
    /// a half or quarter is named without a year.
    func isAboutAMatch() -> Bool {
        tokens.contains { TimeRecognizer.matchWords.contains($0.key) }
    }

    static let matchWords: WordSet = [
        "match", "half-time", "halftime", "kick-off", "equaliser", "equalizer", "equalised", "equalized", "touchdown",
        "touchdowns", "innings", "goalkeeper", "striker", "midfielder", "quarterback", "scoreline",
    ]

    /// "a third-quarter loss", "first-half profit": a quarter or half joined to the noun it dates.
    @inline(never)
    func joinedPartOfYear(at i: Int, _ r: Range<Int>) -> TimeMatch? {
        let w = words[i]
        guard let dash = w.firstIndex(of: "-"), let ordinal = Lexicon.ordinalWords[String(w[..<dash])] else { return nil }
        let part = w[w.index(after: dash)...]
        if part == "quarter", (1...4).contains(ordinal) {
            return TimeMatch(tokens: i..<(i + 1), point: .quarter(year: yearOfPart(startingIn: (ordinal - 1) * 3 + 1, at: i, r), quarter: ordinal))
        }
        if part == "half", (1...2).contains(ordinal) {
            return TimeMatch(tokens: i..<(i + 1), point: .half(year: yearOfPart(startingIn: (ordinal - 1) * 6 + 1, at: i, r), half: ordinal))
        }
        return nil
    }

    /// The Saturday of a weekend: the last one for -1 (the current one on a Sunday), the next for
    /// +1, and for 0 the current one on a weekend day, else the coming one ("this weekend").
    func weekend(direction: Int) -> CalendarDate {
        let onWeekend = documentDate.weekday >= 6
        switch direction {
        case ..<0: return documentDate.weekday == 7 ? documentDate.adding(days: -1) : relativeWeekday(6, direction: -1)
        case 0: return onWeekend ? documentDate.adding(days: 6 - documentDate.weekday) : relativeWeekday(6, direction: 1)
        default: return relativeWeekday(6, direction: 1).adding(days: onWeekend ? 7 : 0)
        }
    }

    /// "over the weekend", "at the weekend": the last weekend, or the coming one when the clause
    /// speaks of the future ("will meet at the weekend").
    func framedWeekend(at i: Int, _ r: Range<Int>) -> TimeMatch? {
        guard key(i - 1, r).isOne(of: "over", "at", "during", "on", "through", "throughout", "across", "until", "by") else { return nil }
        let ahead = futureBefore(i, r) || isFuture(coordinatedClause(around: i, r)) || intendedBefore(i, r) || modalBefore(i, r)
        let saturday = ahead ? weekend(direction: 0) : (documentDate.weekday >= 6 ? weekend(direction: 0) : weekend(direction: -1))
        return TimeMatch(tokens: i..<(i + 2), point: .weekend(saturday))
    }

    /// A season named without a year after a preposition ("could cut rates in the autumn",
    /// "during winter"): the current or the coming one, or the last one begun when only the past
    /// fits ("the plant closed in the summer").
    @inline(never)
    func framedSeason(at i: Int, _ r: Range<Int>) -> TimeMatch? {
        let article = tokens[i].key == "the"
        let at = article ? i + 1 : i
        // (Seasons are among the words after "the" in a time: one bit rules out most words.)
        guard r.contains(at), tokens[at].flags.contains(.afterThe), let season = Lexicon.seasons[tokens[at].key], article || tokens[at].key != "fall",
              key(i - 1, r).isOne(of: "in", "during", "by", "until", "till", "through", "throughout", "over", "since", "before", "after"),
              // (Not "the spring of 2019" or "summer 2020", read with their year, nor "in the spring sunshine".)
              key(at + 1, r) != "of", !r.contains(at + 1) || tokens[at + 1].kind == .punctuation
                || tokens[at + 1].kind == .word && (tokens[at + 1].flags.contains(.preposition) || tokens[at + 1].flags.contains(.functionWord)
                    || tokens[at + 1].flags.contains(.clauseBreaker)) else { return nil }
        let current = TimePoint.season(containing: documentDate)
        var target = (year: current.year, season: current.season)
        while target.season != season { target = TimePoint.nextSeason(target) }
        if pastOnly(i, r), target != current { target.year -= 1 }
        return TimeMatch(tokens: i..<(at + 1), point: .season(year: target.year, season: target.season))
    }

    /// The year of a quarter or half named without one, which starts in `month`: last year's when
    /// this year's has not begun and only the past fits ("reported a loss for the fourth quarter"
    /// in February), else the document's.
    func yearOfPart(startingIn month: Int, at i: Int, _ r: Range<Int>) -> Int {
        month > documentDate.month && pastOnly(i, r) ? documentDate.year - 1 : documentDate.year
    }

    /// "were remanded in custody until a hearing on December 12": what lasts until the day, a
    /// few words before it, puts the day ahead.
    func untilBefore(_ i: Int, _ r: Range<Int>) -> Bool {
        var k = i - 1
        while k >= r.lowerBound, i - k <= 5, tokens[k].kind != .punctuation {
            if tokens[k].key.isOne(of: "until", "till") { return true }
            k -= 1
        }
        return false
    }

    /// "will go on sale in Europe and North America on March 3": "will" in the clause before the
    /// day, no comma between, puts a day already gone this year in the next.
    func futureBefore(_ i: Int, _ r: Range<Int>) -> Bool {
        var k = i - 1
        while k >= r.lowerBound, i - k <= 30, !tokens[k].key.isOne(of: ",", ";", ":") {
            if tokens[k].key.isOne(of: "will", "shall", "'ll") { return true }
            k -= 1
        }
        return false
    }

    /// "The race ends in Zaragoza on July 5", "the trial opens on March 18": a verb of a
    /// timetable in the present, in the clause before the day and in a sentence with no verb in
    /// the past, puts a day already gone this year in the next.
    func timetableBefore(_ i: Int, _ r: Range<Int>) -> Bool {
        var k = i - 1
        while k >= r.lowerBound, i - k <= 8, !tokens[k].key.isOne(of: ",", ";", ":") {
            if TimeRecognizer.timetableVerbs.contains(tokens[k].key) { return !hasPastTense(r) }
            k -= 1
        }
        return false
    }

    /// Verbs in the present that tell what a timetable holds.
    static let timetableVerbs: WordSet = [
        "begins", "starts", "opens", "reopens", "ends", "closes", "finishes", "resumes", "expires", "convenes",
        "kicks", "arrives", "departs", "launches", "concludes", "runs",
    ]

    /// Words that make an infinitive after them a plan: "expected to reopen", "plans to hold talks".
    static let intentionWords: WordSet = [
        "expect", "expects", "expected", "expecting", "plan", "plans", "planned", "planning", "hope", "hopes", "hoped",
        "hoping", "aim", "aims", "aimed", "aiming", "intend", "intends", "intended", "intending", "want", "wants", "wanted",
        "promise", "promises", "promised", "vow", "vows", "vowed", "pledge", "pledges", "pledged", "prepare", "prepares",
        "prepared", "preparing", "due", "set", "scheduled", "slated", "poised", "likely", "ready", "seek", "seeks", "sought",
        "forecast", "predicted", "projected",
    ]

    /// "said it expected to reopen on Wednesday", "plans to hold talks in June": the date at `i`
    /// ends an infinitive that a plan opens (the infinitive and a few words of its object before
    /// it, no clause break between), so it lies ahead.
    func intendedBefore(_ i: Int, _ r: Range<Int>) -> Bool {
        var k = i - 1
        while k > r.lowerBound, i - k <= 8, tokens[k].kind != .punctuation {
            if tokens[k].key == "to" { return TimeRecognizer.intentionWords.contains(key(k - 1, r)) }
            k -= 1
        }
        return false
    }

    /// "warned that rationing could begin by the end of April", "said the plant might reopen in
    /// June": a modal before the date puts it ahead, whatever the tense of the reporting verb.
    func modalBefore(_ i: Int, _ r: Range<Int>) -> Bool {
        (r.lowerBound..<i).contains { tokens[$0].key.isOne(of: "would", "could", "might", "should", "must", "'d") }
    }

    /// "Sentencing was set for March 28", "the vote was postponed to June 4": a date something
    /// was put on is still ahead, whatever the tense of the putting.
    func scheduled(_ i: Int, _ r: Range<Int>) -> Bool {
        var k = i - 1
        if key(k, r) == "on" { k -= 1 }
        guard key(k, r).isOne(of: "for", "to", "until") else { return false }
        return key(k - 1, r).isOne(of: "set", "scheduled", "slated", "planned", "postponed", "delayed", "moved", "rescheduled", "adjourned")
    }

    /// "said crews would arrive by Friday", "the review would take place by June 30": a deadline in
    /// reported speech is still ahead.
    func reportedDeadline(_ i: Int, _ r: Range<Int>) -> Bool {
        key(i - 1, r).isOne(of: "by", "until", "till") && r.contains { tokens[$0].key == "would" }
    }

    /// Which way a month named without a year lies from the document date: "since November", or
    /// a verb in the past, the last November up to the document date (-1 when that is last
    /// year's); otherwise a month already gone this year is next year's (+1).
    func bareMonthDirection(_ month: Int, at i: Int, _ r: Range<Int>) -> Int {
        // "six months earlier than it forecast in January": a verb in the past right before it too.
        if pastOnly(i, r) || followsPastVerb(i, r) { return month > documentDate.month ? -1 : 0 }
        return month < documentDate.month ? 1 : 0
    }

    /// +1 for "next …", -1 for "last …", 0 otherwise.
    func direction(before i: Int, _ r: Range<Int>) -> Int {
        switch lower(i - 1, r) {
        case "next", "coming": return 1
        case "last", "past": return -1
        default: return 0
        }
    }

    /// "on Tuesday" in news means the most recent Tuesday on or before the document date.
    func relativeWeekday(_ weekday: Int, direction: Int) -> CalendarDate {
        let delta = weekday - documentDate.weekday
        if direction > 0 { return documentDate.adding(days: delta > 0 ? delta : delta + 7) }
        if direction < 0 { return documentDate.adding(days: delta < 0 ? delta : delta - 7) }
        return documentDate.adding(days: delta <= 0 ? delta : delta - 7)
    }

    /// The year for a month (and day) written without one: the document's, or the nearest year
    /// in the requested direction.
    func inferYear(month: Int, day: Int = 1, direction: Int = 0) -> Int {
        let y = documentDate.year
        let candidate = CalendarDate(year: y, month: month, day: min(day, CalendarDate.daysIn(month: month, year: y)))
        if direction < 0 && candidate >= documentDate { return y - 1 }
        if direction > 0 && candidate <= documentDate { return y + 1 }
        return y
    }

    func relativePeriod(at i: Int, _ r: Range<Int>) -> TimeMatch? {
        var start = i
        if key(i - 1, r) == "the" && key(i, r).isOne(of: "following", "previous", "next", "current") { start = i - 1 }
        let w = key(i, r)
        let offset = w.isOne(of: "next", "coming", "following", "upcoming") ? 1 : (w.isOne(of: "this", "current") ? 0 : -1)
        var unit = lower(i + 1, r)
        unit = TimeRecognizer.unitAbbreviations[unit] ?? unit
        func m(_ p: TimePoint) -> TimeMatch { TimeMatch(tokens: start..<(i + 2), point: p) }
        if let weekday = Lexicon.weekdays[unit], unit.utf8.count > 3 {
            // "next Wednesday" is the Wednesday of next week; "this Wednesday" the one of this week.
            if offset > 0 {
                let monday = documentDate.adding(days: 1 - documentDate.weekday + 7 * offset)
                return m(.day(monday.adding(days: weekday - 1)))
            }
            if offset == 0 {
                // "this Monday": the coming one, today included.
                let delta = weekday - documentDate.weekday
                return m(.day(documentDate.adding(days: delta >= 0 ? delta : delta + 7)))
            }
            return m(.day(relativeWeekday(weekday, direction: -1)))
        }
        switch unit {
        case "week": return m(.week(documentDate.adding(days: 7 * offset)))
        case "month":
            let d = documentDate.adding(months: offset)
            return m(.month(year: d.year, month: d.month))
        case "year": return m(.year(documentDate.year + offset))
        case "quarter":
            let d = documentDate.adding(months: 3 * offset)
            return m(.quarter(year: d.year, quarter: (d.month - 1) / 3 + 1))
        case "weekend":
            return m(.weekend(weekend(direction: offset)))
        default:
            if let season = Lexicon.seasons[unit] {
                // "this winter" is the current one while it lasts; "last summer" the one before.
                let current = TimePoint.season(containing: documentDate)
                var target = (year: current.year, season: current.season)
                while target.season != season { target = TimePoint.nextSeason(target) }
                // `target` is now the current or the coming season of that name.
                let isCurrent = target.season == current.season && target.year == current.year
                if offset < 0 { target = (target.year - 1, target.season) }
                if offset > 0 && isCurrent { target = (target.year + 1, target.season) }
                return m(.season(year: target.year, season: target.season))
            }
            if unit == "season" || unit == "seasons" {
                var target = TimePoint.season(containing: documentDate)
                if offset > 0 { target = TimePoint.nextSeason(target) }
                if offset < 0 { target = TimePoint.previousSeason(target) }
                return m(.season(year: target.year, season: target.season))
            }
            return nil
        }
    }

    func countedPeriod(at i: Int, _ r: Range<Int>, anchor: TimeAnchor) -> TimeMatch? {
        let w = lower(i, r)
        let wk = key(i, r)
        var n: Int
        if wk == "a" || wk == "an" || wk == "one" { n = 1 }
        else if let v = Lexicon.smallNumbers[wk] { n = Int(v) }
        else if tokens[i].kind == .number, let v = Int(w), v < 1000 { n = v }
        else if tokens[i].kind == .number, let v = Double(w), v < 1000, let unit = TimeRecognizer.unitLetters[key(i + 1, r)] {
            // "1.5 hours" → PT1.5H (ISO 8601 allows a fraction on the last component)
            let timeUnit = TimeRecognizer.isClockUnit(lower(i + 1, r))
            return TimeMatch(tokens: i..<(i + 2), point: .duration((timeUnit ? "PT" : "P") + w + unit.0))
        } else { return nil }
        // The unit, possibly after "more", "additional", …: "2 more minutes".
        var u = i + 1
        if TimeRecognizer.countModifiers.contains(key(u, r)) { u += 1 }
        guard let (letter, days) = TimeRecognizer.unitLetters[key(u, r)] else { return nil }
        let after = lower(u + 1, r)
        let unitWord = lower(u, r)
        func shifted(_ from: CalendarDate, _ sign: Int) -> CalendarDate {
            switch letter {
            case "D": return from.adding(days: sign * n)
            case "W": return from.adding(days: sign * n * days)
            case "M" where days == 30: return from.adding(months: sign * n)
            case "Y": return from.adding(months: sign * n * 12 * (days / 365))
            default: return from
            }
        }
        func m(_ end: Int, _ p: TimePoint) -> TimeMatch { TimeMatch(tokens: i..<end, point: p) }
        // Years counted with a hedge from a day name a year: "more than 120 years after" is no day in 1906.
        func counted(_ day: CalendarDate, _ mod: String?) -> TimePoint { letter == "Y" && mod != nil ? .year(day.year) : .day(day) }
        guard days > 0 || !after.isOne(of: "ago later after before earlier hence") else { return nil }
        // "had fallen for five days before the hillside collapsed", "for at least six months
        // before the accident": how long, up to the event.
        if after == "after" || after == "before", framedAsLasting(i, r) { return duration(i, u, n, letter, unitWord) }
        // "six months earlier than it forecast": a difference between two times, not a day.
        if after == "earlier" || after == "later", key(u + 2, r) == "than" { return duration(i, u, n, letter, unitWord) }
        // The period in whole months, when it is months, years or decades.
        let calendarMonths: Int? = letter == "M" && days == 30 ? n : letter == "Y" ? n * 12 * (days / 365) : nil
        switch after {
        case "ago":
            // "two years ago" is a year; "three weeks ago" a day.
            let then = shifted(documentDate, -1)
            return m(u + 2, letter == "Y" ? .year(then.year) : .day(then))
        case "later", "after":
            // "In February … Two months later", "In 2019 … three years later": from the month or
            // year when no day was named after it.
            if let months = calendarMonths, let coarse = anchor.coarse(shiftedBy: after == "later" ? months : -months) { return m(u + 2, coarse) }
            guard let day = anchor.day else { return after == "later" ? nil : duration(i, u, n, letter, unitWord) }
            // "a day after the attack": when the anchor is the date of the sentence's main clause
            // or a clause follows, the event it follows ("X happened on D, a day after Y", "comes
            // a month after Y scrapped"); after a sentence that dated the attack, the day after it.
            let sign = after == "later" || readsForward(from: u + 2, anchor, r) ? 1 : -1
            let mod = hedgeMod(before: i, sign: sign, r)
            return TimeMatch(tokens: i..<(u + 2), point: counted(shifted(day, sign), mod), mod: mod)
        case "hence":
            return m(u + 2, .day(shifted(documentDate, 1)))
        case "from" where key(u + 2, r) == "now" || key(u + 2, r) == "today":
            return m(u + 3, .day(shifted(documentDate, 1)))
        case "earlier", "before":
            if let months = calendarMonths, let coarse = anchor.coarse(shiftedBy: after == "earlier" ? -months : months) { return m(u + 2, coarse) }
            guard let day = anchor.day else { return after == "earlier" ? nil : duration(i, u, n, letter, unitWord) }
            let sign = after == "earlier" || readsForward(from: u + 2, anchor, r) ? -1 : 1
            let mod = hedgeMod(before: i, sign: sign, r)
            return TimeMatch(tokens: i..<(u + 2), point: counted(shifted(day, sign), mod), mod: mod)
        case _ where key(i - 1, r) == "in" && days > 0 && days < 3650 && !hasPastTense(r) && !isRecordSpan(before: i - 1, r):
            // "in a week", "in three days": that far ahead, unless the sentence is in the past
            // ("was built in six weeks" stays a duration).
            return m(u + 1, .day(shifted(documentDate, 1)))
        default:
            // "a year" is a duration only where something frames it: "for a year", "within a day".
            if wk == "a" || wk == "an" {
                let framed = key(i - 1, r).isOne(of: "for", "within", "over", "than", "least", "about", "nearly", "almost", "past", "last", "after", "in")
                if !framed { return nil }
            }
            return duration(i, u, n, letter, unitWord)
        }
    }

    /// What a hedge on a count says of it.
    enum HedgeKind { case approximately, moreThan, lessThan, atLeast, atMost }

    /// The hedge that ends right before `i` and its number of words: "about", "more than",
    /// "at least", "up to". One reading for the signal before it, a duration's mod and a counted
    /// day's.
    func hedge(before i: Int, _ r: Range<Int>) -> (kind: HedgeKind, length: Int)? {
        let one = key(i - 1, r), two = key(i - 2, r)
        if one.isOne(of: "about", "around", "roughly", "approximately", "nearly", "almost") { return (.approximately, 1) }
        if one == "than" { return two == "more" ? (.moreThan, 2) : two.isOne(of: "less", "fewer") ? (.lessThan, 2) : nil }
        if one == "least" && two == "at" { return (.atLeast, 2) }
        if one == "most" && two == "at" || one == "to" && two == "up" { return (.atMost, 2) }
        return nil
    }

    /// The number of words of a hedge that ends right before `i` ("at least", "more than", "about").
    func hedgeLength(before i: Int, _ r: Range<Int>) -> Int? { hedge(before: i, r)?.length }

    /// The TIMEX3 mod a hedge right before a duration at `i` gives it: "for more than a year" is
    /// `P1Y` MORE_THAN, "at least 18 months" EQUAL_OR_MORE, "up to six weeks" EQUAL_OR_LESS.
    func durationMod(before i: Int, _ r: Range<Int>) -> String? {
        guard let (kind, _) = hedge(before: i, r) else { return key(i - 1, r) == "under" ? "LESS_THAN" : nil }
        switch kind {
        case .approximately: return "APPROX"
        case .moreThan: return "MORE_THAN"
        case .lessThan: return "LESS_THAN"
        case .atLeast: return "EQUAL_OR_MORE"
        case .atMost: return "EQUAL_OR_LESS"
        }
    }

    /// The TIMEX3 mod of a day counted from another over a hedge on the count at `i`, with `sign`
    /// the direction counted: "more than 120 years after" (sign -1) is BEFORE the year it names,
    /// "about a week later" APPROX. Single words hedge it too: "some", "over", "under", "within".
    func hedgeMod(before i: Int, sign: Int, _ r: Range<Int>) -> String? {
        let one = key(i - 1, r)
        let kind: HedgeKind? = hedge(before: i, r)?.kind
            ?? (one == "some" ? .approximately : one == "over" ? .moreThan : one.isOne(of: "under", "within") ? .lessThan : nil)
        switch kind {
        case .approximately?: return "APPROX"
        case .moreThan?: return sign < 0 ? "BEFORE" : "AFTER"
        case .lessThan?: return sign < 0 ? "AFTER" : "BEFORE"
        case .atLeast?: return sign < 0 ? "ON_OR_BEFORE" : "ON_OR_AFTER"
        case .atMost?, nil: return nil
        }
    }

    /// Whether "for" or "within" frames the count at `i`, over a hedge: "for at least six months".
    func framedAsLasting(_ i: Int, _ r: Range<Int>) -> Bool {
        var k = i - 1
        while k >= r.lowerBound, i - k <= 3, tokens[k].key.isOne(of: "least", "at", "more", "than", "nearly", "about", "almost", "around", "roughly") {
            k -= 1
        }
        return key(k, r).isOne(of: "for", "within")
    }

    /// Whether "N days after|before" counts from the anchor's day: the anchor was named in an
    /// earlier sentence and what follows at `i` is the event it dated ("The worker died on 14
    /// August. … six months before the accident"), not a clause of its own ("a month after rival
    /// SunCrest scrapped plans").
    func readsForward(from i: Int, _ anchor: TimeAnchor, _ r: Range<Int>) -> Bool {
        guard !r.contains(anchor.dayToken) else { return false }
        // "six months before.": as "six months earlier".
        if !r.contains(i) || tokens[i].kind == .punctuation { return true }
        guard key(i, r).isOne(of: "the", "this", "that", "its", "their", "his", "her") else { return false }
        var k = i + 1
        while k < min(r.upperBound, i + 7), tokens[k].kind != .punctuation {
            if tokens[k].flags.contains(.verb), words[k].endsWith("ed") { return false }
            k += 1
        }
        return true
    }

    /// Seconds, minutes and hours, which ISO 8601 writes after "T" ("PT3H", "P3M" being months).
    static func isClockUnit(_ word: String) -> Bool {
        word.startsWith("sec") || word.startsWith("min") || word.startsWith("hour") || word.startsWith("hr")
    }

    /// A duration from the count at `start` to the unit at `unit`.
    func duration(_ start: Int, _ unit: Int, _ n: Int, _ letter: String, _ word: String) -> TimeMatch {
        let count = word.startsWith("decade") ? n * 10 : (word.startsWith("fortnight") ? n * 2 : n)
        let timeUnit = TimeRecognizer.isClockUnit(word)
        return TimeMatch(tokens: start..<(unit + 1), point: .duration((timeUnit ? "PT" : "P") + "\(count)" + letter))
    }

    /// "last 2 days" → P2D over the two days before the document date; "next 3 weeks" → the three after.
    func countedSpan(at i: Int, _ r: Range<Int>) -> TimeMatch? {
        let w = key(i, r)
        var j = i + 1
        var n: Int
        if let v = Lexicon.smallNumbers[key(j, r)] { n = Int(v) } else if r.contains(j), tokens[j].kind == .number, let v = Int(words[j]) { n = v }
        else if key(j, r) == "few" { n = 3 } else { return nil }
        j += 1
        guard let (letter, days) = TimeRecognizer.unitLetters[key(j, r)], days > 0, n > 0, n < 1000 else { return nil }
        let forward = w == "next" || w == "coming"
        let first: CalendarDate
        let last: CalendarDate
        switch letter {
        case "D":
            first = forward ? documentDate.adding(days: 1) : documentDate.adding(days: -n)
            last = forward ? documentDate.adding(days: n) : documentDate.adding(days: -1)
        case "W":
            let monday = documentDate.adding(days: 1 - documentDate.weekday)
            first = forward ? monday.adding(days: 7) : monday.adding(days: -7 * n)
            last = forward ? monday.adding(days: 7 * (n + 1) - 1) : monday.adding(days: -1)
        case "M" where days == 30:
            let month1 = CalendarDate(year: documentDate.year, month: documentDate.month, day: 1)
            first = forward ? month1.adding(months: 1) : month1.adding(months: -n)
            last = forward ? month1.adding(months: n + 1).adding(days: -1) : month1.adding(days: -1)
        case "Y":
            let count = days == 3650 ? n * 10 : n
            let year1 = CalendarDate(year: documentDate.year, month: 1, day: 1)
            first = forward ? year1.adding(months: 12) : year1.adding(months: -12 * count)
            last = forward ? year1.adding(months: 12 * (count + 1)).adding(days: -1) : year1.adding(days: -1)
            n = count
        default:
            return nil
        }
        return TimeMatch(tokens: i..<(j + 1), point: .period("P\(n)\(letter)", first, last))
    }

    func upcoming(at i: Int, _ r: Range<Int>) -> TimeMatch? {
        func count(_ k: Int) -> Int? {
            if let v = Lexicon.smallNumbers[key(k, r)] { return Int(v) }
            return r.contains(k) && tokens[k].kind == .number ? Int(words[k]) : nil
        }
        let n: Int
        let unitIndex: Int
        if key(i, r) == "upcoming", let c = count(i + 1) { n = c; unitIndex = i + 2 }
        else if let c = count(i), key(i + 1, r) == "upcoming" { n = c; unitIndex = i + 2 }
        else { return nil }
        var unit = lower(unitIndex, r)
        if unit.endsWith("s") { unit.removeLast() }
        let end = unitIndex + 1
        switch unit {
        case "day": return TimeMatch(tokens: i..<end, point: .day(documentDate.adding(days: n)))
        case "week": return TimeMatch(tokens: i..<end, point: .week(documentDate.adding(days: 7 * n)))
        case "month":
            let d = documentDate.adding(months: n)
            return TimeMatch(tokens: i..<end, point: .month(year: d.year, month: d.month))
        case "quarter":
            let d = documentDate.adding(months: 3 * n)
            return TimeMatch(tokens: i..<end, point: .quarter(year: d.year, quarter: (d.month - 1) / 3 + 1))
        case "year": return TimeMatch(tokens: i..<end, point: .year(documentDate.year + n))
        default:
            return nil
        }
    }

    /// Extends a day to a range written after it: "July 13-15", "Aug 8 - Aug 12", "13 to 15 July" (handled
    /// by the caller), "from 13th to 15th of July".
    func rangeEnd(after m: TimeMatch, _ r: Range<Int>) -> TimeMatch? {
        guard case .day(let start) = m.point else { return nil }
        // Only a written date starts a range ("July 13-15"), not "Monday to …".
        guard m.tokens.contains(where: { tokens[$0].kind == .number || (Lexicon.months[tokens[$0].key] != nil) }) else { return nil }
        var j = m.tokens.upperBound
        guard key(j, r).isOne(of: "-", "\u{2013}", "to", "through", "thru", "until", "till") else { return nil }
        j += 1
        if key(j, r) == "the" { j += 1 }
        guard r.contains(j) else { return nil }
        // A full date after the separator: "Aug 8 - Aug 12".
        if let other = baseMatch(at: j, r, anchor: TimeAnchor()), case .day(let end) = other.point, end > start {
            return TimeMatch(tokens: m.tokens.lowerBound..<other.tokens.upperBound, point: .span(start, end), signal: m.signal)
        }
        // A bare day of the same month: "July 13-15".
        if let d = dayNumber(j) ?? OrdinalReader.value(words[j]), let end = validDay(start.year, start.month, d), end > start,
           !(r.contains(j + 1) && tokens[j + 1].kind == .word && Lexicon.months[tokens[j + 1].key] == nil
             && !tokens[j + 1].flags.contains(.functionWord)) {
            return TimeMatch(tokens: m.tokens.lowerBound..<(j + 1), point: .span(start, end), signal: m.signal)
        }
        return nil
    }

    /// "13 to 15 July", "from the 13th to the 15th of July", "1-8 september": a day range before its month.
    func leadingDayRange(at i: Int, _ r: Range<Int>) -> TimeMatch? {
        var j = i
        if key(j, r) == "from" { j += 1 }
        if key(j, r) == "the" { j += 1 }
        guard r.contains(j), let d1 = dayNumber(j) else { return nil }
        var k = j + 1
        guard key(k, r).isOne(of: "-", "\u{2013}", "to", "through", "thru", "till", "until") else { return nil }
        k += 1
        if key(k, r) == "the" { k += 1 }
        guard r.contains(k), let d2 = dayNumber(k), d2 > d1 else { return nil }
        var mIndex = k + 1
        if key(mIndex, r) == "of" { mIndex += 1 }
        guard let (month, length) = monthAt(mIndex, r) else { return nil }
        var end = mIndex + length
        var y = inferYear(month: month, day: d1)
        if r.contains(end), let yy = year(words[end]) { y = yy; end += 1 }
        guard let a = validDay(y, month, d1), let b = validDay(y, month, d2) else { return nil }
        return TimeMatch(tokens: i..<end, point: .span(a, b))
    }

    func ordinalInMonth(at i: Int, _ r: Range<Int>) -> TimeMatch? {
        var j = i
        if key(j, r) == "the" { j += 1 }
        guard r.contains(j) else { return nil }
        let first = words[j]
        var nth: Int
        if first == "last" { nth = -1 } else if let n = OrdinalReader.value(first), n <= 5 { nth = n } else { return nil }
        // "the third last week of 2018": counted from the end.
        if nth > 0, key(j + 1, r) == "last" {
            nth = -nth
            j += 1
        }
        let unit = lower(j + 1, r)
        guard key(j + 2, r).isOne(of: "of", "in") else { return nil }
        let k = j + 3
        var month: (Int, Int)? = nil  // (year, month)
        var end = k
        if let (mo, length) = monthAt(k, r) {
            var y = inferYear(month: mo)
            end = k + length
            if r.contains(end), let yy = year(words[end]) { y = yy; end += 1 }
            month = (y, mo)
        } else if key(k, r).isOne(of: "this", "the", "last", "next", "previous", "current", "following"), key(k + 1, r) == "month" {
            let offset = key(k, r).isOne(of: "next", "following") ? 1 : (key(k, r).isOne(of: "last", "previous") ? -1 : 0)
            let d = documentDate.adding(months: offset)
            month = (d.year, d.month)
            end = k + 2
        } else if unit == "week", r.contains(k), let y = year(words[k]) {
            // Weeks counted are those lying wholly inside the year.
            let dec31 = CalendarDate(year: y, month: 12, day: 31)
            let jan1 = CalendarDate(year: y, month: 1, day: 1)
            let lastMonday = dec31.adding(days: -((dec31.weekday + 7 - 7) % 7) - 6)
            let firstMonday = jan1.adding(days: (8 - jan1.weekday) % 7)
            let day = nth < 0 ? lastMonday.adding(days: 7 * (nth + 1)) : firstMonday.adding(days: 7 * (nth - 1))
            return TimeMatch(tokens: i..<(k + 1), point: .week(day))
        }
        guard let (y, mo) = month else { return nil }
        let firstDay = CalendarDate(year: y, month: mo, day: 1)
        let lastDay = firstDay.endOfMonth
        if let weekday = Lexicon.weekdays[unit] {
            if nth < 0 {
                let last = lastDay.adding(days: -((lastDay.weekday - weekday + 7) % 7))
                return TimeMatch(tokens: i..<end, point: .day(last.adding(days: 7 * (nth + 1))))
            }
            let firstMatch = firstDay.adding(days: (weekday - firstDay.weekday + 7) % 7)
            let day = firstMatch.adding(days: 7 * (nth - 1))
            guard day.month == mo else { return nil }
            return TimeMatch(tokens: i..<end, point: .day(day))
        }
        if unit == "day" {
            let day = nth < 0 ? lastDay.adding(days: nth + 1) : firstDay.adding(days: nth - 1)
            return TimeMatch(tokens: i..<end, point: .day(day))
        }
        if unit == "week" {
            // Weeks run Monday to Sunday; those counted lie wholly inside the month.
            let firstMonday = firstDay.adding(days: (8 - firstDay.weekday) % 7)
            let lastSunday = lastDay.adding(days: -(lastDay.weekday % 7))
            let lastMonday = lastSunday.adding(days: -6)
            return TimeMatch(tokens: i..<end, point: .week(nth < 0 ? lastMonday.adding(days: 7 * (nth + 1)) : firstMonday.adding(days: 7 * (nth - 1))))
        }
        return nil
    }

    /// "the 15th" (this month), "the first of march", "march first", "15 of february", "february the 15th".
    func dayOfMonth(at i: Int, _ r: Range<Int>) -> TimeMatch? {
        var j = i
        if key(j, r) == "the" { j += 1 }
        guard r.contains(j) else { return nil }
        let day: Int?
        if tokens[j].kind == .number { day = dayNumber(j).flatMap { words[j].utf8.count > 2 || key(j + 1, r) == "of" ? $0 : nil } }
        else { day = OrdinalReader.value(words[j]) }
        if let day, (1...31).contains(day) {
            var k = j + 1
            if key(k, r) == "day", key(k + 1, r) == "of" { k += 1 }
            if key(k, r) == "of" { k += 1 }
            var rk = k
            if key(rk, r) == "the" { rk += 1 }
            if key(rk, r).isOne(of: "next", "this", "current", "previous", "last", "following"), key(rk + 1, r) == "month" {
                let offset = key(rk, r).isOne(of: "next", "following") ? 1 : (key(rk, r).isOne(of: "previous", "last") ? -1 : 0)
                let base = documentDate.adding(months: offset)
                if let date = validDay(base.year, base.month, day) { return TimeMatch(tokens: i..<(rk + 2), point: .day(date)) }
            }
            if let (month, length) = monthAt(k, r) {
                var e = k + length
                var y = inferYear(month: month, day: day)
                if key(e, r) == "," { e += 1 }
                if r.contains(e), let yy = year(words[e]) { y = yy; e += 1 } else { e = k + length }
                guard let date = validDay(y, month, day) else { return nil }
                return TimeMatch(tokens: i..<e, point: .day(date))
            }
            // "on the 15th": a day of the document's month — or, when that has passed and the
            // sentence has no past tense, of the next month.
            if j > i, tokens[j].kind == .number || key(i - 1, r) == "on", key(k, r) != "of" || k == j + 1,
               let date = validDay(documentDate.year, documentDate.month, day),
               !(r.contains(j + 1) && tokens[j + 1].kind == .word && !Lexicon.functionWords.contains(key(j + 1, r))) {
                if date < documentDate && !hasPastTense(r), let next = validDay(documentDate.adding(months: 1).year, documentDate.adding(months: 1).month, day) {
                    return TimeMatch(tokens: i..<(j + 1), point: .day(next))
                }
                return TimeMatch(tokens: i..<(j + 1), point: .day(date))
            }
        }
        // "march first", "february the 15th", "march third 2015"
        if let (month, length) = monthAt(i, r) {
            var k = i + length
            if key(k, r) == "the" { k += 1 }
            if r.contains(k), tokens[k].kind == .word, let day = OrdinalReader.value(words[k]), (1...31).contains(day) {
                var e = k + 1
                var y = inferYear(month: month, day: day)
                if r.contains(e), let yy = year(words[e]) { y = yy; e += 1 }
                guard let date = validDay(y, month, day) else { return nil }
                return TimeMatch(tokens: i..<e, point: .day(date))
            }
        }
        return nil
    }

    /// "2/15", "10/31/74", "10-31-74", "10.31.1974", "31/Oct/1974", "31-Oct-74", "2014-10", "2014/10", "2/2013".
    func numericDate(at i: Int, _ r: Range<Int>) -> TimeMatch? {
        guard r.contains(i), tokens[i].kind == .number else { return nil }
        if let date = dottedDate(words[i]) { return TimeMatch(tokens: i..<(i + 1), point: .day(date)) }
        // Collect number/sep/number[/sep/number] written without spaces.
        // The numbers are tokens i, i + 2 and i + 4, with a separator between each two.
        var partCount = 1
        func part(_ n: Int) -> Int { i + 2 * n }
        var separator: String? = nil
        var k = i + 1
        while r.contains(k + 1), partCount < 3, tokens[k].key.isOne(of: "/", "-", "."), !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore,
              separator == nil || separator == words[k] {
            separator = words[k]
            partCount += 1
            k += 2
        }
        guard partCount >= 2, let sep = separator else { return nil }
        func int(_ p: Int) -> Int? { tokens[p].kind == .number && words[p].allSatisfy(\.isNumber) ? Int(words[p]) : nil }
        func fullYear(_ p: Int) -> Int? {
            guard let n = int(p) else { return nil }
            if words[p].utf8.count == 4 { return year(words[p]) }
            if words[p].utf8.count == 2 { return n + (n > (documentDate.year % 100) + 10 ? 1900 : 2000) }
            return nil
        }
        func month(_ p: Int) -> Int? { int(p).flatMap { (1...12).contains($0) ? $0 : nil } ?? Lexicon.months[tokens[p].key] }
        // "31-Oct-74": the tokenizer keeps "Oct-74" whole.
        if partCount == 2, sep == "-", tokens[part(1)].kind == .word, let d = int(part(0)) {
            let pieces = words[part(1)].split(separator: "-")
            if pieces.count == 2, let mo = Lexicon.months[String(pieces[0])], pieces[1].count == 2 || pieces[1].count == 4,
               let yy = Int(pieces[1]), pieces[1].allSatisfy(\.isNumber) {
                let y = pieces[1].count == 4 ? yy : yy + (yy > (documentDate.year % 100) + 10 ? 1900 : 2000)
                if let date = validDay(y, mo, d) { return TimeMatch(tokens: i..<k, point: .day(date)) }
            }
            return nil
        }
        if partCount == 3 {
            // Month first (US) unless the first part cannot be a month: 31/Oct/1974, 15/02/2013.
            guard let y = fullYear(part(2)) else { return nil }
            if let mo = month(part(0)), let d = int(part(1)), let date = validDay(y, mo, d) { return TimeMatch(tokens: i..<k, point: .day(date)) }
            if let d = int(part(0)), let mo = month(part(1)), let date = validDay(y, mo, d) { return TimeMatch(tokens: i..<k, point: .day(date)) }
            return nil
        }
        // Two parts: year and month ("2014-10", "2/2013") or month and day ("2/15").
        if let y = year(words[part(0)]), words[part(0)].utf8.count == 4, let mo = month(part(1)), sep != "." {
            return TimeMatch(tokens: i..<k, point: .month(year: y, month: mo))
        }
        if words[part(1)].utf8.count == 4, let y = year(words[part(1)]), let mo = month(part(0)), sep == "/" {
            return TimeMatch(tokens: i..<k, point: .month(year: y, month: mo))
        }
        // A bare "1/5" is a fraction; as a date it needs a frame ("on 1/5", "since 2/15").
        // "3-1" after a team is a score: with a hyphen, single digits need the frame too.
        let framedDate = TimeRecognizer.signals.contains(key(i - 1, r)) && key(i - 1, r) != "of"
        let hyphenDate = sep == "-" && (framedDate || words[part(0)].utf8.count == 2 || words[part(1)].utf8.count == 2)
        if (sep == "/" && framedDate) || hyphenDate, let mo = int(part(0)), (1...12).contains(mo), words[part(1)].utf8.count <= 2, let d = int(part(1)),
           let date = validDay(inferYear(month: mo, day: d), mo, d),
           !(r.contains(k) && tokens[k].kind == .word && !tokens[k].flags.contains(.functionWord)) {
            return TimeMatch(tokens: i..<k, point: .day(date))
        }
        return nil
    }

    /// A date written with dots in one token: "31.10.1974" (day first, as Europe writes it),
    /// "10.31.1974" when the day cannot come first.
    func dottedDate(_ w: String) -> CalendarDate? {
        guard w.utf8.count >= 8, w.utf8.count <= 10 else { return nil }
        let parts = w.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
              let a = Int(parts[0]), let b = Int(parts[1]), let y = year(String(parts[2])) else { return nil }
        if (1...12).contains(b), let date = validDay(y, b, a), a >= 1 { return date }
        if (1...12).contains(a), b >= 1, let date = validDay(y, a, b) { return date }
        return nil
    }

    /// Joins a following time of day to a day: "August 28 at 2:20 p.m." → 2021-08-28T14:20.
    func attachTimeOfDay(_ m: TimeMatch, _ r: Range<Int>) -> TimeMatch {
        guard let day = m.point.anchorDay else { return m }
        var j = m.tokens.upperBound
        if key(j, r) == "," { j += 1 }
        if key(j, r) == "at" { j += 1 }
        guard let (hour, minute, end) = timeOfDay(at: j, r) else { return m }
        var out = m
        out.tokens = m.tokens.lowerBound..<end
        out.point = .dateTime(day, hour: hour, minute: minute)
        return out
    }

    /// "14:20", "2:20 p.m.", "9am", "noon", "midnight".
    func timeOfDay(at i: Int, _ r: Range<Int>) -> (Int, Int, Int)? {
        guard r.contains(i) else { return nil }
        let w = words[i]
        let wk = tokens[i].key
        if wk == "noon" || wk == "midday" { return (12, 0, i + 1) }
        if wk == "midnight" { return (0, 0, i + 1) }
        // "1400 GMT", "0317 UTC": four digits with a zone.
        if tokens[i].kind == .number, w.utf8.count == 4, TimeRecognizer.zones.contains(key(i + 1, r)), let n = Int(w), n % 100 < 60, n / 100 < 24 {
            return (n / 100, n % 100, i + 2)
        }
        guard tokens[i].kind == .number, let clock = ClockReading(w) else { return nil }
        let (h, minute, hasMinutes) = (clock.hour, clock.minute, clock.hasMinutes)
        var suffix = clock.suffix
        var end = i + 1
        if suffix.isEmpty {
            let n = lower(end, r)
            if n == "am" || n == "pm" || n == "a.m." || n == "p.m." { suffix = String(n.prefix(1)) + "m"; end += 1 }
            else if n == "a" || n == "p", key(end + 1, r) == "." { suffix = n + "m"; end += 2 }
        }
        if suffix.isEmpty && !hasMinutes { return nil }
        var hour = h
        if suffix == "pm" && h < 12 { hour += 12 }
        if suffix == "am" && h == 12 { hour = 0 }
        // "04:12 GMT on Friday": the zone is part of the time.
        if TimeRecognizer.zones.contains(key(end, r)) { end += 1 }
        return (hour, minute, end)
    }
}

/// What a chained time counts from ("a day after", "two months later"): the last explicit day of
/// the document, and the last month or year named without a day since.
struct TimeAnchor: Sendable {
    private(set) var day: CalendarDate? = nil
    /// The token where `day` was named, or -1: "a day after" reads from it one way within its
    /// sentence and the other way after it.
    private(set) var dayToken = -1
    private var month: (year: Int, month: Int)? = nil
    private var year: Int? = nil

    /// Takes a matched time into account: a day replaces everything, a month or a year only what
    /// is coarser.
    mutating func note(_ point: TimePoint, at token: Int) {
        if let d = point.anchorDay {
            day = d
            dayToken = token
            month = nil
            year = nil
            return
        }
        switch point {
        case .month(let y, let m): month = (y, m); year = nil
        case .year(let y): year = y; month = nil
        default: break
        }
    }

    /// The month or year `months` months from the last month or year named, if one was named
    /// after the last day: "in February … two months later" is April, "in 2019 … three years
    /// later" 2022.
    func coarse(shiftedBy months: Int) -> TimePoint? {
        if let (y, m) = month {
            let total = y * 12 + (m - 1) + months
            return .month(year: total / 12, month: total % 12 + 1)
        }
        if let y = year, months % 12 == 0 { return .year(y + months / 12) }
        return nil
    }
}
