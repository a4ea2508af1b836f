/// A proleptic Gregorian calendar day, without time zone. Used for interval bounds.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// year × 512 + month × 32 + day in four bytes (times are stored by the hundred thousand),
    /// which also orders dates by plain comparison.
    private var packed: Int32

    public var year: Int {
        get { Int(packed >> 9) }
        set { packed = CalendarDate.pack(newValue, month, day) }
    }
    public var month: Int {
        get { Int((packed >> 5) & 15) }
        set { packed = CalendarDate.pack(year, newValue, day) }
    }
    public var day: Int {
        get { Int(packed & 31) }
        set { packed = CalendarDate.pack(year, month, newValue) }
    }

    public init(year: Int, month: Int, day: Int) {
        packed = CalendarDate.pack(year, month, day)
    }

    /// The date in four bytes, for tables that store many (``FactTable``); never `Int32.min`,
    /// which has month 0.
    var packedValue: Int32 { packed }

    init(packedValue: Int32) { packed = packedValue }

    private static func pack(_ year: Int, _ month: Int, _ day: Int) -> Int32 {
        Int32(truncatingIfNeeded: year << 9 | (month & 15) << 5 | (day & 31))
    }

    /// Parses `YYYY-MM-DD` (also accepts `YYYY-MM` → first day and `YYYY` → January 1).
    public init?(iso: String) {
        // Read on the UTF-8 bytes: every document's date and every stored time comes through here.
        var fields = (0, 0, 0)
        var count = 0
        var digits = 0
        for b in iso.utf8 {
            if b == 0x2D {
                guard digits > 0, count < 2 else { return nil }
                if count == 0 && digits != 4 { return nil }
                count += 1
                digits = 0
                continue
            }
            guard b &- 0x30 < 10, digits < 9 else { return nil }
            let value = Int(b &- 0x30)
            switch count {
            case 0: fields.0 = fields.0 * 10 + value
            case 1: fields.1 = fields.1 * 10 + value
            default: fields.2 = fields.2 * 10 + value
            }
            digits += 1
        }
        guard digits > 0, count > 0 || digits == 4 else { return nil }
        let (y, m, d) = (fields.0, count >= 1 ? fields.1 : 1, count >= 2 ? fields.2 : 1)
        guard (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.packed < b.packed }

    /// `YYYY-MM-DD`.
    public var description: String {
        guard (0...9999).contains(year) else {
            return CalendarDate.pad(year, 4) + "-" + CalendarDate.pad(month, 2) + "-" + CalendarDate.pad(day, 2)
        }
        // Ten digits and dashes written straight into one small string.
        return String(unsafeUninitializedCapacity: 10) { out in
            var n = year
            for i in stride(from: 3, through: 0, by: -1) { out[i] = UInt8(48 + n % 10); n /= 10 }
            (out[4], out[5], out[6], out[7]) = (0x2D, UInt8(48 + month / 10), UInt8(48 + month % 10), 0x2D)
            (out[8], out[9]) = (UInt8(48 + day / 10), UInt8(48 + day % 10))
            return 10
        }
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// Adds months, clamping the day to the target month's length.
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    public var weekday: Int {
        let r = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (4).
        return (r < 0 ? r + 7 : r) + 1
    }

    /// The last day of this date's month.
    public var endOfMonth: CalendarDate {
        CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }

    /// `n` in decimal, zero-padded to `width` digits.
    public static func pad(_ n: Int, _ width: Int) -> String {
        // Digits written straight into the string, right to left: no intermediate strings.
        var rest = n.magnitude
        var digits = 1
        while rest >= 10 { rest /= 10; digits += 1 }
        let sign = n < 0 ? 1 : 0
        let count = max(digits, width) + sign
        return String(unsafeUninitializedCapacity: count) { out in
            var v = n.magnitude
            var i = count
            repeat { i -= 1; out[i] = UInt8(48 + v % 10); v /= 10 } while v > 0
            while i > sign { i -= 1; out[i] = 0x30 }
            if sign == 1 { out[0] = 0x2D }
            return count
        }
    }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = CalendarDate(iso: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ISO date: \(s)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
