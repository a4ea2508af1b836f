import FactExtraction
import FactModel
import Testing

/// A budget story, written for these tests: verbs beyond the extractor's own list (WordNet's),
/// nouns that look like verbs, months without a year in the past, attribution at the end.
@Suite("A budget story")
struct BudgetStoryTests {
    static let story = """
        BRUSSELS, March 13 (Wire) - European Union finance ministers agreed on Friday to lend Ukraine another 4.2 billion euros next year, two officials said, after Hungary dropped its objection late on Thursday.
        The loan would be paid in three tranches, according to a draft seen by Reuters.
        Hungarian Prime Minister Tamas Kelemen had blocked the package since November.
        Ukraine's economy shrank by nearly 30% in 2022 but grew 5.3% in 2023, the World Bank estimates.
        Shares of Kessler Energy rose 4% in Frankfurt, up 0.3% from Thursday's close.
        Finance Minister Pieter Vos spoke to reporters in Brussels. He said the first payment could arrive within six weeks.
        """
    let x = extract(story, date: CalendarDate(year: 2026, month: 3, day: 14))

    func fact(_ predicate: String) -> StoredFact? { x.facts.first { $0.predicate == predicate } }
    func subject(_ predicate: String) -> String? { fact(predicate)?.subject.map { x.entities[$0].name } }

    @Test func nounsBeforeTheVerbAreNotVerbs() {
        #expect(subject("agree") == "European Union")  // "finance ministers agreed"
        #expect(fact("finance") == nil)
        #expect(fact("close") == nil)  // "Thursday's close"
    }

    @Test func verbsFromWordNet() {
        #expect(subject("block") == "Tamas Kelemen")  // "had blocked": only past forms of "block" are verbs
        #expect(fact("have") == nil)
        #expect(subject("shrink") == "Ukraine")  // irregular "shrank"
        #expect(subject("grow") == "Ukraine")  // "… but grew": the subject before "but"
    }

    @Test func timesOfTheClause() {
        #expect(fact("drop")?.time?.value == "2026-03-12")  // its own "on Thursday", not "next year" before it
        #expect(fact("shrink")?.time?.value == "2022")
        #expect(fact("grow")?.time?.value == "2023")  // not the 2022 across "but"
        #expect(fact("grow")?.quantity?.value == 5.3)
        #expect(fact("block")?.time?.value == "2025-11")  // "since November": the one before the document date
    }

    @Test func attribution() {
        #expect(fact("shrink")?.attributionName == "World Bank")  // ", the World Bank estimates."
        #expect(fact("grow")?.attributionName == "World Bank")
        // "according to a draft seen by Reuters" is a source, not the agent of "paid".
        #expect(fact("pay").map { $0.subject == nil } == true)
        #expect(fact("arrive")?.attributionName == "Pieter Vos")  // "He said", the pronoun capitalized
    }
}

/// A storm story in Markdown, written for these tests: a dateline with a dash, hedges that open a
/// sentence, passives with hedged counts, named storms.
@Suite("A storm story")
struct StormStoryTests {
    static let story = """
        # Storm leaves thousands without power

        HOUSTON — More than 250,000 homes lost power on Wednesday night as thunderstorms swept across the region, the utility said.

        At least three people were killed, County Judge Maria Santos told a news conference on Thursday.

        The storms dropped between 3 and 5 inches of rain in less than two hours.

        Last July, Hurricane Beryl knocked out power to 2.2 million customers.
        """
    let x = extract(story, date: CalendarDate(year: 2025, month: 1, day: 9), markdown: true)

    func fact(_ predicate: String) -> StoredFact? { x.facts.first { $0.predicate == predicate } }

    @Test func datelineWithADash() {
        #expect(x.entities.first { $0.name == "Houston" }?.type == .place)
        #expect(!x.entities.contains { $0.name == "More" || $0.name == "HOUSTON" })
        #expect(fact("lose").map { $0.subject == nil } == true)  // the homes, not the dateline
        #expect(fact("lose")?.quantity?.min == 250_000)
    }

    @Test func passiveKeepsTheHedge() throws {
        let kill = try #require(fact("kill"))
        guard case .text(let patient)? = kill.object else { Issue.record("no patient: \(String(describing: kill.object))"); return }
        #expect(patient.string == "At least three people")
        #expect(kill.attributionName == "Maria Santos")
    }

    @Test func verbsOfTheStory() {
        #expect(fact("knock")?.subject.map { x.entities[$0].name } == "Hurricane Beryl")
        #expect(fact("knock")?.time?.value == "2024-07")
        #expect(fact("drop")?.quantity?.bound == .range)
    }
}

/// A court story, written for these tests: appositions with places in them, pronouns for the
/// company, adverbs inside verb chains, participial clauses, verbs only WordNet knows.
@Suite("A court story")
struct CourtStoryTests {
    static let story = """
        Published: 14 May 2024

        Northwind Labs, founded in 2017 and based in Oakland, California, employs roughly 450 people.
        It plans to cut a fifth of its workforce by the end of the year.
        An internal review found that sales had been overstated by about 40% in 2023.
        The central bank held its rate at 13% on Tuesday, saying inflation had eased to 5% in April.
        The currency has since gained about 20% against the dollar.
        """
    let x = extract(story, date: CalendarDate(year: 2026, month: 12, day: 1))

