@testable import FactExtraction
import FactModel
import Testing

/// Days ahead of a plan, the amount a change reached, descriptions that name no one, headline
/// and street names, and objects that stop before the words other fields hold: news copy written
/// for these tests with made-up names.
@Suite("Plans, comparisons and descriptions")
struct PlansComparisonsAndDescriptionsTests {
    /// Tuesday, 18 November 2025.
    let tuesday = CalendarDate(year: 2025, month: 11, day: 18)

    /// A weekday after a modal or an intention lies ahead even when a reporting verb is in the
    /// past; after a verb in the past it lies behind.
    @Test(arguments: [
        ("Northline Energy warned that some rural areas could remain without power until Friday.", "2025-11-21"),
        ("The port authority said it expected to reopen on Wednesday morning.", "2025-11-19"),
        ("Ferry operator Halden Lines said it planned to resume sailings on Thursday.", "2025-11-20"),
        ("Crews restored power to 120,000 customers on Monday, Northline Energy said.", "2025-11-17"),
    ])
    func aWeekdayAheadOfAPlan(_ text: String, _ day: String) {
        let found = times(text, date: tuesday).map(\.value)
        #expect(found.contains(day), "\(found)")
    }

    /// "fell from 94% in 2019 to 88% last year": the amount reached, and the year it was reached.
    @Test func theAmountAChangeReached() throws {
        let x = extract("Vaccination rates in Ravenna fell from 94% in 2019 to 88% last year, the National Institute of Health said.", date: tuesday)
        let fall = try #require(x.facts.first { $0.predicate == "fall" })
        #expect(fall.quantity?.value == 88)
        #expect(fall.time?.value == "2024")
    }

    /// "up from 61% at the last election in 2021": the year is the compared amount's.
    @Test func theYearOfAComparedAmountIsNotTheFacts() throws {
        let x = extract("Turnout in Veridia was 68%, up from 61% at the last election in 2021.")
        let fact = try #require(x.facts.first { $0.quantity?.value == 68 })
        #expect(fact.time == nil)
    }

    /// A reporting verb in a relative clause ("which has ruled") makes no source for the sentence.
    @Test func aRelativeClauseReportsNothing() throws {
        let x = extract("The governing Unity Party, which has ruled since 2011, trailed with 33.8%.")
        let trail = try #require(x.facts.first { $0.predicate == "trail" })
        #expect(trail.attributionName == nil)
        #expect(name(x, trail.subject) == "Unity Party")
    }

    /// "the port authority" is no business named before it, nor the port: "it" is that authority.
    @Test func aPublicBodyIsNotTheBusinessBefore() throws {
        let x = extract("Grid operator Northline Energy said it had restored power to 120,000 customers. "
                        + "The port authority said it expected to reopen on Wednesday morning. Ferries to Port Hale were suspended.", date: tuesday)
        let reopen = try #require(x.facts.first { $0.predicate == "expect to reopen" })
        #expect(reopen.subject == nil)
        #expect(reopen.attributionEntity == nil)
    }

