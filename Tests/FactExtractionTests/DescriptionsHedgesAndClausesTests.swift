import FactExtraction
import FactModel
import Testing

/// What a description before a name makes it; hedges that are a verb's particle or a bound, not a
/// comparison; a day's year and direction read from its own clause; names that a title, a unit
/// or a possessive only seem to extend.
@Suite("Descriptions, hedges and clauses")
struct DescriptionsHedgesAndClausesTests {
    /// Whether a fact has a subject or an entity for its object.
    static func namesAnEntity(_ fact: StoredFact) -> Bool {
        if case .entity? = fact.object { return true }
        return fact.subject != nil
    }

    @Test(arguments: [
        ("Economists polled by the newspaper El Observador had expected no change.", "El Observador", EntityType.organization),
        ("The findings were published in the journal Nature on Wednesday.", "Nature", .work),
        ("The fishing cooperative Nordkyst Fiskarlag said it would appeal.", "Nordkyst Fiskarlag", .organization),
        ("The regulator fined Westmoor Trains £4.2 million.", "Westmoor Trains", .organization),
        ("Thieves broke into a jeweller's on King Street.", "King Street", .place),
    ])
    func namesTypedByTheirDescriptionOrHead(_ text: String, _ entity: String, _ type: EntityType) {
        let x = extract(text)
        #expect(entityType(entity, in: x) == type, "\(typedNames(x))")
    }

    /// "Its chairman said the group would appeal": a cooperative is the group.
    @Test func aCooperativeIsTheGroup() throws {
        let x = extract("Opponents are led by the fishing cooperative Nordkyst Fiskarlag. "
            + "Its chairman, Per Aasheim, said the group would appeal to the regional court.")
        let fact = try #require(x.facts.first { $0.predicate == "appeal" })
        #expect(name(x, fact.subject) == "Nordkyst Fiskarlag")
    }

    /// Fields of work joined before a public body's head are one name; a place that owns what
    /// follows ends the name before "of"; two companies stay two.
    @Test func namesJoinedAndCutAtOf() {
        let x = extract("The team, led by Adhi Agus Oktaviana of Indonesia's National Research and Innovation Agency, used lasers.")
        #expect(entityType("National Research and Innovation Agency", in: x) == .organization, "\(typedNames(x))")
        #expect(entityType("Indonesia", in: x) == .place)
        #expect(!x.entities.contains { $0.name.contains("of Indonesia") || $0.name == "National Research" }, "\(typedNames(x))")
        let banks = extract("The Bank of England's governor spoke on Monday.")
        #expect(entityType("Bank of England", in: banks) == .organization, "\(typedNames(banks))")
        let airlines = extract("Delta Air Lines and United Airlines cut fares.")
        #expect(entityType("Delta Air Lines", in: airlines) == .organization, "\(typedNames(airlines))")
        #expect(entityType("United Airlines", in: airlines) == .organization)
    }

    @Test func unitsInCapitalsAreNoNames() {
        for text in ["Orbis will build a 1.2 GW wind farm.", "The plant produces 40 MW of power."] {
            let x = extract(text)
            #expect(x.entities.allSatisfy { $0.name.count > 2 }, "\(typedNames(x))")
            #expect(x.mentions.contains { $0.quantity?.unit == (text.contains("GW") ? "gigawatt" : "megawatt") })
        }
    }

    /// "handed over six" is a verb and its particle; "rose over 5%" is a bound.
    @Test func overAfterHandIsAParticle() throws {
        let handed = try #require(quantities("The museum handed over six bronzes.").first)
        #expect(handed.bound == .exact && handed.value == 6)
        let rose = try #require(quantities("Sales rose over 5% last year.").first)
        #expect(rose.bound == .lower)
    }

    /// "more than 20 bronzes in 2022": a bound, so the year is when; "up from 57 percent in 2022"
    /// compares with then.
    @Test func aBoundIsNoComparison() throws {
        let x = extract("Museums in Germany returned more than 20 bronzes in 2022.")
        let fact = try #require(x.facts.first { $0.predicate == "return" })
        #expect(fact.time?.value == "2022")
        let up = extract("Turnout rose to 63 percent, up from 57 percent in 2022.")
        #expect(up.facts.first { $0.predicate == "rise" }?.time == nil)
    }