    func fact(_ predicate: String) -> StoredFact? { x.facts.first { $0.predicate == predicate } }
    func subject(_ predicate: String) -> String? { fact(predicate)?.subject.map { x.entities[$0].name } }

    @Test func subjectsAcrossAsidesAndPronouns() {
        #expect(x.date.description == "2024-05-14")
        #expect(subject("employ") == "Northwind Labs")  // the aside's "Oakland, California" keeps it whole
        #expect(subject("plan to cut") == "Northwind Labs")  // "It"
    }

    @Test func verbChainsAndClauses() throws {
        let overstate = try #require(fact("overstate"))  // only a verb in WordNet
        guard case .text(let patient)? = overstate.object else { Issue.record("no patient"); return }
        #expect(patient.string == "sales")
        #expect(fact("ease")?.time?.value == "2024-04")  // ", saying …" starts its own clause
        #expect(fact("gain")?.quantity?.value == 20)  // "has since gained"
        #expect(fact("have") == nil)
    }
}

/// An election story and a health story, written for these tests: an agency dateline, parties
/// named by "party", titles that are parts of organization names, abbreviations that name no one.
@Suite("An election story and a health story")
struct ElectionAndHealthStoryTests {
    static let election = """
        By Ewa Nowak

        WARSAW (AP) — Poland's ruling coalition won 248 of the 460 seats, giving Prime Minister Marek Zielinski a second term.
        The opposition Law and Justice party took 194 seats. Zielinski promised to raise defense spending to 5% of GDP.
        The Finance Ministry has not published an estimate.
        The new parliament is expected to convene on Nov. 13.
        """
    static let health = """
        GENEVA — The World Health Organization said on Thursday that measles cases in Europe jumped more than 30-fold last year.
        Romania reported the most cases, followed by Kazakhstan, the agency said in a statement.
        At least 13 people died in the region.
        Vaccination rates fell during the COVID-19 pandemic.
        """
    let e = extract(election, date: CalendarDate(year: 2023, month: 10, day: 17))
    let h = extract(health, date: CalendarDate(year: 2023, month: 10, day: 17))

    func type(_ name: String, in x: DocumentExtraction) -> EntityType? { x.entities.first { $0.name == name }?.type }
    func fact(_ predicate: String, in x: DocumentExtraction) -> StoredFact? { x.facts.first { $0.predicate == predicate } }

    @Test func names() {
        #expect(type("Warsaw", in: e) == .place)
        #expect(type("Law and Justice", in: e) == .organization)
        #expect(type("Finance Ministry", in: e) == .organization)
        #expect(type("World Health Organization", in: h) == .organization)
        #expect(type("COVID-19", in: h) == .event)
        #expect(!e.entities.contains { $0.name == "GDP" || $0.name == "Ministry" || $0.name == "Law" })
    }

    @Test func timesAndFacts() {
        let times = e.mentions.compactMap(\.time)
        #expect(!times.contains { $0.text == "a second" })  // "a second term"
        #expect(times.contains { $0.text == "Nov. 13" && $0.value == "2023-11-13" })  // "is expected to": ahead
        #expect(fact("jump", in: h)?.time?.value == "2022")  // its own "last year", not "on Thursday" before "that"
        #expect(fact("fold", in: h) == nil)  // "30-fold"
        #expect(fact("die", in: h)?.quantity?.min == 13)
        #expect(fact("report", in: h)?.attributionName == "World Health Organization")  // ", the agency said"
        #expect(fact("say", in: h) == nil)
    }
}

/// A company story and a match report, written for these tests: a last name that is also an
/// ordinary word, participles after periods, scores that look like dates, adverbs in verb chains.
@Suite("A company story and a match report")
struct CompanyAndMatchStoryTests {
    static let company = """
        Orchard Devices Inc. reported revenue of $124.3 billion for the quarter ended Dec. 28.
        Chief Executive Laura Chen met Governor Daniel Baker at the White House last week.
        Baker has threatened tariffs of 10% on goods imported from China.
        """
    static let match = """
        Manchester City beat Arsenal 3-1 on Sunday to move two points clear.
        The striker has now scored 19 goals in 21 league games.
        """
    let c = extract(company, date: CalendarDate(year: 2025, month: 2, day: 24))
    let m = extract(match, date: CalendarDate(year: 2025, month: 2, day: 24))

    @Test func shortFormThatIsAlsoAWord() {
        #expect(c.entities.first { $0.name == "Daniel Baker" }?.aliases == ["Baker"])
        #expect(c.facts.first { $0.predicate == "threaten" }?.subject.map { c.entities[$0].name } == "Daniel Baker")
    }

    @Test func participleAfterAPeriod() {
        #expect(!c.facts.contains { $0.predicate == "end" })  // "the quarter ended Dec. 28"
        #expect(c.facts.first { $0.predicate == "report" }?.time?.value == "2024-12-28")
    }

