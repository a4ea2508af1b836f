import FactExtraction
import FactModel
import Testing

@Suite("A date line at the top dates a document without front matter")
struct BylineDateTests {
    static let fallback = CalendarDate(year: 2026, month: 12, day: 1)

    static let cases: [(text: String, markdown: Bool, date: String)] = [
        ("# Storm leaves thousands without power\n\n*Published 2025-01-09*\n\nCrews worked on Wednesday.", true, "2025-01-09"),
        ("Updated: March 3, 2024 14:05 GMT\nCrews worked on Wednesday.", false, "2024-03-03"),
        ("9 January 2025\n\nCrews worked on Wednesday.", false, "2025-01-09"),
        ("Harbor report\nPosted on 2023-06-28 at 9:30 a.m.\nCrews worked on Wednesday.", false, "2023-06-28"),
        ("---\ndate: 2020-02-02\n---\nPublished 2025-01-09\nCrews worked on Wednesday.", false, "2020-02-02"),  // front matter first
        // Not a byline: a date in a sentence, a date without its year, a date past the top lines.
        ("On January 5, 2020, the group formed.\nCrews worked on Wednesday.", false, "2026-12-01"),
        ("Published March 3\nCrews worked on Wednesday.", false, "2026-12-01"),
        ("Published 2025-01-09 by the harbor office\nCrews worked on Wednesday.", false, "2026-12-01"),
        (String(repeating: "A line.\n", count: 8) + "2025-01-09\nCrews worked on Wednesday.", false, "2026-12-01"),
    ]

    @Test(arguments: cases.indices)
    func datesTheDocument(_ index: Int) {
        let c = Self.cases[index]
        let x = sharedExtractor.extract(SourceText(c.text), fallbackDate: Self.fallback, markdown: c.markdown)
        #expect(x.date.description == c.date)
    }

    @Test func relativeTimesCountFromTheByline() {
        let x = sharedExtractor.extract(SourceText("*Published 2025-01-09*\n\nCrews worked on Wednesday."), fallbackDate: Self.fallback, markdown: true)
        #expect(x.mentions.compactMap(\.time).contains { $0.text == "Wednesday" && $0.value == "2025-01-08" })
    }
}