    @Test func sinceAtLeastAYearIsATime() throws {
        let x = extract("The company had known about the faults since at least 2023.")
        let time = try #require(x.mentions.compactMap(\.time).first)
        #expect(time.value == "2023" && time.signal == "since")
        #expect(!x.mentions.contains { $0.quantity?.value == 2023 })
    }

    /// "In 2021, fires on Evia destroyed": no subject before "fires", so it is a noun.
    @Test func aPresentFormAfterAnOpeningPhraseIsANoun() {
        let x = extract("In 2021, fires on Evia destroyed more than 50,000 hectares of forest.")
        #expect(x.facts.map(\.predicate) == ["destroy"])
        #expect(x.facts.first?.time?.value == "2021")
        #expect(!x.entities.contains { $0.name.hasPrefix("Fires") }, "\(typedNames(x))")
    }

    @Test(arguments: [("The committee next meets on October 28.", "meet", "2021-10-28"),
                      ("Velto last reported a profit in 2019.", "report", "2019")])
    func nextAndLastBeforeAVerb(_ text: String, _ predicate: String, _ value: String) throws {
        let x = extract(text)
        let fact = try #require(x.facts.first { $0.predicate == predicate }, "\(x.facts.map(\.predicate))")
        #expect(fact.time?.value == value)
    }

    /// Years counted with a hedge from a day name a year and say which side of it.
    @Test(arguments: [
        ("The museum handed over six bronzes on Tuesday, more than 120 years after British troops took them.", "1906", "BEFORE"),
        ("The museum handed over six bronzes on Tuesday, about 120 years after British troops took them.", "1906", "APPROX"),
        ("The museum handed over six bronzes on Tuesday, 120 years after British troops took them.", "1906-02-17", nil),
    ] as [(String, String, String?)])
    func yearsCountedWithAHedge(_ text: String, _ value: String, _ mod: String?) throws {
        let time = try #require(times(text, date: CalendarDate(year: 2026, month: 2, day: 18)).last)
        #expect(time.value == value && time.mod == mod)
    }

    /// "The objects, including …, were looted": "they" after it is the objects, not the museum.
    @Test func theyAfterAnUnnamedSubjectWithAnAside() throws {
        let x = extract("The Horniman Museum handed over six bronzes on Tuesday. "
            + "The objects, including a brass cockerel and two plaques, were looted in 1897. They will be displayed in Benin City.")
        let display = try #require(x.facts.first { $0.predicate == "display" })
        if case .entity(let e)? = display.object { Issue.record("object \(x.entities[e].name)") }
        #expect(display.subject == nil)
    }

    /// "residents whose drinking water was contaminated": what "whose" owns is the subject, not
    /// the company named before.
    @Test func whoseOwnsTheSubject() {
        let x = extract("A jury ordered Calloway Chemical to pay residents whose water was contaminated by a leaking pond.")
        #expect(!x.facts.contains { $0.predicate == "contaminate" && DescriptionsHedgesAndClausesTests.namesAnEntity($0) })
    }

    /// A name described after "and" is still coordinated with the one before it.
    @Test(arguments: [
        ("Orbis Energy and Danish pension fund PensionDanmark will jointly build a wind farm.", "build", "Orbis Energy", "PensionDanmark"),
        ("Velto and its rival Arden Motors will merge.", "merge", "Velto", "Arden Motors"),
    ])
    func aDescribedNameAfterAndIsAnAgent(_ text: String, _ predicate: String, _ subject: String, _ agent: String) throws {
        let x = extract(text)
        let fact = try #require(x.facts.first { $0.predicate == predicate })
        #expect(name(x, fact.subject) == subject)
        #expect(fact.agents.map { x.entities[$0].name } == [agent])
    }

