import FactModel
import Testing

@Suite("Quantities keep their hedges, bounds, units and currencies")
struct QuantityRecognizerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var mention: String
        var bound: QuantityBound
        var value: Double? = nil
        var min: Double? = nil
        var max: Double? = nil
        var approximate = false
        var unit: String? = nil
        var currency: String? = nil
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "ISIS-K has around 1,500 to 2,200 fighters in the east.", mention: "around 1,500 to 2,200 fighters", bound: .range, min: 1500, max: 2200, approximate: true, unit: "fighter"),
        Case(text: "It carried out nearly 100 attacks.", mention: "nearly 100 attacks", bound: .upper, value: 100, max: 100, approximate: true, unit: "attack"),
        Case(text: "Police made more than 600 arrests.", mention: "more than 600 arrests", bound: .lower, value: 600, min: 600, unit: "arrest"),
        Case(text: "The group received funding in excess of $100 million.", mention: "in excess of $100 million", bound: .lower, value: 100_000_000, min: 100_000_000, currency: "USD"),
        Case(text: "About 250 clashes were reported.", mention: "About 250 clashes", bound: .exact, value: 250, approximate: true, unit: "clash"),
        Case(text: "Repairs to 40-55 bridges began.", mention: "40-55 bridges", bound: .range, min: 40, max: 55, unit: "bridge"),
        Case(text: "It will cost between 300,000 and 450,000 euros.", mention: "between 300,000 and 450,000 euros", bound: .range, min: 300_000, max: 450_000, currency: "EUR"),
        Case(text: "A bomb killed scores of people.", mention: "scores of people", bound: .lower, min: 40, approximate: true, unit: "person"),
        Case(text: "The lab cost €38 million.", mention: "€38 million", bound: .exact, value: 38_000_000, currency: "EUR"),
        Case(text: "The firm raised £2.5bn last year.", mention: "£2.5bn", bound: .exact, value: 2_500_000_000, currency: "GBP"),
        Case(text: "Shares rose 4.5% on Monday.", mention: "4.5%", bound: .exact, value: 4.5, unit: "percent"),
        Case(text: "Ridership fell by nearly 40 percent.", mention: "nearly 40 percent", bound: .upper, value: 40, max: 40, approximate: true, unit: "percent"),
        Case(text: "They bought two dozen trucks.", mention: "two dozen trucks", bound: .exact, value: 24, unit: "truck"),
        Case(text: "One hundred twenty people attended.", mention: "One hundred twenty people", bound: .exact, value: 120, unit: "person"),
        Case(text: "The blast killed 13 US troops.", mention: "13", bound: .exact, value: 13, unit: "troop"),
        Case(text: "Over 1,400 of its fighters surrendered.", mention: "Over 1,400", bound: .lower, value: 1400, min: 1400, unit: "fighter"),
        Case(text: "The ship carried 120 tonnes of rice.", mention: "120 tonnes", bound: .exact, value: 120, unit: "tonne"),
        Case(text: "Up to 600 tests can run.", mention: "Up to 600 tests", bound: .upper, value: 600, max: 600, unit: "test"),
        Case(text: "Fewer than 20 casualties were counted.", mention: "Fewer than 20 casualties", bound: .upper, value: 20, max: 20, unit: "casualty"),
        Case(text: "The deal is worth USD 5 million.", mention: "USD 5 million", bound: .exact, value: 5_000_000, currency: "USD"),
        Case(text: "Fees rose to 42 Egyptian pounds.", mention: "42 Egyptian pounds", bound: .exact, value: 42, currency: "EGP"),
        Case(text: "A ticket costs USD3.14 here.", mention: "USD3.14", bound: .exact, value: 3.14, currency: "USD"),
        Case(text: "It sold for $20 and 43 cents.", mention: "$20 and 43 cents", bound: .exact, value: 20.43, currency: "USD"),
        Case(text: "Temperatures fell to minus 12 degrees.", mention: "minus 12 degrees", bound: .exact, value: -12, unit: "degree"),
        Case(text: "The bill totals 30 lakh rupees.", mention: "30 lakh rupees", bound: .exact, value: 3_000_000, currency: "INR"),
        Case(text: "A couple of firms bid.", mention: "A couple of firms", bound: .exact, value: 2, unit: "firm"),
        Case(text: "A ticket costs 42 LE at the gate.", mention: "42 LE", bound: .exact, value: 42, currency: "EGP"),
        Case(text: "A ticket costs 42 l.e. at the gate.", mention: "42 l.e.", bound: .exact, value: 42, currency: "EGP"),
        Case(text: "Bread costs 5 geneh now.", mention: "5 geneh", bound: .exact, value: 5, currency: "EGP"),
        Case(text: "The fine was 42 RM.", mention: "42 RM", bound: .exact, value: 42, currency: "MYR"),
        Case(text: "The fine was 42 malaysia ringgits.", mention: "42 malaysia ringgits", bound: .exact, value: 42, currency: "MYR"),
        Case(text: "The fine was 42 saudiriyal.", mention: "42 saudiriyal", bound: .exact, value: 42, currency: "SAR"),
        Case(text: "Flight one twenty two left late.", mention: "one twenty two", bound: .exact, value: 122),
        Case(text: "They won 24 Le Mans races.", mention: "24", bound: .exact, value: 24, unit: "race"),
        Case(text: "The score stood at nil.", mention: "nil", bound: .exact, value: 0),
        Case(text: "A magnitude 6.2 earthquake struck off the coast.", mention: "magnitude 6.2", bound: .exact, value: 6.2, unit: "magnitude"),
        Case(text: "A 6.2-magnitude quake hit the island.", mention: "6.2-magnitude", bound: .exact, value: 6.2, unit: "magnitude"),
        Case(text: "The quake measured 7.1 on the Richter scale.", mention: "7.1 on the Richter scale", bound: .exact, value: 7.1, unit: "magnitude"),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        let found = quantities(c.text)
        let q = try #require(found.first { $0.text == c.mention }, "no quantity '\(c.mention)' in \(found.map(\.text))")
        #expect(q.bound == c.bound)
        #expect(q.value == c.value)
        #expect(q.min == c.min)
        #expect(q.max == c.max)
        #expect(q.approximate == c.approximate)
        #expect(q.unit == c.unit)
        #expect(q.currency == c.currency)
    }

    @Test(arguments: ["One of the groups left.", "It happened in 2019.", "The 4th round began."])
    func notQuantities(_ text: String) {
        #expect(quantities(text).isEmpty, "\(quantities(text).map(\.text))")
    }
}