    @Test func scoresAndVerbChains() {
        #expect(!m.mentions.compactMap(\.time).contains { $0.text == "3-1" })  // a score
        #expect(m.facts.first { $0.predicate == "score" }?.quantity?.value == 19)  // "has now scored"
        #expect(!m.facts.contains { $0.predicate == "have" })
    }
}

/// Names and units the served seeds' storm and rate stories rely on, written small.
@Suite("Places inside names, titles, speeds and points")
struct NamesAndUnitsTests {
    @Test func aPlaceNamedInsideAnOrganization() {
        let x = extract("Veloria's economy grew. The Bank of Veloria held rates. The Veloria Consumer Council agreed.")
        #expect(x.entities.first { $0.name == "Veloria" }?.type == .place)
        #expect(x.entities.first { $0.name == "Veloria Consumer Council" }?.aliases == [])
    }

    @Test func titlesAndCoasts() {
        let x = extract("County Administrator Ruth Okonjo spoke as the storm swept across the Teller coast.")
        #expect(x.entities.first { $0.name == "Ruth Okonjo" }?.type == .person)
        #expect(x.entities.first { $0.name == "Teller" }?.type == .place)
    }

    @Test(arguments: [
        ("Winds of up to 110 km/h toppled trees.", "up to 110 km/h", "kilometer per hour"),
        ("Gusts reached 60 miles per hour.", "60 miles per hour", "mile per hour"),
        ("The bank raised the rate by 150 basis points.", "150 basis points", "basis point"),
        ("Yields rose 2 percentage points.", "2 percentage points", "percentage point"),
    ])
    func units(_ text: String, _ mention: String, _ unit: String) {
        #expect(quantities(text).first { $0.text == mention }?.unit == unit, "\(quantities(text).map { ($0.text, $0.unit) })")
    }
}

/// A merger story, written for these tests: a possessive before the agent, a quotation cut short.
@Suite("A merger story")
struct MergerStoryTests {
    static let story = """
        LONDON, June 3 (Wire) - Britain's competition regulator on Monday blocked the planned takeover of Brightline Systems by Quanta Group.
        Quanta said it was "deeply disappointed" and was considering its options.
        Ukraine's economy shrank by 3% in 2022.
        Quanta, which is listed in New York and employs some 12,000 people, has 21 days to appeal.
        Brightline, founded in 2009 by former researchers, had agreed to the sale in October.
        """
    let x = extract(story, date: CalendarDate(year: 2025, month: 6, day: 6))

    func fact(_ predicate: String) -> StoredFact? { x.facts.first { $0.predicate == predicate } }

    @Test func possessorsAndQuotes() {
        #expect(fact("block").map { $0.subject == nil } == true)  // the regulator, not Britain
        #expect(fact("shrink")?.subject.map { x.entities[$0].name } == "Ukraine")  // its economy
        #expect(fact("be") == nil)  // 'it was "' says nothing
        #expect(fact("consider")?.subject.map { x.entities[$0].name } == "Quanta Group")
    }

    @Test func nounAfterAPrepositionAndAWord() {
        let y = extract("She embezzled $2 million in public funds over six years.")
        #expect(y.facts.map(\.predicate) == ["embezzle"])  // not "fund"
    }

    @Test func relativeClausesAndAsides() {
        #expect(fact("employ")?.subject.map { x.entities[$0].name } == "Quanta Group")  // "which is listed … and employs"
        #expect(fact("agree")?.time?.value == "2024-10")  // not the 2009 of the aside
    }
}

/// A conflict story, written for these tests: a dateline's dash before a passive, a source
/// without a name followed by a time and another clause.
@Suite("A conflict story")
struct ConflictStoryTests {
    static let story = """
        KESTRA, April 16 (Wire) - At least 56 civilians were killed in two days of fighting, a doctors' union said on Sunday, as the rivals battled for the capital.
        """
    let x = extract(story, date: CalendarDate(year: 2023, month: 4, day: 16))

    @Test func patientAndSource() throws {
        let kill = try #require(x.facts.first { $0.predicate == "kill" })
        guard case .text(let patient)? = kill.object else { Issue.record("no patient"); return }
        #expect(patient.string == "At least 56 civilians")  // not "- At least 56 civilians"
        #expect(kill.attributionName == "doctors' union")
        #expect(!x.facts.contains { $0.predicate == "say" })
    }
}

/// "she" and "he" by what a first name tells (the 1990 US Census lists, for pronouns only).
@Suite("Pronouns and first names")
struct PronounGenderTests {
    @Test func sheIsTheWomanNamedBefore() throws {
        let x = extract("A jury convicted Margaret Ellison of theft. Her lawyer, Paul Reyes, said she would appeal.")
        let appeal = try #require(x.facts.first { $0.predicate == "appeal" })
        #expect(appeal.subject.map { x.entities[$0].name } == "Margaret Ellison")
        #expect(appeal.attributionName == "Paul Reyes")
    }

    @Test func aNameThatTellsNothingFitsBoth() throws {
        let x = extract("Dr. Zanele Mokoena met the board. She said the plan would cost $5 million.")
        #expect(x.facts.first { $0.predicate == "cost" }?.attributionName == "Zanele Mokoena")
    }
}
