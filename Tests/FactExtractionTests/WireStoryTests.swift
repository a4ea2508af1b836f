import FactExtraction
import FactModel
import Testing

/// A wire story written for these tests in the usual agency style, checked for the mistakes that
/// style invites: names after "U.S.", "Shares of X", "St. Louis", ranges mixing units.
@Suite("A wire story")
struct WireStoryTests {
    static let story = """
        WASHINGTON, March 16 (Wire) - The U.S. Federal Reserve raised interest rates by a quarter of a percentage point on Wednesday, its first increase since 2018, Chair Jerome Powell told reporters.
        Economists at Goldman Sachs expect four more increases in 2022.
        Shares of Apple Inc rose 2.3% to $163.98 after the announcement.
        The decision was not unanimous: St. Louis Fed President James Bullard dissented.
        """
    let x = extract(story, date: CalendarDate(year: 2022, month: 3, day: 16))

    func type(_ name: String) -> EntityType? { x.entities.first { $0.name == name }?.type }

    @Test func names() {
        #expect(type("Washington") == .place)
        #expect(type("U.S. Federal Reserve") == .organization)
        #expect(type("Jerome Powell") == .person)
        #expect(type("Apple Inc") == .organization)
        #expect(type("James Bullard") == .person)
        #expect(type("Goldman Sachs") != .place)
        #expect(!x.entities.contains { $0.name.hasPrefix("Shares") || $0.name == "St" || $0.name == "Reserve" })
    }

    @Test func quantitiesKeepTheirUnits() {
        let quantities = x.mentions.compactMap(\.quantity)
        #expect(quantities.contains { $0.text == "2.3%" && $0.unit == "percent" && $0.bound == .exact })
        #expect(quantities.contains { $0.text == "$163.98" && $0.currency == "USD" })
        #expect(quantities.contains { $0.value == 4 && $0.unit == "increase" })
    }

    @Test func factAttributedToTheSpeaker() throws {
        let raise = try #require(x.facts.first { $0.predicate == "raise" })
        #expect(raise.subject.map { x.entities[$0].name } == "U.S. Federal Reserve")
        #expect(raise.time?.value == "2022-03-16")
        #expect(raise.attributionName == "Jerome Powell")
    }
}
