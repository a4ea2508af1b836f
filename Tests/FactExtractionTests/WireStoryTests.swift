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

/// A local crime story, written for these tests: relative clauses, appositions, sources without
/// names, ages and times of day.
@Suite("A local news story")
struct LocalStoryTests {
    static let story = """
        Police in Manchester arrested three men on Sunday after a warehouse fire that caused an estimated £2 million in damage, officers said.
        The blaze broke out shortly after 11 p.m. on Saturday at a storage site owned by Northbridge Logistics Ltd.
        Greater Manchester Fire and Rescue Service sent 12 engines and about 70 firefighters to the scene.
        No one was injured.
        Northbridge, which employs more than 400 people in the region, said it was cooperating with investigators.
        The company's chief executive, Sarah Whitfield, described the fire as "devastating" and promised to rebuild within 18 months.
        A 34-year-old man from Salford and two men aged 19 and 22 remain in custody.
        """
    let x = extract(story, date: CalendarDate(year: 2024, month: 11, day: 4))

    func subject(of predicate: String) -> String? {
        x.facts.first { $0.predicate == predicate }?.subject.map { x.entities[$0].name }
    }

    @Test func entities() {
        #expect(x.entities.contains { $0.name == "Greater Manchester Fire and Rescue Service" && $0.type == .organization })
        #expect(x.entities.first { $0.name == "Northbridge Logistics Ltd" }?.aliases == ["Northbridge"])
        #expect(x.entities.first { $0.name == "Sarah Whitfield" }?.type == .person)
    }

    @Test func subjectsThroughClausesAndAppositions() {
        #expect(subject(of: "employ") == "Northbridge Logistics Ltd")
        #expect(subject(of: "describe") == "Sarah Whitfield")
        #expect(subject(of: "promise to rebuild") == "Sarah Whitfield")
        #expect(x.facts.first { $0.predicate == "arrest" }?.attributionName == "officers")
        #expect(!x.facts.contains { $0.predicate == "fire" || ($0.predicate == "say" && $0.subject == nil) })
    }

    @Test func timesAndQuantities() {
        let times = x.mentions.compactMap(\.time).map(\.value)
        #expect(times.contains("2024-11-02T23:00"))
        #expect(times.contains("2024-11-03"))
        let quantities = x.mentions.compactMap(\.quantity)
        #expect(quantities.contains { $0.value == 34 && $0.unit == "year" })
        #expect(quantities.contains { $0.value == 2_000_000 && $0.currency == "GBP" && $0.approximate })
        #expect(!quantities.contains { $0.unit == "remain" || $0.text == "one" })
    }
}

/// A diplomatic story, written for these tests: dateline openers, titles with hyphens, roles
/// before names, phrases that hide subjects.
@Suite("A diplomatic story")
struct DiplomaticStoryTests {
    static let story = """
        GENEVA, Oct 12 (Wire) - Talks between Armenia and Azerbaijan resumed in Geneva on Thursday, two diplomats familiar with the matter said.
        UN Secretary-General Antonio Guterres urged the delegations to reach "a lasting settlement" before the end of the year.
        Azerbaijan's foreign minister, Jeyhun Bayramov, told reporters that his government had not received the draft text.
        The World Bank estimates damage at between $4 billion and $6 billion.
        """
    let x = extract(story, date: CalendarDate(year: 2023, month: 10, day: 12))

    @Test func people() {
        #expect(x.entities.first { $0.name == "Antonio Guterres" }?.type == .person)
        #expect(x.entities.first { $0.name == "Jeyhun Bayramov" }?.type == .person)
        #expect(!x.entities.contains { $0.name == "Talks" })
    }

    @Test func facts() throws {
        let resume = try #require(x.facts.first { $0.predicate == "resume" })
        #expect(resume.subject == nil)  // the talks, not a country in "between …" nor the agency
        #expect(resume.attributionName == "two diplomats familiar with the matter")
        let receive = try #require(x.facts.first { $0.predicate == "receive" })
        #expect(receive.negated)
        #expect(receive.subject.map { x.entities[$0].name } == "Jeyhun Bayramov")
        let estimate = try #require(x.facts.first { $0.predicate == "estimate" })
        #expect(estimate.subject.map { x.entities[$0].name } == "World Bank")
        #expect(estimate.quantity?.bound == .range)
    }
}

/// An earnings story, written for these tests: possessive nouns, descriptions for companies,
/// years after "for".
@Suite("An earnings story")
struct EarningsStoryTests {
    static let story = """
        Tesla Inc reported third-quarter revenue of $25.2 billion on Wednesday, below analysts' estimates of $25.4 billion.
        The electric carmaker delivered 435,059 vehicles in the three months to September 30, the company said.
        The company, based in Austin, Texas, did not give a delivery forecast for 2024.
        """
    let x = extract(story, date: CalendarDate(year: 2023, month: 10, day: 18))

    @Test func facts() throws {
        #expect(!x.facts.contains { $0.predicate == "estimate" })
        let deliver = try #require(x.facts.first { $0.predicate == "deliver" })
        #expect(deliver.subject.map { x.entities[$0].name } == "Tesla Inc")
        #expect(deliver.quantity?.value == 435_059)
        let give = try #require(x.facts.first { $0.predicate == "give" })
        #expect(give.negated)
        #expect(give.subject.map { x.entities[$0].name } == "Tesla Inc")
        #expect(give.time?.value == "2024")
    }
}
