import FactExtraction
import FactModel
import Testing

/// A margin is no time of the clause; a utility is a company; a court named "Court of …" is a
/// public body, not the company "the company" means.
@Suite("Margins and public bodies")
struct MarginsAndPublicBodiesTests {
    /// "by 1.8 seconds", "12 seconds back": the lead, not when; the day stays the clause's.
    @Test(arguments: [
        ("Ingrid Halvik won on Saturday, beating Maja Dorn by 1.8 seconds.", "beat", "2021-08-28"),
        ("Aino Lehto finished third, 12 seconds back.", "finish", nil),
        ("The train was delayed by two hours on Friday.", "delay", "2021-08-27"),
    ] as [(String, String, String?)])
    func aMarginIsNoTime(_ text: String, _ predicate: String, _ value: String?) throws {
        let x = extract(text)
        let fact = try #require(x.facts.first { $0.predicate == predicate }, "\(x.facts.map(\.predicate))")
        #expect(fact.time?.value == value)
    }

    /// "by the end of the week" is a time, not a margin.
    @Test func aDeadlineIsNotAMargin() throws {
        let x = extract("The plant will restart by the end of the week.")
        let fact = try #require(x.facts.first { $0.predicate == "restart" })
        #expect(fact.time != nil)
    }

    @Test(arguments: [("Brenmoor Water", "Brenmoor Water was fined for discharging sewage."), ("Castell Gas", "Shares in Castell Gas rose."),
                      ("Nordwest Rail", "Nordwest Rail ordered 60 trains.")])
    func utilitiesAreOrganizations(_ name: String, _ text: String) {
        let x = extract(text)
        #expect(entityType(name, in: x) == .organization, "\(typedNames(x))")
    }

    /// "The Court of Appeal upheld a fine imposed on Brenmoor Water … the company had ignored":
    /// the company fined, not the court.
    @Test func aCourtOfIsNoCompany() throws {
        let x = extract("The Court of Appeal on Tuesday upheld a fine imposed on Brenmoor Water. "
            + "Judge Helen Marsh said the company had ignored at least 14 warnings.")
        let fact = try #require(x.facts.first { $0.predicate == "ignore" })
        #expect(name(x, fact.subject) == "Brenmoor Water")
    }
}