    /// "Talks between Velto and union leader Maria Lopez broke down": both in the phrase, neither broke down.
    @Test func aDescribedNameInAPhraseStaysInIt() {
        let x = extract("Talks between Velto and union leader Maria Lopez broke down.")
        #expect(!x.facts.contains { $0.subject != nil }, "\(x.facts.map { ($0.predicate, name(x, $0.subject)) })")
    }

    /// A clause of time in the present puts its day ahead though the main verb is past.
    @Test func aPresentClauseOfTimeIsAhead() throws {
        let text = "Dr. Priya Raman urged parents to check their records before the spring term begins on February 9."
        #expect(times(text, date: CalendarDate(year: 2026, month: 1, day: 27)).last?.value == "2026-02-09")
    }

    /// The day's own verb phrase sets its direction: "were arrested … on Saturday and will appear".
    @Test func aWeekdayTakesItsOwnClausesTense() {
        let text = "The men were arrested in Salford on Saturday and will appear before magistrates on Friday, police said."
        let values = times(text, date: CalendarDate(year: 2026, month: 9, day: 30)).map(\.value)
        #expect(values == ["2026-09-26", "2026-10-02"])
    }

    /// A headline's bare word is the company's short form when one company among the longer
    /// names starts with it.
    @Test func aHeadlinesWordShortensTheOneCompany() throws {
        let x = extract("Lumora unveils cheaper electric SUV\n\nElectric carmaker Lumora Motors on Monday unveiled a compact SUV. "
            + "The Lumora Vesta will go on sale in March. Lumora delivered 112,000 vehicles in the third quarter.")
        #expect(!x.entities.contains { $0.name == "Lumora" }, "\(typedNames(x))")
        let company = try #require(x.entities.first { $0.name == "Lumora Motors" })
        #expect(company.aliases.contains("Lumora"))
    }

    /// A hedge on a duration is its TIMEX3 mod, and the signal is read before the hedge.
    @Test(arguments: [
        ("About 310,000 people had been waiting for more than a year.", "P1Y", "MORE_THAN"),
        ("The strike lasted at least 18 months.", "P18M", "EQUAL_OR_MORE"),
        ("The storm dropped 80 millimetres of rain in less than six hours.", "PT6H", "LESS_THAN"),
        ("Ferries were suspended for about 36 hours.", "PT36H", "APPROX"),
        ("The line will close for up to six weeks.", "P6W", "EQUAL_OR_LESS"),
        ("The line will close for six weeks.", "P6W", nil),
    ] as [(String, String, String?)])
    func aHedgedDurationKeepsItsHedge(_ text: String, _ value: String, _ mod: String?) throws {
        let time = try #require(times(text).first)
        #expect(time.value == value && time.mod == mod)
    }

    /// A company named once with a capital mid-sentence keeps its name at a later sentence's start.
    @Test func aCompanyNamedOnceOpensASentence() throws {
        let x = extract("Streaming service Vireo will raise prices. Vireo had 84 million paying subscribers at the end of March.")
        let fact = try #require(x.facts.first { $0.predicate == "have" })
        #expect(name(x, fact.subject) == "Vireo")
    }

    /// "A former mayor of the city of Belmore was sentenced": the mayor, not the city.
    @Test func thePersonOfACityOfIsNoPlace() throws {
        let x = extract("A former mayor of the city of Belmore was sentenced to six years in prison.")
        let fact = try #require(x.facts.first { $0.predicate == "sentence" })
        if case .entity(let e)? = fact.object { Issue.record("object \(x.entities[e].name)") }
    }

    /// "cut output at its Ludwigshafen site": the name before a company's site is a place.
    @Test func aSiteOfItsNamesAPlace() throws {
        let x = extract("BASF said it had cut output at its Ludwigshafen site.")
        #expect(entityType("Ludwigshafen", in: x) == .place, "\(typedNames(x))")
        let fact = try #require(x.facts.first { $0.predicate == "cut" })
        #expect(name(x, fact.place) == "Ludwigshafen")
    }

    /// "about 60 km west of Antofagasta, the U.S. Geological Survey said": the place is in a
    /// phrase, the survey speaks.
    @Test func aDirectionsOfMakesAPhraseOfPlace() throws {
        let x = extract("The quake hit at a depth of 35 km, about 60 km west of Antofagasta, the U.S. Geological Survey said.")
        let fact = try #require(x.facts.first { $0.predicate == "hit" })
        #expect(fact.attributionName == "U.S. Geological Survey")
    }

