import FactModel
import Testing

@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("2021-08-28", CalendarDate(year: 2021, month: 8, day: 28)),
        ("2015-01", CalendarDate(year: 2015, month: 1, day: 1)),
        ("2015", CalendarDate(year: 2015, month: 1, day: 1)),
        ("2024-02-29", CalendarDate(year: 2024, month: 2, day: 29)),
    ])
    func parses(_ text: String, _ date: CalendarDate) {
        #expect(CalendarDate(iso: text) == date)
    }

    @Test(arguments: ["2023-02-29", "2021-13-01", "21-01-01", "2021-00-10", "soon", "", "2021-", "-2021", "2021--01", "2021-01-01-01", "2021-0a", "+202"])
    func rejects(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func dayArithmeticRoundTrips() {
        let d = CalendarDate(year: 2021, month: 8, day: 28)
        #expect(d.adding(days: -1).description == "2021-08-27")
        #expect(d.adding(days: 4).description == "2021-09-01")
        #expect(CalendarDate(year: 2024, month: 1, day: 31).adding(months: 1).description == "2024-02-29")
        #expect(CalendarDate(dayNumber: 0).description == "1970-01-01")
        #expect(CalendarDate(year: 2021, month: 8, day: 28).weekday == 6)  // a Saturday
    }

    @Test(arguments: [
        (CalendarDate(year: -44, month: 3, day: 15), CalendarDate(year: 14, month: 1, day: 1)),
        (CalendarDate(year: 1999, month: 12, day: 31), CalendarDate(year: 2000, month: 1, day: 1)),
        (CalendarDate(year: 2021, month: 8, day: 27), CalendarDate(year: 2021, month: 8, day: 28)),
        (CalendarDate(year: 2021, month: 7, day: 31), CalendarDate(year: 2021, month: 8, day: 1)),
    ])
    func ordersByYearMonthDay(_ earlier: CalendarDate, _ later: CalendarDate) {
        #expect(earlier < later)
        #expect(!(later < earlier))
        #expect(earlier.year <= later.year)
    }

    @Test func fieldsReadAndWriteBack() {
        var d = CalendarDate(year: -44, month: 3, day: 15)
        #expect((d.year, d.month, d.day) == (-44, 3, 15))
        d.year = 2025
        d.month = 12
        d.day = 31
        #expect(d.description == "2025-12-31")
        #expect(MemoryLayout<CalendarDate>.size == 4)
    }

    @Test(arguments: [(7, 2, "07"), (2025, 4, "2025"), (199, 3, "199"), (5, 4, "0005"), (12345, 4, "12345"),
                      (-44, 4, "-0044"), (0, 2, "00"), (-7, 1, "-7"), (59, 2, "59")])
    func padsNumbersToAWidth(_ n: Int, _ width: Int, _ expected: String) {
        #expect(CalendarDate.pad(n, width) == expected)
    }

    @Test func writesDatesOfEveryYearRange() {
        #expect(CalendarDate(year: 7, month: 1, day: 2).description == "0007-01-02")
        #expect(CalendarDate(year: 9999, month: 12, day: 31).description == "9999-12-31")
        #expect(CalendarDate(year: -44, month: 3, day: 15).description == "-0044-03-15")
    }
}