    /// A verb in "-s" before a name is the verb: "The fund includes Harbor Capital".
    @Test func aVerbBeforeAName() throws {
        let x = extract("The fund includes Harbor Capital.")
        let include = try #require(x.facts.first { $0.predicate == "include" })
        if case .entity(let e)? = include.object { #expect(name(x, e) == "Harbor Capital") } else { Issue.record("object \(String(describing: include.object))") }
    }

    @Test(arguments: [
        ("Kestrel Air ordered 40 jets from Aerion Aircraft on Thursday.", "Kestrel Air", EntityType.organization),
        ("Kestrel Air ordered 40 jets from Aerion Aircraft on Thursday.", "Aerion Aircraft", .organization),
        ("Startup Lumina Grid raises $75 million to build battery farms", "Lumina Grid", .organization),
        ("Lumina Grid, a Denver-based developer of batteries, said on Friday it had raised $75 million.", "Lumina Grid", .organization),
        ("Four masked men smashed the windows of a store on Avenida da Liberdade.", "Avenida da Liberdade", .place),
        ("The gang may be linked to robberies in Madrid and Seville last year.", "Seville", .place),
    ])
    func whatANameIs(_ text: String, _ entity: String, _ type: EntityType) {
        let x = extract(text)
        #expect(entityType(entity, in: x) == type, "\(typedNames(x))")
    }

    @Test(arguments: [
        "Archaeologists found a wreck that dated to the first century BC.",
        "The wreck of a Roman merchant ship was found off Crete.",
    ])
    func anEraOrAnAdjectiveIsNoName(_ text: String) {
        let x = extract(text)
        #expect(!x.entities.contains { $0.name == "BC" || $0.name == "Roman" }, "\(typedNames(x))")
    }

    /// A short form that is also an English word names the entity at a sentence's start too.
    @Test func aShortFormOpeningASentence() throws {
        let x = extract("Kestrel Air ordered 40 jets on Thursday. Kestrel flew 18.4 million passengers last year. The carrier reported a profit.")
        let fly = try #require(x.facts.first { $0.predicate == "fly" })
        #expect(name(x, fly.subject) == "Kestrel Air")
        let report = try #require(x.facts.first { $0.predicate == "report" })
        #expect(name(x, report.subject) == "Kestrel Air")
    }

    /// The object's words end before what the fact holds elsewhere: its time, a verb joined by
    /// "and", an adverb; a time that is all there is stays.
    @Test(arguments: [
        ("The Environmental Protection Agency fined the company $2.1 million last year.", "fine", "the company $2.1 million"),
        ("The World Food Programme delivered 120 tonnes of rice to the province on February 2.", "deliver", "120 tonnes of rice to the province"),
        ("The council voted 7-2 on Tuesday to build a flood wall.", "vote", "7-2 on Tuesday to build a flood wall"),
        ("Storm Elsa cut power to about 210,000 homes and forcing the closure of three ports.", "cut", "power to about 210,000 homes"),
        ("Four men smashed the windows of the store with hammers shortly after it opened.", "smash", "the windows of the store with hammers"),
        ("Storm Kiera dropped 80 millimetres of rain in less than six hours.", "drop", "80 millimetres of rain"),
        ("The Lundmark Docks opened in 1911.", "open", "in 1911"),
        ("Kestrel Air will take delivery of the first 12 aircraft in 2027.", "take", "delivery of the first 12 aircraft"),
    ])
    func anObjectStopsBeforeItsTime(_ text: String, _ predicate: String, _ object: String) throws {
        let x = extract(text, date: tuesday)
        let fact = try #require(x.facts.first { $0.predicate == predicate }, "\(x.facts.map(\.predicate))")
        #expect(objectText(fact) == object)
    }

    /// "the 2024 election", "Sunday's vote": a time that says which thing stays in the object.
    @Test func aTimeThatSaysWhichThingStays() throws {
        let x = extract("The Civic Alliance was leading in Sunday's parliamentary election with 41.2% of the vote.", date: tuesday)
        let lead = try #require(x.facts.first { $0.predicate == "lead" })
        #expect(objectText(lead)?.hasPrefix("in Sunday's parliamentary election") == true)
    }

    @Test func aNounInSBeforeTheNounCounted() throws {
        let q = try #require(quantities("Officials confirmed 37 new measles cases on Tuesday.").first)
        #expect(q.value == 37)
        #expect(q.unit == "case")
    }

    /// "a tailings spill": a bare verb form after "a" and a word is the phrase's noun.
    @Test func aNounAfterAnArticleAndAWord() throws {
        let x = extract("Halvorsen Mining failed to contain a tailings spill in March 2023.")
        #expect(!x.facts.contains { $0.predicate == "spill" })
        let contain = try #require(x.facts.first { $0.predicate == "fail to contain" })
        #expect(objectText(contain) == "a tailings spill")
        #expect(contain.time?.value == "2023-03")
    }

    /// "Founded in 2021 by …, Lumina employs": the opening participle's names and time are its own.
    @Test func anOpeningParticiplesPhrase() throws {
        let x = extract("Lumina Grid is based in Denver. Founded in 2021 by Rachel Osei and Ben Kowalski, Lumina employs about 90 people.")
        let employ = try #require(x.facts.first { $0.predicate == "employ" })
        #expect(name(x, employ.subject) == "Lumina Grid")
        #expect(employ.agents.isEmpty)
        #expect(employ.time == nil)
    }

    /// "on Tuesday unveiled": a verb in the past right after the day dates it, whatever "will" comes later.
    @Test func aDayBeforeAVerbInThePast() throws {
        let x = extract("Helix Devices on Tuesday unveiled its first foldable phone, which will go on sale on August 1.",
                        date: CalendarDate(year: 2025, month: 7, day: 15))
        let unveil = try #require(x.facts.first { $0.predicate == "unveil" })
        #expect(unveil.time?.value == "2025-07-15")
    }

    /// A title before the object's name, a day over a length of time, and a next clause's subject after "and".
    @Test func aSentenceOfACourt() throws {
        let x = extract("A court in Lindau sentenced former mayor Gregor Falk to six years in prison on Monday. "
                        + "Falk denied the charges and his lawyers said they would appeal.", date: CalendarDate(year: 2025, month: 12, day: 1))
        let sentence = try #require(x.facts.first { $0.predicate == "sentence" })
        if case .entity(let e)? = sentence.object { #expect(name(x, e) == "Gregor Falk") } else { Issue.record("object \(String(describing: sentence.object))") }
        #expect(sentence.time?.value == "2025-12-01")
        let deny = try #require(x.facts.first { $0.predicate == "deny" })
        #expect(objectText(deny) == "the charges")
        #expect(!x.facts.contains { $0.predicate == "appeal" && $0.subject.map { x.entities[$0].type == .place } == true })
    }

    @Test(arguments: [
        ("Two businessmen were given suspended sentences.", 2.0, "businessman"),
        ("Around 2,400 dock workers began a 72-hour strike on Monday.", 72, "hour"),
        ("The device has a 7.6-inch inner screen.", 7.6, "inch"),
    ])
    func theUnitOfACount(_ text: String, _ value: Double, _ unit: String) {
        let found = quantities(text).map { "\($0.value ?? -1) \($0.unit ?? "-")" }
        #expect(found.contains("\(value) \(unit)"), "\(found)")
    }

    /// Where talks were held, not where the ministers came from.
    @Test func wherePeopleMetNotWhereTheyCameFrom() throws {
        let x = extract("Foreign ministers from Norvia and Estland ended two days of talks in Geneva on Thursday.")
        let end = try #require(x.facts.first { $0.predicate == "end" })
        #expect(name(x, end.place) == "Geneva")
        #expect(end.time?.isDuration == false)
    }

    @Test func aCountsParticipleAfterWith() {
        let x = extract("Ostrava Rovers lead Dunmore City by nine points with two games left.")
        #expect(!x.facts.contains { $0.predicate == "leave" }, "\(x.facts.map(\.predicate))")
    }

    @Test func aNameAfterAnOpeningPhraseOfPlaceIsNoPlace() {
        let x = extract("Born in 1936 in Gothenburg, Lindqvist studied at the Royal Institute of Technology.")
        #expect(entityType("Lindqvist", in: x) != .place, "\(typedNames(x))")
    }

    /// "A wildfire that broke out on Saturday had burned …": "that" opens a clause, whose day is its own.
    @Test func aRelativeClauseWithThat() throws {
        let x = extract("A wildfire that broke out on Saturday near Kessing had burned about 4,500 hectares by Monday morning, fire officials said.",
                        date: CalendarDate(year: 2025, month: 6, day: 30))
        let burn = try #require(x.facts.first { $0.predicate == "burn" })
        #expect(burn.time?.value == "2025-06-30")
        #expect(objectText(burn) == "about 4,500 hectares")
        #expect(x.facts.contains { $0.predicate == "break out" })
    }

    @Test(arguments: [
        ("Temperatures were forecast to reach 41 degrees Celsius on Tuesday.", "2025-07-01"),
        ("Ostrava Rovers win first league title in 31 years", "P31Y"),
    ])
    func aForecastAndARecordSpan(_ text: String, _ value: String) {
        let found = times(text, date: CalendarDate(year: 2025, month: 6, day: 30)).map(\.value)
        #expect(found == [value])
    }

    @Test func aPhrasalVerbWithANoun() throws {
        let x = extract("The robbery at the Aurelio store took place on May 9.")
        #expect(x.facts.map(\.predicate) == ["take place"])
        let y = extract("The dispute between Norvia and Estland dates back to 1921.")
        #expect(y.facts.map(\.predicate) == ["date back"])
        let z = extract("Norvia and Estland met in Geneva. The dispute dates back to 1921.")
        #expect(z.facts.map(\.predicate).last == "date back", "\(z.facts.map(\.predicate))")
    }

    @Test func aPersonSetOffAfterWhatTheyAre() {
        let x = extract("The club was close to bankruptcy in 2016 before a local businessman, Pavel Horak, bought it.")
        #expect(entityType("Pavel Horak", in: x) == .person, "\(typedNames(x))")
    }

    /// A surname two people of the story share stands for the one named first.
    @Test func aSharedSurnameIsTheFirstPersons() throws {
        let x = extract("Ada Lindqvist, the engineer who designed the bridge, died on Wednesday. Her daughter, Karin Lindqvist, "
                        + "said she died peacefully. Born in 1936, Lindqvist joined the firm Nordbro Engineering in 1961.")
        let ada = try #require(x.entities.first { $0.name == "Ada Lindqvist" })
        #expect(ada.aliases.contains("Lindqvist"), "\(x.entities.map { ($0.name, $0.aliases) })")
        let join = try #require(x.facts.first { $0.predicate == "join" })
        #expect(name(x, join.subject) == "Ada Lindqvist")
    }

    /// A made thing named after what it is, and called so again.
    @Test func aProductSetOffAfterWhatItIs() throws {
        let x = extract("Helix Devices unveiled its first foldable phone, the Helix Fold, on Tuesday. The device weighs 239 grams.")
        #expect(entityType("Helix Fold", in: x) == .product, "\(typedNames(x))")
        let weigh = try #require(x.facts.first { $0.predicate == "weigh" })
        #expect(name(x, weigh.subject) == "Helix Fold")
    }
}
