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
/// explicit day, which is the `anchor` the caller carries through the document.
struct TimeRecognizer {
    let tokens: [Token]
    let documentDate: CalendarDate

    /// Signal words that frame a time expression.
    static let signals: Set<String> = [
        "since", "by", "until", "till", "in", "on", "before", "after", "from", "during", "through", "at",
        "to", "between", "within", "throughout", "around", "as", "of",
    ]

    static let unitLetters: [String: (String, Int)] = [
        "second": ("S", 0), "seconds": ("S", 0), "minute": ("M", 0), "minutes": ("M", 0), "hour": ("H", 0),
        "hours": ("H", 0), "day": ("D", 1), "days": ("D", 1), "week": ("W", 7), "weeks": ("W", 7),
        "month": ("M", 30), "months": ("M", 30), "year": ("Y", 365), "years": ("Y", 365),
        "decade": ("Y", 3650), "decades": ("Y", 3650), "fortnight": ("W", 14), "fortnights": ("W", 14),
    ]

    func lower(_ i: Int, _ range: Range<Int>) -> String { range.contains(i) ? tokens[i].lower : "" }

    /// All matches in `range`, left to right, non-overlapping. `anchor` is updated with explicit days.
    func matches(in range: Range<Int>, anchor: inout CalendarDate?) -> [TimeMatch] {
        var out: [TimeMatch] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if var m = match(at: i, range, anchor: anchor) {
                m = attachTimeOfDay(m, range)
                m.signal = signal(before: m.tokens.lowerBound, range)
                if m.signal == "since", m.point.interval != nil { m.extendsToDocumentDate = true }
                if let d = m.point.anchorDay, !isRelative(m) { anchor = d }
                out.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    func isRelative(_ m: TimeMatch) -> Bool { false }

    func signal(before i: Int, _ range: Range<Int>) -> String? {
        let w = lower(i - 1, range)
        if w == "of", lower(i - 2, range) == "as" { return "as of" }
        return TimeRecognizer.signals.contains(w) && w != "of" && w != "as" ? w : nil
    }

    func match(at i: Int, _ r: Range<Int>, anchor: CalendarDate?) -> TimeMatch? {
        let w = tokens[i].lower
        // Fuzzy modifiers: early / mid / late / the end of / the beginning of …
        if let (mod, length) = modifier(at: i, r), let base = baseMatch(at: i + length, r, anchor: anchor) {
            if case .duration = base.point { return nil }
            return TimeMatch(tokens: i..<base.tokens.upperBound, point: base.point, mod: mod)
        }
        if w.hasPrefix("mid-"), let y = year(String(w.dropFirst(4))) {
            return TimeMatch(tokens: i..<(i + 1), point: .year(y), mod: "MID")
        }
        return baseMatch(at: i, r, anchor: anchor)
    }

    func modifier(at i: Int, _ r: Range<Int>) -> (String, Int)? {
        switch lower(i, r) {
        case "early": return ("START", 1)
        case "mid", "middle": return ("MID", lower(i + 1, r) == "-" ? 2 : 1)
        case "late": return ("END", 1)
        case "the":
            let n = lower(i + 1, r)
            guard lower(i + 2, r) == "of" else { return nil }
            if n == "end" { return ("END", 3) }
            if n == "beginning" || n == "start" { return ("START", 3) }
            if n == "middle" { return ("MID", 3) }
            return nil
        default: return nil
        }
    }

    func year(_ s: String) -> Int? {
        guard s.count == 4, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let y = Int(s), (1000...2199).contains(y) else { return nil }
        return y
    }

    func dayNumber(_ t: Token) -> Int? {
        guard t.kind == .number else { return nil }
        var s = t.lower
        for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) { s.removeLast(2) }
        guard s.count <= 2, let d = Int(s), (1...31).contains(d) else { return nil }
        return d
    }

    func monthAt(_ i: Int, _ r: Range<Int>) -> (month: Int, length: Int)? {
        guard r.contains(i), tokens[i].kind == .word, let m = Lexicon.months[tokens[i].lower] else { return nil }
        // Abbreviations and "may"/"march" need a capital letter to be months.
        if !tokens[i].isCapitalized { return nil }
        let length = lower(i + 1, r) == "." && !tokens[i + 1].spaceBefore ? 2 : 1
        return (m, length)
    }

    func validDay(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? {
        d <= CalendarDate.daysIn(month: m, year: y) ? CalendarDate(year: y, month: m, day: d) : nil
    }

    func baseMatch(at i: Int, _ r: Range<Int>, anchor: CalendarDate?) -> TimeMatch? {
        guard r.contains(i) else { return nil }
        let t = tokens[i]
        let w = t.lower
        func m(_ end: Int, _ p: TimePoint, mod: String? = nil) -> TimeMatch { TimeMatch(tokens: i..<end, point: p, mod: mod) }

        // Weekday, optionally followed by a date: "Tuesday", "Tuesday, Aug. 31".
        if t.isCapitalized, let weekday = Lexicon.weekdays[w], w.count > 3 || lower(i + 1, r) == "." {
            let abbreviated = !w.hasSuffix("day")
            var j = i + 1
            if abbreviated && lower(j, r) == "." { j += 1 }
            if lower(j, r) == "," { j += 1 }
            if let dated = baseMatch(at: j, r, anchor: anchor), case .day = dated.point {
                return m(dated.tokens.upperBound, dated.point)
            }
            var dir = direction(before: i, r)
            if dir == 0 && isFuture(r) { dir = 1 }
            return m(abbreviated && lower(i + 1, r) == "." ? i + 2 : i + 1, .day(relativeWeekday(weekday, direction: dir)))
        }
        // Month first: "August 28, 2021", "Aug. 30", "January 2015", "January of 2015", "January".
        if let (month, length) = monthAt(i, r) {
            var j = i + length
            if r.contains(j), let d = dayNumber(tokens[j]), tokens[j].newlinesBefore == 0 {
                j += 1
                var k = j
                if lower(k, r) == "," { k += 1 }
                if r.contains(k), let y = year(tokens[k].lower), let date = validDay(y, month, d) { return m(k + 1, .day(date)) }
                if let date = validDay(inferYear(month: month, day: d), month, d) { return m(j, .day(date)) }
                return nil
            }
            var k = j
            if lower(k, r) == "of" || lower(k, r) == "," { k += 1 }
            if r.contains(k), let y = year(tokens[k].lower) { return m(k + 1, .month(year: y, month: month)) }
            let w0 = tokens[i].lower
            let full = w0.count > 3 || w0 == "may" || w0 == "june" || w0 == "july"
            let framed = TimeRecognizer.signals.contains(lower(i - 1, r)) || ["last", "next", "this", "early", "late", "mid"].contains(lower(i - 1, r))
            if full && (framed || w0.count > 5) && !(w0 == "may" && !framed) && !(w0 == "march" && !framed) {
                let direction = direction(before: i, r)
                return m(j, .month(year: inferYear(month: month, direction: direction), month: month))
            }
            return nil
        }
        // Day first: "28 August 2021", "28th of August".
        if let d = dayNumber(t) {
            var j = i + 1
            if lower(j, r) == "of" { j += 1 }
            if let (month, length) = monthAt(j, r) {
                var k = j + length
                if lower(k, r) == "," { k += 1 }
                if r.contains(k), let y = year(tokens[k].lower), let date = validDay(y, month, d) { return m(k + 1, .day(date)) }
                if let date = validDay(inferYear(month: month, day: d), month, d) { return m(j + length, .day(date)) }
            }
        }
        if t.kind == .number {
            // ISO date 2021-08-28 or US 8/28/2021, written without spaces.
            if let y = year(w), lower(i + 1, r) == "-", r.contains(i + 4), lower(i + 3, r) == "-",
               !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, !tokens[i + 3].spaceBefore, !tokens[i + 4].spaceBefore,
               let mo = Int(tokens[i + 2].lower), (1...12).contains(mo), let d = Int(tokens[i + 4].lower), let date = validDay(y, mo, d) {
                return m(i + 5, .day(date))
            }
            if lower(i + 1, r) == "/", r.contains(i + 4), lower(i + 3, r) == "/", !tokens[i + 1].spaceBefore, !tokens[i + 4].spaceBefore,
               let mo = Int(w), (1...12).contains(mo), let d = Int(tokens[i + 2].lower), let y = year(tokens[i + 4].lower),
               let date = validDay(y, mo, d) {
                return m(i + 5, .day(date))
            }
            // Decades: "the 1990s".
            if w.count == 5, w.hasSuffix("0s"), let y = year(String(w.dropLast())) { return m(i + 1, .decade(y / 10)) }
            // Years need a frame so that "1500 fighters" stays a number.
            if let y = year(w), tokens[i].lower.count == 4 {
                let before = lower(i - 1, r)
                let framed = TimeRecognizer.signals.contains(before) || ["early", "late", "mid", "and", "or", "year", "fiscal", "the", "–", "-"].contains(before)
                    || i == r.lowerBound && lower(i + 1, r) == ","
                let next = lower(i + 1, r)
                let countsSomething = r.contains(i + 1) && tokens[i + 1].kind == .word && next.hasSuffix("s") && !Lexicon.functionWords.contains(next)
                if framed && !countsSomething { return m(i + 1, .year(y)) }
            }
        }
        // Quarters: "Q2 2025", "the second quarter of 2025".
        if w.count == 2, w.hasPrefix("q"), let q = Int(w.dropFirst()), (1...4).contains(q) {
            var j = i + 1
            if lower(j, r) == "of" || lower(j, r) == "," { j += 1 }
            if r.contains(j), let y = year(tokens[j].lower) { return m(j + 1, .quarter(year: y, quarter: q)) }
            return m(i + 1, .quarter(year: documentDate.year, quarter: q))
        }
        if let ordinal = Lexicon.ordinalWords[w], lower(i + 1, r) == "quarter" || lower(i + 1, r) == "half" {
            let isQuarter = lower(i + 1, r) == "quarter"
            guard ordinal >= 1 && ordinal <= (isQuarter ? 4 : 2) else { return nil }
            var j = i + 2
            var y = documentDate.year
            if lower(j, r) == "of", r.contains(j + 1), let yy = year(tokens[j + 1].lower) { y = yy; j += 2 }
            else if r.contains(j), let yy = year(tokens[j].lower) { y = yy; j += 1 }
            else if lower(i - 1, r) != "the" { return nil }
            return m(j, isQuarter ? .quarter(year: y, quarter: ordinal) : .half(year: y, half: ordinal))
        }
        // Seasons with a year: "summer 2020", "the spring of 2019".
        if let season = Lexicon.seasons[w] {
            var j = i + 1
            if lower(j, r) == "of" { j += 1 }
            if r.contains(j), let y = year(tokens[j].lower) { return m(j + 1, .season(year: y, season: season)) }
        }
        // Words relative to the document date.
        switch w {
        case "today", "tonight": return m(i + 1, .day(documentDate))
        case "yesterday": return m(i + 1, .day(documentDate.adding(days: -1)))
        case "tomorrow": return m(i + 1, .day(documentDate.adding(days: 1)))
        case "now", "currently", "presently": return m(i + 1, .reference("PRESENT_REF", documentDate))
        case "recently", "lately", "formerly", "previously": return m(i + 1, .reference("PAST_REF", documentDate))
        case "this":
            if ["morning", "afternoon", "evening"].contains(lower(i + 1, r)) { return m(i + 2, .day(documentDate)) }
            fallthrough
        case "last", "next", "past", "coming":
            return relativePeriod(at: i, r)
        case "the":
            if ["next", "following"].contains(lower(i + 1, r)), lower(i + 2, r) == "day", let anchor {
                return m(i + 3, .day(anchor.adding(days: 1)))
            }
            if lower(i + 1, r) == "day", lower(i + 2, r) == "before", let anchor,
               !(r.contains(i + 3) && tokens[i + 3].kind != .punctuation) {
                return m(i + 3, .day(anchor.adding(days: -1)))
            }
        default: break
        }
        // "three days ago", "a day after", "two weeks later", "for six weeks".
        return countedPeriod(at: i, r, anchor: anchor)
    }

    /// Whether the sentence speaks of the future ("will", "is expected to", "scheduled"), so a bare
    /// weekday means the coming one.
    func isFuture(_ r: Range<Int>) -> Bool {
        r.contains { i in
            let w = tokens[i].lower
            if ["will", "shall", "'ll", "wo", "upcoming"].contains(w) { return true }
            // "is expected to", "are scheduled to", "is due": present tense about what comes.
            return ["expected", "scheduled", "due", "set"].contains(w) && ["is", "are", "'s", "'re"].contains(lower(i - 1, r))
        }
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
        let w = lower(i, r)
        let offset = w == "next" || w == "coming" ? 1 : (w == "this" ? 0 : -1)
        let unit = lower(i + 1, r)
        func m(_ p: TimePoint) -> TimeMatch { TimeMatch(tokens: i..<(i + 2), point: p) }
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
            let saturday = relativeWeekday(6, direction: offset)
            return m(.week(saturday))
        default:
            if let season = Lexicon.seasons[unit] {
                return m(.season(year: documentDate.year + (offset < 0 ? -1 : offset), season: season))
            }
            return nil
        }
    }

    func countedPeriod(at i: Int, _ r: Range<Int>, anchor: CalendarDate?) -> TimeMatch? {
        let w = lower(i, r)
        var n: Int
        if w == "a" || w == "an" || w == "one" { n = 1 }
        else if let v = Lexicon.smallNumbers[w] { n = Int(v) }
        else if tokens[i].kind == .number, let v = Int(w), v < 1000 { n = v }
        else { return nil }
        guard let (letter, days) = TimeRecognizer.unitLetters[lower(i + 1, r)] else { return nil }
        let after = lower(i + 2, r)
        let unitWord = lower(i + 1, r)
        func shifted(_ from: CalendarDate, _ sign: Int) -> CalendarDate {
            switch letter {
            case "D": return from.adding(days: sign * n)
            case "W": return from.adding(days: sign * n * days)
            case "M" where days == 30: return from.adding(months: sign * n)
            case "Y": return from.adding(months: sign * n * 12 * (days / 365))
            default: return from
            }
        }
        guard days > 0 || !["ago", "later", "after", "before", "earlier"].contains(after) else { return nil }
        switch after {
        case "ago":
            return TimeMatch(tokens: i..<(i + 3), point: .day(shifted(documentDate, -1)))
        case "later", "after":
            guard let anchor else { return after == "later" ? nil : duration(i, n, letter, unitWord) }
            // "a day after the attack": the event after the anchor … or, when the anchor is the
            // main clause's date, the event it follows. News uses "X happened on D, a day after Y".
            let forward = after == "later"
            return TimeMatch(tokens: i..<(i + 3), point: .day(shifted(anchor, forward ? 1 : -1)))
        case "earlier", "before":
            guard let anchor else { return after == "earlier" ? nil : duration(i, n, letter, unitWord) }
            let backward = after == "earlier"
            return TimeMatch(tokens: i..<(i + 3), point: .day(shifted(anchor, backward ? -1 : 1)))
        default:
            // "a year" is a duration only where something frames it: "for a year", "within a day".
            if w == "a" || w == "an" {
                let framing: Set<String> = ["for", "within", "over", "than", "least", "about", "nearly", "almost", "past", "last", "after", "in"]
                if !framing.contains(lower(i - 1, r)) { return nil }
            }
            return duration(i, n, letter, unitWord)
        }
    }

    func duration(_ i: Int, _ n: Int, _ letter: String, _ unit: String) -> TimeMatch {
        let count = unit.hasPrefix("decade") ? n * 10 : (unit.hasPrefix("fortnight") ? n * 2 : n)
        let timeUnit = ["second", "minute", "hour"].contains(where: { unit.hasPrefix($0) })
        return TimeMatch(tokens: i..<(i + 2), point: .duration((timeUnit ? "PT" : "P") + "\(count)" + letter))
    }

    /// Joins a following time of day to a day: "August 28 at 2:20 p.m." → 2021-08-28T14:20.
    func attachTimeOfDay(_ m: TimeMatch, _ r: Range<Int>) -> TimeMatch {
        guard let day = m.point.anchorDay else { return m }
        var j = m.tokens.upperBound
        if lower(j, r) == "," { j += 1 }
        if lower(j, r) == "at" { j += 1 }
        guard let (hour, minute, end) = timeOfDay(at: j, r) else { return m }
        var out = m
        out.tokens = m.tokens.lowerBound..<end
        out.point = .dateTime(day, hour: hour, minute: minute)
        return out
    }

    /// "14:20", "2:20 p.m.", "9am", "noon", "midnight".
    func timeOfDay(at i: Int, _ r: Range<Int>) -> (Int, Int, Int)? {
        guard r.contains(i) else { return nil }
        let w = tokens[i].lower
        if w == "noon" || w == "midday" { return (12, 0, i + 1) }
        if w == "midnight" { return (0, 0, i + 1) }
        guard tokens[i].kind == .number else { return nil }
        var text = w
        var suffix = ""
        for s in ["am", "pm"] where text.hasSuffix(s) { suffix = s; text.removeLast(2) }
        let parts = text.split(separator: ":")
        guard let h = Int(parts[0]), h < 24 else { return nil }
        let minute = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        var end = i + 1
        if suffix.isEmpty {
            let n = lower(end, r)
            if n == "am" || n == "pm" || n == "a.m." || n == "p.m." { suffix = String(n.prefix(1)) + "m"; end += 1 }
            else if n == "a" || n == "p", lower(end + 1, r) == "." { suffix = n + "m"; end += 2 }
        }
        if suffix.isEmpty && parts.count < 2 { return nil }
        var hour = h
        if suffix == "pm" && h < 12 { hour += 12 }
        if suffix == "am" && h == 12 { hour = 0 }
        return (hour, minute, end)
    }
}