    /// A subdivision's name may be a surname too: "Michael Bolton … Bolton would recover".
    @Test func aSubdivisionsNameMayBeASurname() {
        let x = extract("Michael Bolton was injured in March. Bolton would recover, his club said.")
        #expect(!x.entities.contains { $0.name == "Bolton" }, "\(typedNames(x))")
        #expect(x.entities.first { $0.name == "Michael Bolton" }?.aliases == ["Bolton"])
    }

    /// "three of the last four World Cup races" counts races.
    @Test func aSpanBeforeTheCountedNoun() throws {
        let q = try #require(quantities("She has won three of the last four World Cup races.").first)
        #expect(q.value == 3 && q.unit == "race")
    }

    /// A person's noun right before two or three capitalized words makes them a person.
    @Test(arguments: [("Halvik beat Swedish rival Maja Dorn by two seconds.", "Maja Dorn"), ("Economist Ana Ruiz said prices would rise.", "Ana Ruiz"),
                      ("The striker Tomas Vrba scored twice.", "Tomas Vrba")])
    func aPersonsNounBeforeAName(_ text: String, _ person: String) {
        let x = extract(text)
        #expect(entityType(person, in: x) == .person, "\(typedNames(x))")
    }

    /// "Researchers using the Kestrel Array have detected": the array is what they used.
    @Test func aParticiplesObjectIsNoSubject() {
        let x = extract("Researchers using the Kestrel Array have detected water.")
        #expect(!x.facts.contains { $0.subject != nil }, "\(x.facts.map { ($0.predicate, name(x, $0.subject)) })")
    }

    /// "to stay closed until at least Friday": an adjective after "stay", so the day is ahead.
    @Test func aStateThatLastsUntilAHedgedDay() {
        let text = "Engineers expect the road to stay closed until at least Friday."
        #expect(times(text, date: CalendarDate(year: 2026, month: 8, day: 3)).map(\.value) == ["2026-08-07"])
    }

    /// "the first national strike in the sector since 2011": a record's start, not when.
    @Test func theFirstSinceIsARecord() throws {
        let x = extract("Teachers walked out on Tuesday in the first national strike in the sector since 2011, closing 4,300 schools.")
        #expect(!x.facts.contains { $0.time?.value == "2011" }, "\(x.facts.map { ($0.predicate, $0.time?.value) })")
    }

    /// A name before "until" is not the subject of the clause it opens.
    @Test func untilOpensAClauseOfItsOwn() {
        let x = extract("Jonas Reuter will run the Kessel Museum until a replacement is found.")
        #expect(!x.facts.contains { $0.predicate == "find" && DescriptionsHedgesAndClausesTests.namesAnEntity($0) })
    }

    /// After a relative clause set off by commas, its antecedent speaks, not a description in it.
    @Test func theOneARelativeClauseIsAboutSpeaks() throws {
        let x = extract("The Kessel State Museum said Anneliese Brandt had resigned. "
            + "Brandt, who had led the museum since 2017, said she took full responsibility.")
        let fact = try #require(x.facts.first { $0.predicate == "take" })
        #expect(fact.attributionName == "Anneliese Brandt")
    }

    @Test func aRegionsAdjectiveIsNoName() {
        let x = extract("Scandinavian carrier Nordwind has ordered 40 aircraft.")
        #expect(x.entities.map(\.name) == ["Nordwind"], "\(typedNames(x))")
    }

    /// "The seafarers' union said its members": an unnamed subject with a plural owner, so "its"
    /// is not the company named before.
    @Test func anUnnamedSubjectWithAPluralOwner() throws {
        let x = extract("Baltic Link cancelled all sailings. The seafarers' union said its members had worked without a contract since January.")
        let fact = try #require(x.facts.first { $0.predicate == "work" })
        #expect(fact.subject == nil, "\(name(x, fact.subject) ?? "")")
    }
}
