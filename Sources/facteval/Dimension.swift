import FactExtraction
import FactModel

/// The Duckling dimensions the extractor covers, and how each is checked.
enum Dimension: String, CaseIterable {
    case numeral, ordinal, amountOfMoney = "amount-of-money", time, duration

    func evaluate(_ row: DucklingRow, extractor: Extractor) -> Outcome {
        switch self {
        case .ordinal:
            let v = OrdinalReader.value(row.text)
            return Outcome(produced: v != nil, correct: v.map(Double.init) == row.expected?.value?.number, got: v.map(String.init))
        default: break
        }
        let x = extractor.extract(SourceText(row.text), fallbackDate: row.referenceDate)
        switch self {
        case .numeral:
            let qs = x.mentions.compactMap(\.quantity)
            let values = qs.compactMap { $0.value ?? $0.min }
            let want = row.expected?.value?.number
            return Outcome(produced: !qs.isEmpty, correct: want.map { w in values.contains { abs($0 - w) < 1e-9 } } ?? false,
                           got: values.map { String($0) }.joined(separator: ","))
        case .amountOfMoney:
            let qs = x.mentions.compactMap(\.quantity).filter { $0.currency != nil }
            let got = qs.map { q in "\(q.value ?? q.min ?? -1)…\(q.max ?? -1) \(q.currency!)" }.joined(separator: ",")
            guard let e = row.expected else { return Outcome(produced: !qs.isEmpty, correct: false, got: got) }
            let correct = qs.contains { q in
                if e.type == "interval" {
                    let lowOK = e.from?.value?.number.map { q.min == $0 } ?? (q.min == nil)
                    let highOK = e.to?.value?.number.map { q.max == $0 } ?? (q.max == nil)
                    return lowOK && highOK && Dimension.sameCurrency(q.currency, e.from?.unit ?? e.to?.unit)
                }
                // Duckling counts cents as their own unit; factd converts them to the currency.
                if e.unit == "cent" { return q.value.map { abs($0 * 100 - (e.value?.number ?? -1)) < 1e-6 } ?? false }
                return q.value == e.value?.number && Dimension.sameCurrency(q.currency, e.unit)
            }
            return Outcome(produced: !qs.isEmpty, correct: correct, got: got)
        case .duration:
            // Compared in seconds, Duckling's way: a month is 30 days, a year 365.
            let values = x.mentions.compactMap(\.time).map(\.value).filter { $0.hasPrefix("P") }
            // Duckling counts "2 years 3 months" as 27 months: compare calendar units as months.
            let monthly = row.expected?.unit == "month" || row.expected?.unit == "year"
            let want = Dimension.durationValue(row.expected).flatMap { monthly ? Dimension.months($0).map { $0 * 30 * 86_400 } : Dimension.seconds($0) }
            let ours = values.compactMap { monthly ? Dimension.months($0).map { $0 * 30 * 86_400 } : Dimension.seconds($0) }
            let correct = want.map { w in ours.contains { abs($0 - w) < 1e-6 } } ?? false
            return Outcome(produced: !values.isEmpty, correct: correct, got: values.joined(separator: ","))
        case .time:
            // Durations are not times, unless anchored ("the last 2 days" is a period with an interval).
            let times = x.mentions.compactMap(\.time).filter { !$0.value.hasPrefix("P") || $0.start != nil }
            let got = times.map { "\($0.value) [\($0.start?.description ?? "")…\($0.end?.description ?? "")]" }.joined(separator: ",")
            guard let e = row.expected else { return Outcome(produced: !times.isEmpty, correct: false, got: got) }
            let correct = times.contains { Dimension.timeMatches($0, e) }
            return Outcome(produced: !times.isEmpty, correct: correct, got: got)
        case .ordinal:
            return Outcome(produced: false, correct: false, got: nil)
        }
    }

