import FactModel

/// A normalized time before it is written as TIMEX3: its granularity and interval.
enum TimePoint: Sendable, Equatable {
    case day(CalendarDate)
    case month(year: Int, month: Int)
    case year(Int)
    case decade(Int)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case season(year: Int, season: String)
    case week(CalendarDate)
    /// The weekend of the week of a day (its Saturday): "2026-W07-WE", Saturday to Sunday.
    case weekend(CalendarDate)
    case dateTime(CalendarDate, hour: Int, minute: Int)
    case duration(String)
    case reference(String, CalendarDate)
    /// A span of days written as a range ("July 13-15"): ISO 8601 "start/end" as the value.
    case span(CalendarDate, CalendarDate)
    /// A span of years written as a range ("between 2013 and 2022"): "2013/2022" as the value.
    case yearSpan(Int, Int)
    /// A span of months written as a range ("between June 2021 and March 2023"): "2021-06/2023-03".
    case monthSpan(Int, Int, Int, Int)
    /// A counted period anchored to the document date ("the past two weeks"): a duration value
    /// with the interval it covers.
    case period(String, CalendarDate, CalendarDate)

    /// The TIMEX3 value.
    var value: String {
        switch self {
        case .day(let d): return d.description
        case .month(let y, let m): return CalendarDate.pad(y, 4) + "-" + CalendarDate.pad(m, 2)
        case .year(let y): return CalendarDate.pad(y, 4)
        case .decade(let d): return CalendarDate.pad(d, 3)
        case .quarter(let y, let q): return CalendarDate.pad(y, 4) + "-Q\(q)"
        case .half(let y, let h): return CalendarDate.pad(y, 4) + "-H\(h)"
        case .season(let y, let s): return CalendarDate.pad(y, 4) + "-" + s
        case .week(let d):
            let (y, w) = TimePoint.isoWeek(d)
            return CalendarDate.pad(y, 4) + "-W" + CalendarDate.pad(w, 2)
        case .weekend(let d):
            let (y, w) = TimePoint.isoWeek(d)
            return CalendarDate.pad(y, 4) + "-W" + CalendarDate.pad(w, 2) + "-WE"
        case .dateTime(let d, let h, let m): return d.description + "T" + CalendarDate.pad(h, 2) + ":" + CalendarDate.pad(m, 2)
        case .duration(let v): return v
        case .reference(let v, _): return v
        case .span(let a, let b): return a.description + "/" + b.description
        case .yearSpan(let a, let b): return CalendarDate.pad(a, 4) + "/" + CalendarDate.pad(b, 4)
        case .monthSpan(let y1, let m1, let y2, let m2):
            return CalendarDate.pad(y1, 4) + "-" + CalendarDate.pad(m1, 2) + "/" + CalendarDate.pad(y2, 4) + "-" + CalendarDate.pad(m2, 2)
        case .period(let v, _, _): return v
        }
    }

    /// The inclusive interval of days covered, if anchored.
    var interval: (CalendarDate, CalendarDate)? {
        switch self {
        case .day(let d), .dateTime(let d, _, _): return (d, d)
        case .month(let y, let m):
            let s = CalendarDate(year: y, month: m, day: 1)
            return (s, s.endOfMonth)
        case .year(let y): return (CalendarDate(year: y, month: 1, day: 1), CalendarDate(year: y, month: 12, day: 31))
        case .decade(let d): return (CalendarDate(year: d * 10, month: 1, day: 1), CalendarDate(year: d * 10 + 9, month: 12, day: 31))
        case .quarter(let y, let q):
            let s = CalendarDate(year: y, month: (q - 1) * 3 + 1, day: 1)
            return (s, s.adding(months: 2).endOfMonth)
        case .half(let y, let h):
            let s = CalendarDate(year: y, month: h == 1 ? 1 : 7, day: 1)
            return (s, s.adding(months: 5).endOfMonth)
        case .season(let y, let s):
            // Northern-hemisphere astronomical seasons (equinox and solstice days as usually given);
            // winter runs into the next year.
            let bounds = TimePoint.seasonBounds[s] ?? (3, 20, 6, 20)
            let start = CalendarDate(year: y, month: bounds.0, day: bounds.1)
            let end = CalendarDate(year: s == "WI" ? y + 1 : y, month: bounds.2, day: bounds.3)
            return (start, end)
        case .week(let d):
            let monday = d.adding(days: 1 - d.weekday)
            return (monday, monday.adding(days: 6))
        case .weekend(let d):
            let saturday = d.adding(days: 6 - d.weekday)
            return (saturday, saturday.adding(days: 1))
        case .duration: return nil
        case .reference(let v, let d):
            return v == "PRESENT_REF" ? (d, d) : nil
        case .span(let a, let b), .period(_, let a, let b): return (a, b)
        case .yearSpan(let a, let b): return (CalendarDate(year: a, month: 1, day: 1), CalendarDate(year: b, month: 12, day: 31))
        case .monthSpan(let y1, let m1, let y2, let m2):
            return (CalendarDate(year: y1, month: m1, day: 1), CalendarDate(year: y2, month: m2, day: 1).endOfMonth)
        }
    }

    /// Season → (start month, start day, end month, end day).
    static let seasonBounds: WordMap<(Int, Int, Int, Int)> = [
        "SP": (3, 20, 6, 20), "SU": (6, 21, 9, 23), "FA": (9, 23, 12, 20), "WI": (12, 21, 3, 20),
    ]
    static let seasonOrder = ["WI", "SP", "SU", "FA"]

    /// The season a day falls in, with the year it started in.
    static func season(containing d: CalendarDate) -> (year: Int, season: String) {
        for s in ["SP", "SU", "FA"] where !(s == "SP" && d.month == 3 && d.day == 20) {
            if case let (start, end)? = TimePoint.season(year: d.year, season: s).interval, d >= start && d <= end { return (d.year, s) }
        }
        return (d.month <= 3 ? d.year - 1 : d.year, "WI")
    }

    static func nextSeason(_ s: (year: Int, season: String)) -> (year: Int, season: String) {
        switch s.season {
        case "WI": return (s.year + 1, "SP")
        case "SP": return (s.year, "SU")
        case "SU": return (s.year, "FA")
        default: return (s.year, "WI")
        }
    }

    static func previousSeason(_ s: (year: Int, season: String)) -> (year: Int, season: String) {
        switch s.season {
        case "SP": return (s.year - 1, "WI")
        case "SU": return (s.year, "SP")
        case "FA": return (s.year, "SU")
        default: return (s.year, "FA")
        }
    }

    /// ISO 8601 week-numbering year and week of a date.
    static func isoWeek(_ d: CalendarDate) -> (Int, Int) {
        let thursday = d.adding(days: 4 - d.weekday)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// The day this time starts on, for anchoring later relative expressions.
    var anchorDay: CalendarDate? {
        switch self {
        case .day(let d), .dateTime(let d, _, _): return d
        default: return nil
        }
    }
}
