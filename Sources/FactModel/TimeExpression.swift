/// A time expression normalized to TimeML (TIMEX3). Called `Time` on the wire.
public struct TimeExpression: Codable, Sendable, Hashable {
    /// The words as written.
    public var text: String
    /// TIMEX3 value: "2015", "2015-01", "2021-08-28", "2025-Q2", "2023-W36", "2025-02-02T14:20",
    /// "199" (a decade), "P6W" (a duration), "PRESENT_REF".
    public var value: String
    /// TIMEX3 mod: START, MID, END; BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, APPROX (a hedged
    /// count from a day); MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS (a hedged duration).
    public var mod: String?
    /// The word that frames the expression: since, by, until, in, on, before, after, …
    public var signal: String?
    /// First day of the interval covered, inclusive. Absent for unanchored durations.
    public var start: CalendarDate?
    /// Last day of the interval covered, inclusive. Absent for unanchored durations.
    public var end: CalendarDate?

    public init(text: String, value: String, mod: String? = nil, signal: String? = nil,
                start: CalendarDate? = nil, end: CalendarDate? = nil) {
        self.text = text
        self.value = value
        self.mod = mod
        self.signal = signal
        self.start = start
        self.end = end
    }

    /// Whether the covered interval overlaps `[from, to]` (either bound may be open).
    public func overlaps(from: CalendarDate?, to: CalendarDate?) -> Bool {
        TimeExpression.interval(start, end, overlapsFrom: from, to: to)
    }

    /// Whether `[start, end]` overlaps `[from, to]`; false when either end of the interval is unknown.
    static func interval(_ start: CalendarDate?, _ end: CalendarDate?, overlapsFrom from: CalendarDate?, to: CalendarDate?) -> Bool {
        guard let start, let end else { return false }
        if let from, end < from { return false }
        if let to, start > to { return false }
        return true
    }
}

extension TimeExpression {
    /// Whether this is a length of time ("P6W", "PT30H"), not a point or a reference word.
    public var isDuration: Bool {
        let utf8 = value.utf8
        guard utf8.count >= 2, utf8.first == UInt8(ascii: "P") else { return false }
        let second = utf8[utf8.index(after: utf8.startIndex)]
        return second == UInt8(ascii: "T") || second == UInt8(ascii: "X") || (second >= UInt8(ascii: "0") && second <= UInt8(ascii: "9"))
    }

    /// Whether this is a TIMEX3 reference word ("PAST_REF", "PRESENT_REF", "FUTURE_REF").
    public var isReference: Bool { value.utf8.last == UInt8(ascii: "F") && value.hasSuffix("_REF") }
}