    /// "$" in Duckling is a dollar of unspecified country: any dollar currency counts.
    static func sameCurrency(_ ours: String?, _ theirs: String?) -> Bool {
        guard let ours, let theirs else { return false }
        switch theirs {
        case "$": return ["USD", "CAD", "AUD", "NZD", "SGD", "HKD"].contains(ours)
        case "£": return ours == "GBP"
        case "€": return ours == "EUR"
        case "unknown", "dinar", "riyal", "rial", "pound", "dollar", "rupee", "franc", "krone", "peso": return true  // Duckling leaves the country open
        default: return ours == theirs
        }
    }

    /// Months in a calendar duration ("P2Y3M" → 27), nil when it has days, weeks or a time part.
    static func months(_ value: String) -> Double? {
        guard !value.contains("T"), !value.contains("D"), !value.contains("W") else { return nil }
        var total = 0.0
        var number = ""
        for c in value.dropFirst() {
            if c.isNumber || c == "." { number.append(c); continue }
            guard let n = Double(number) else { return nil }
            number = ""
            total += c == "Y" ? n * 12 : n
        }
        return total
    }

    /// Seconds in a simple ISO 8601 duration ("P3D", "PT1.5H").
    static func seconds(_ value: String) -> Double? {
        var rest = value.dropFirst()
        var inTime = false
        var total = 0.0
        var number = ""
        while let c = rest.first {
            rest = rest.dropFirst()
            if c == "T" { inTime = true; continue }
            if c.isNumber || c == "." { number.append(c); continue }
            guard let n = Double(number) else { return nil }
            number = ""
            switch (c, inTime) {
            case ("Y", false): total += n * 365 * 86_400
            case ("M", false): total += n * 30 * 86_400
            case ("W", false): total += n * 7 * 86_400
            case ("D", false): total += n * 86_400
            case ("H", true): total += n * 3_600
            case ("M", true): total += n * 60
            case ("S", true): total += n
            default: return nil
            }
        }
        return total
    }

    static func durationValue(_ e: DucklingRow.Expected?) -> String? {
        guard let e, let v = e.value?.number, let unit = e.unit, v.rounded() == v else { return nil }
        let n = Int(v)
        switch unit {
        case "second": return "PT\(n)S"
        case "minute": return "PT\(n)M"
        case "hour": return "PT\(n)H"
        case "day": return "P\(n)D"
        case "week": return "P\(n)W"
        case "month": return "P\(n)M"
        case "year": return "P\(n)Y"
        default: return nil
        }
    }

    /// Our TIMEX3 value (or interval) against Duckling's instant and grain.
    static func timeMatches(_ t: TimeExpression, _ e: DucklingRow.Expected) -> Bool {
        if e.type == "interval" {
            guard let from = e.from?.value?.string.flatMap({ CalendarDate(iso: String($0.prefix(10))) }) else { return false }
            let startOK = t.start == from
            guard let toText = e.to?.value?.string, let toDay = CalendarDate(iso: String(toText.prefix(10))) else { return startOK }
            // Duckling's "to" is exclusive at the grain.
            let inclusive: CalendarDate
            switch e.to?.grain ?? "day" {
            case "month": inclusive = toDay.adding(days: -1)
            case "year": inclusive = toDay.adding(days: -1)
            case "week": inclusive = toDay.adding(days: -1)
            default: inclusive = toDay.adding(days: -1)
            }
            return startOK && (t.end == inclusive || t.end == toDay)
        }
        guard let text = e.value?.string, let day = CalendarDate(iso: String(text.prefix(10))) else { return false }
        switch e.grain ?? "" {
        case "day": return t.value == day.description
        case "month": return t.value == String(day.description.prefix(7))
        case "year": return t.value == String(day.description.prefix(4))
        case "quarter": return t.value == String(day.description.prefix(4)) + "-Q\((day.month - 1) / 3 + 1)"
        case "week": return t.start == day
        case "hour", "minute":
            return t.value == day.description + "T" + String(text.dropFirst(11).prefix(5))
        default: return false
        }
    }
}
