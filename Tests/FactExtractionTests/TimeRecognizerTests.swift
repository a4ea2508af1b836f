import FactModel
import Testing

@Suite("Times normalize to TIMEX3 values and intervals")
struct TimeRecognizerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var mention: String
        var value: String
        var start: String?
        var end: String?
        var mod: String? = nil
        var signal: String? = nil
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "It happened on August 28, 2021, in the city.", mention: "August 28, 2021", value: "2021-08-28", start: "2021-08-28", end: "2021-08-28", signal: "on"),
        Case(text: "The group was formed in January 2015.", mention: "January 2015", value: "2015-01", start: "2015-01-01", end: "2015-01-31", signal: "in"),
        Case(text: "Talks resumed on 28 August 2021.", mention: "28 August 2021", value: "2021-08-28", start: "2021-08-28", end: "2021-08-28", signal: "on"),
        Case(text: "The report was filed 2021-08-28.", mention: "2021-08-28", value: "2021-08-28", start: "2021-08-28", end: "2021-08-28"),
        Case(text: "By 2018 it had grown.", mention: "2018", value: "2018", start: "2018-01-01", end: "2018-12-31", signal: "by"),
        Case(text: "Losses mounted in late 2019.", mention: "late 2019", value: "2019", start: "2019-09-01", end: "2019-12-31", mod: "END", signal: "in"),
        Case(text: "Sales rose in early 2020.", mention: "early 2020", value: "2020", start: "2020-01-01", end: "2020-03-31", mod: "START", signal: "in"),
        Case(text: "Output fell in the second quarter of 2025.", mention: "second quarter of 2025", value: "2025-Q2", start: "2025-04-01", end: "2025-06-30"),
        Case(text: "Results are due in Q3 2024.", mention: "Q3 2024", value: "2024-Q3", start: "2024-07-01", end: "2024-09-30", signal: "in"),
        Case(text: "The site opened in summer 2020.", mention: "summer 2020", value: "2020-SU", start: "2020-06-21", end: "2020-09-23", signal: "in"),
        Case(text: "Prices doubled in the 1990s.", mention: "1990s", value: "199", start: "1990-01-01", end: "1999-12-31"),
        Case(text: "The talks ended yesterday.", mention: "yesterday", value: "2021-08-29", start: "2021-08-29", end: "2021-08-29"),
        Case(text: "The minister resigned on Saturday.", mention: "Saturday", value: "2021-08-28", start: "2021-08-28", end: "2021-08-28", signal: "on"),
        Case(text: "The vote will take place on Friday.", mention: "Friday", value: "2021-09-03", start: "2021-09-03", end: "2021-09-03", signal: "on"),
        Case(text: "Prices rose last week.", mention: "last week", value: "2021-W34", start: "2021-08-23", end: "2021-08-29"),
        Case(text: "Profits fell last month.", mention: "last month", value: "2021-07", start: "2021-07-01", end: "2021-07-31"),
        Case(text: "The bridge collapsed three days ago.", mention: "three days ago", value: "2021-08-27", start: "2021-08-27", end: "2021-08-27"),
        Case(text: "ISIS-K has been active since January 2017.", mention: "January 2017", value: "2017-01", start: "2017-01-01", end: "2021-08-30", signal: "since"),
        Case(text: "Crews worked for six weeks.", mention: "six weeks", value: "P6W", start: nil, end: nil),
        Case(text: "Monitoring will last at least 18 months.", mention: "18 months", value: "P18M", start: nil, end: nil, mod: "EQUAL_OR_MORE"),
        Case(text: "The plane landed on February 2, 2025 at 2:20 p.m. local time.", mention: "February 2, 2025 at 2:20 p.m.", value: "2025-02-02T14:20", start: "2025-02-02", end: "2025-02-02", signal: "on"),
        Case(text: "The rebels are now in control.", mention: "now", value: "PRESENT_REF", start: "2021-08-30", end: "2021-08-30"),
        Case(text: "The bank recently cut rates.", mention: "recently", value: "PAST_REF", start: nil, end: nil),
        Case(text: "The talks ran July 13-15 in Geneva.", mention: "July 13-15", value: "2021-07-13/2021-07-15", start: "2021-07-13", end: "2021-07-15"),
        Case(text: "The fair runs from 13 to 15 July.", mention: "from 13 to 15 July", value: "2021-07-13/2021-07-15", start: "2021-07-13", end: "2021-07-15"),
        Case(text: "Prices rose over the past two weeks.", mention: "past two weeks", value: "P2W", start: "2021-08-16", end: "2021-08-29"),
        Case(text: "The vote is on the first Tuesday of November.", mention: "the first Tuesday of November", value: "2021-11-02", start: "2021-11-02", end: "2021-11-02", signal: "on"),
        Case(text: "Payments stop on the last day of October 2015.", mention: "the last day of October 2015", value: "2015-10-31", start: "2015-10-31", end: "2015-10-31", signal: "on"),
        Case(text: "Sales peaked at the end of the month.", mention: "the end of the month", value: "2021-08", start: "2021-08-21", end: "2021-08-31", mod: "END", signal: "at"),
        Case(text: "The law passed two years ago.", mention: "two years ago", value: "2019", start: "2019-01-01", end: "2019-12-31"),
        Case(text: "The form was dated 10/31/74.", mention: "10/31/74", value: "1974-10-31", start: "1974-10-31", end: "1974-10-31"),
        Case(text: "Figures for 2014-10 were revised.", mention: "2014-10", value: "2014-10", start: "2014-10-01", end: "2014-10-31"),
        Case(text: "Results for 2018Q4 were weak.", mention: "2018Q4", value: "2018-Q4", start: "2018-10-01", end: "2018-12-31"),
        Case(text: "Talks resume next Wednesday.", mention: "next Wednesday", value: "2021-09-08", start: "2021-09-08", end: "2021-09-08"),
        Case(text: "Prices fell last winter.", mention: "last winter", value: "2020-WI", start: "2020-12-21", end: "2021-03-20"),
        Case(text: "The third last week of 2018 was quiet.", mention: "The third last week of 2018", value: "2018-W50", start: "2018-12-10", end: "2018-12-16"),
        Case(text: "Reports are due on the first Monday of next month.", mention: "the first Monday of next month", value: "2021-09-06", start: "2021-09-06", end: "2021-09-06", signal: "on"),
        Case(text: "Meeting: Friday.", mention: "Friday", value: "2021-09-03", start: "2021-09-03", end: "2021-09-03"),
        Case(text: "It arrives on the 15th of february.", mention: "the 15th of february", value: "2021-02-15", start: "2021-02-15", end: "2021-02-15", signal: "on"),
        Case(text: "The market reopens Fri, Jul 18.", mention: "Fri, Jul 18", value: "2025-07-18", start: "2025-07-18", end: "2025-07-18"),
        Case(text: "The market reopens Jul 18, Fri.", mention: "Jul 18, Fri", value: "2025-07-18", start: "2025-07-18", end: "2025-07-18"),
        Case(text: "The market closed on Fri, Jul 18.", mention: "Fri, Jul 18", value: "2014-07-18", start: "2014-07-18", end: "2014-07-18", signal: "on"),
        Case(text: "Payment is due Thursday the 16th.", mention: "Thursday the 16th", value: "2021-09-16", start: "2021-09-16", end: "2021-09-16"),
        Case(text: "The decree is dated 31.10.1974 in the archive.", mention: "31.10.1974", value: "1974-10-31", start: "1974-10-31", end: "1974-10-31"),
        Case(text: "The cheque was dated 31-Oct-74.", mention: "31-Oct-74", value: "1974-10-31", start: "1974-10-31", end: "1974-10-31"),
        Case(text: "Augustus died in 14 AD.", mention: "14 AD", value: "0014", start: "0014-01-01", end: "0014-12-31", signal: "in"),
        Case(text: "March was the wettest month.", mention: "March", value: "2021-03", start: "2021-03-01", end: "2021-03-31"),
        Case(text: "The festival runs from 18th Dec for 10 days.", mention: "18th Dec for 10 days", value: "2021-12-18/2021-12-28", start: "2021-12-18", end: "2021-12-28", signal: "from"),
        Case(text: "Inspectors stay for 10 days from 18th December.", mention: "10 days from 18th December", value: "2021-12-18/2021-12-28", start: "2021-12-18", end: "2021-12-28"),
        // A month or day without a year after "since", or in a sentence in the past, is the last one.
        Case(text: "The party has led the polls since November.", mention: "November", value: "2020-11", start: "2020-11-01", end: "2021-08-30", signal: "since"),
        Case(text: "The strike ended on November 5.", mention: "November 5", value: "2020-11-05", start: "2020-11-05", end: "2020-11-05", signal: "on"),
        Case(text: "The strike will end on November 5.", mention: "November 5", value: "2021-11-05", start: "2021-11-05", end: "2021-11-05", signal: "on"),
        Case(text: "The strike ended in October.", mention: "October", value: "2020-10", start: "2020-10-01", end: "2020-10-31", signal: "in"),
        Case(text: "Power returned to affected homes in October.", mention: "October", value: "2020-10", start: "2020-10-01", end: "2020-10-31", signal: "in"),
        Case(text: "Repairs for affected homes resume in October.", mention: "October", value: "2021-10", start: "2021-10-01", end: "2021-10-31", signal: "in"),
        Case(text: "Last October, a storm cut power.", mention: "Last October", value: "2020-10", start: "2020-10-01", end: "2020-10-31"),
        Case(text: "The plant opens next March.", mention: "next March", value: "2022-03", start: "2022-03-01", end: "2022-03-31"),
        Case(text: "The meeting moved to 10-31 after the vote.", mention: "10-31", value: "2021-10-31", start: "2021-10-31", end: "2021-10-31", signal: "to"),
        Case(text: "The meeting moved to 3-1 on Monday.", mention: "3-1", value: "2021-03-01", start: "2021-03-01", end: "2021-03-01", signal: "to"),
        Case(text: "The utility said crews would arrive by Friday.", mention: "Friday", value: "2021-09-03", start: "2021-09-03", end: "2021-09-03", signal: "by"),
        Case(text: "The utility said crews arrived by Friday.", mention: "Friday", value: "2021-08-27", start: "2021-08-27", end: "2021-08-27", signal: "by"),
        Case(text: "The talks ran July 13\u{2013}15 in Geneva.", mention: "July 13\u{2013}15", value: "2021-07-13/2021-07-15", start: "2021-07-13", end: "2021-07-15"),
    ]

    @Test(arguments: cases)
    func normalizes(_ c: Case) throws {
        let found = times(c.text)
        let t = try #require(found.first { $0.text == c.mention }, "no time '\(c.mention)' in \(found.map(\.text))")
        #expect(t.value == c.value)
        #expect(t.start?.description == c.start)
        #expect(t.end?.description == c.end)
        #expect(t.mod == c.mod)
        #expect(t.signal == c.signal)
    }

    @Test func chainedDatesAnchorToThePrecedingExplicitDay() throws {
        let t = times("On August 28, 2021, a planner was killed, a day after an attack in Kabul killed scores of people.")
        #expect(t.map(\.value) == ["2021-08-28", "2021-08-27"])
        let later = times("The storm hit on March 3, 2024. Two days later the river flooded.")
        #expect(later.map(\.value) == ["2024-03-03", "2024-03-05"])
    }

    /// A month or year named without a day anchors months and years, not days; a day named after
    /// it takes over again.
    @Test(arguments: [
        ("Zambia declared a disaster in February 2024. Two months later, Malawi appealed for aid.", ["2024-02", "2024-04"]),
        ("The plant opened in 2019. Three years later it closed.", ["2019", "2022"]),
        ("The plant opened in 2019. A decade later it closed.", ["2019", "2029"]),
        ("The talks began in November 2023. Three months later they collapsed.", ["2023-11", "2024-02"]),
        ("The port opened in May 2020. It flooded on June 3, 2020. Two months later it closed.", ["2020-05", "2020-06-03", "2020-08-03"]),
    ])
    func chainedMonthsAndYearsAnchorToTheLastMonthOrYear(_ text: String, _ values: [String]) {
        #expect(times(text).map(\.value) == values)
    }

    @Test(arguments: ["The company has 1500 fighters.", "May we go?", "He will march on.", "It costs 2,015 dollars.", "March on Rome was a coup.", "Add 1/5 of the flour."])
    func numbersAndWordsThatAreNotTimes(_ text: String) {
        #expect(times(text).isEmpty, "\(times(text).map(\.text))")
    }
    /// The document's own weekday, in a clause not about the future, is the document's day; the
    /// future's is a week on, and so is the weekday alone (a calendar entry).
    @Test(arguments: [
        ("Kestrel Foods cut its full-year profit forecast on Thursday, blaming cocoa prices.", "2025-10-23"),
        ("The company reported its results on Thursday.", "2025-10-23"),
        ("The vote will be held on Thursday.", "2025-10-30"),
        ("Thursday", "2025-10-30"),
        ("The company cut its forecast on Tuesday.", "2025-10-21"),
    ])
    func theDocumentsOwnWeekday(_ text: String, _ value: String) {
        #expect(times(text, date: CalendarDate(year: 2025, month: 10, day: 23)).map(\.value) == [value])
    }
    /// A day in a relative clause in the present is ahead even when the sentence's main verb is
    /// past; one in a past relative clause is behind.
    @Test(arguments: [
        ("It was Norway's fourth gold of the championships, which end on March 9.", "2025-03-09"),
        ("It was the fourth gold of the championships, which ended on February 9.", "2025-02-09"),
        ("The company said it would attend the fair, which opens on March 20.", "2025-03-20"),
    ])
    func aPresentRelativeClauseKeepsItsDayAhead(_ text: String, _ value: String) {
        #expect(times(text, date: CalendarDate(year: 2025, month: 3, day: 1)).map(\.value) == [value])
    }
}
