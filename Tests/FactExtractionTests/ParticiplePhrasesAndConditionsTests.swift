@testable import FactExtraction
import FactModel
import Testing

/// Participle phrases set off after a name, ages that stand for a person, verbs under "whether"
/// and "if", hedged verbs and counts of counts: news copy written for these tests with made-up names.
@Suite("Participle phrases and conditions")
struct ParticiplePhrasesAndConditionsTests {
    /// Wednesday, 4 June 2025.
    let wednesday = CalendarDate(year: 2025, month: 6, day: 4)

    /// The name an apposition describes is the subject of the clause after it, whatever the
    /// apposition's participle phrase holds: a role before a name, a time of its own.
    @Test(arguments: [
        "Orbis Space, the private rocket company founded by engineer Marcus Webb in 2016, launched its first crewed mission on Tuesday night.",
        "Orbis Space, the private rocket company founded in 2016, launched its first crewed mission on Tuesday night.",
        "Orbis Space, a rocket company founded by chemist Marcus Webb, launched its first crewed mission on Tuesday night.",
    ])
    func theSubjectAfterAnApposition(_ text: String) throws {
        let x = extract(text, date: wednesday)
        let launch = try #require(x.facts.first { $0.predicate == "launch" })
        #expect(name(x, launch.subject) == "Orbis Space")
        #expect(launch.time?.value == "2025-06-03")
        #expect(entityType("Orbis Space", in: x) == .organization, "\(typedNames(x))")
    }

    /// "a company founded in 2016": the participle's subject is the name described, and its
    /// time is not the next clause's.
    @Test func aParticiplePhraseKeepsItsTime() throws {
        let x = extract("Orbis Corp, a company founded in 2016, launched its first crewed mission.")
        let found = try #require(x.facts.first { $0.predicate == "found" })
        #expect(name(x, found.subject) == "Orbis Corp")
        #expect(found.time?.value == "2016")
        let launch = try #require(x.facts.first { $0.predicate == "launch" })
        #expect(name(x, launch.subject) == "Orbis Corp")
        #expect(launch.time == nil)
    }

    /// "The 22-year-old" is the person named last, with or without an aside after it.
    @Test(arguments: [
        "Camille Moreau won the title on Saturday. The 22-year-old, ranked 14th in the world, saved two match points.",
        "Camille Moreau won the title on Saturday. The 22-year-old saved two match points.",
    ])
    func anAgeStandsForThePerson(_ text: String) throws {
        let x = extract(text)
        let save = try #require(x.facts.first { $0.predicate == "save" })
        #expect(name(x, save.subject) == "Camille Moreau")
    }

    /// What may or may not have happened is no fact; the verb around it still is.
    @Test(arguments: [
        ("Delmar Foods detected the attack on Sunday. It did not say whether it had paid a ransom.", "pay"),
        ("If the talks fail, Delmar Foods will close two plants.", "fail"),
    ])
    func noFactUnderWhetherOrIf(_ text: String, _ predicate: String) {
        let x = extract(text)
        #expect(!x.facts.contains { $0.predicate == predicate }, "\(x.facts.map(\.predicate))")
    }

    /// "more than doubled": a hedge on the verb, which is still the verb.
    @Test func aHedgedVerb() throws {
        let x = extract("Halvorsen Industries said net profit more than doubled to 410 million euros.")
        let double = try #require(x.facts.first { $0.predicate == "double" })
        #expect(double.quantity?.value == 410_000_000)
    }

    /// "tens of thousands of people": at least 20,000 people.
    @Test(arguments: [
        ("Tens of thousands of people marched through the capital.", 20_000.0, "person"),
        ("Hundreds of thousands of homes lost power.", 200_000, "home"),
    ])
    func aCountOfCounts(_ text: String, _ least: Double, _ unit: String) throws {
        let q = try #require(quantities(text).first)
        #expect(q.min == least)
        #expect(q.bound == .lower)
        #expect(q.unit == unit)
    }

    /// A day without a year: "until Monday" after "will" lies ahead; a day a strike is called
    /// for is this year's, not last year's.
    @Test(arguments: [
        ("Schools will remain closed until Monday, the ministry said.", "2025-06-09"),
        ("The unions have called a general strike for June 15.", "2025-06-15"),
        ("The road was closed until Monday.", "2025-06-02"),
    ])
    func aDayAhead(_ text: String, _ day: String) {
        let found = times(text, date: wednesday).map(\.value)
        #expect(found.contains(day), "\(found)")
    }

    /// What a name is, by its head word or the words around it.
    @Test(arguments: [
        ("The Geological Survey of Tavora measured the quake at magnitude 6.8.", "Geological Survey of Tavora", EntityType.organization),
        ("Camille Moreau won the Eastbourne Open on Saturday.", "Eastbourne Open", .event),
        ("The train travelled from Lindau to Messel at 120 km/h.", "Messel", .place),
        ("The governments of Arvania and Belmont agreed on Thursday to a ceasefire.", "Arvania", .place),
        ("Cloudnest, the online storage service, said on Wednesday that an update had caused an outage.", "Cloudnest", .organization),
        ("\"Oil at $86 makes that harder,\" said Nadia Farouk, chief investment officer at Calder Wealth.", "Calder Wealth", .organization),
        ("She studied in Harlow and moved to Dunmore at the age of 12.", "Dunmore", .place),
        ("A car crashed into a tram stop in central Lindholm on Friday.", "Lindholm", .place),
    ])
    func whatANameIs(_ text: String, _ entity: String, _ type: EntityType) {
        let x = extract(text)
        #expect(entityType(entity, in: x) == type, "\(typedNames(x))")
    }

    /// Amounts as written: a scaled decimal is the whole number it says; "by 38,000 to 1.42
    /// million" is a change and a level, not a range; "46.2C" is a temperature.
    @Test(arguments: [
        ("Kessler Motors agreed to buy Voltaic for $4.1 billion.", 4_100_000_000.0, nil as String?),
        ("Unemployment dropped by 38,000 to 1.42 million.", 38_000, nil),
        ("Temperatures reached 46.2C in Montoro.", 46.2, "degree Celsius"),
    ])
    func anAmountAsWritten(_ text: String, _ value: Double, _ unit: String?) throws {
        let q = try #require(quantities(text).first)
        #expect(q.value == value)
        #expect(q.bound == .exact)
        #expect(q.unit == unit)
    }

    /// "her client denied": the lawyer speaks for someone else, not for herself.
    @Test func aClientIsNotTheLawyer() {
        let x = extract("Police arrested Viktor Halas on Wednesday. His lawyer, Eva Marek, said her client denied any wrongdoing.")
        #expect(!x.facts.contains { $0.predicate == "deny" && name(x, $0.subject) == "Eva Marek" })
    }

    /// After a sentence about an unnamed thing ("The statue, which …, was bought by the museum"),
    /// "it" is that thing, not the museum.
    @Test func itAfterAnUnnamedSubject() throws {
        let x = extract("The Halvard Museum of Art said it would return a statue to Peru. "
                        + "The statue, which stands about 1.2 metres tall, was bought by the museum in 1984. "
                        + "It will be handed over at a ceremony in Lima next month.")
        let hand = try #require(x.facts.first { $0.predicate == "hand over" })
        if case .entity? = hand.object { Issue.record("object \(String(describing: hand.object))") }
        #expect(hand.subject == nil)
    }

    /// A passive joined by "and" acts on the subject before it, not on the words before "and";
    /// "had so far identified" is one verb.
    @Test func verbChains() throws {
        let x = extract("The deal takes effect at midnight on Saturday and will be monitored by 200 observers.")
        let monitor = try #require(x.facts.first { $0.predicate == "monitor" })
        #expect(objectText(monitor) == nil)
        let y = extract("Anne Caldwell said the Halvard Museum had so far identified 12 objects that may have been looted.")
        #expect(!y.facts.contains { $0.predicate == "have" }, "\(y.facts.map(\.predicate))")
        #expect(y.facts.contains { $0.predicate == "identify" })
    }

    /// A participle opening the sentence is a fact of the clause's subject, with the names after
    /// its "by", its time and its place.
    @Test(arguments: [
        ("Founded in 2021 by former utility engineers Rachel Osei and Ben Kowalski, Lumina Grid employs about 90 people.",
         "Lumina Grid", "found", ["Rachel Osei", "Ben Kowalski"], "2021", nil as String?),
        ("Born in Lagos in 1972, Marta Oyelaran moved to Dunmore at the age of 12.", "Marta Oyelaran", "be born", [], "1972", "Lagos"),
    ])
    func anOpeningParticiple(_ text: String, _ subject: String, _ predicate: String, _ agents: [String], _ time: String, _ place: String?) throws {
        let x = extract(text)
        let fact = try #require(x.facts.first { $0.predicate == predicate })
        #expect(name(x, fact.subject) == subject)
        #expect(fact.agents.compactMap { name(x, $0) } == agents)
        #expect(fact.time?.value == time)
        #expect(name(x, fact.place) == place)
    }

    /// "signed by President Arne Holm": the title does not hide the agent.
    @Test func aTitledAgent() throws {
        let x = extract("The law must be signed by President Arne Holm, who has 15 days to do so.")
        let sign = try #require(x.facts.first { $0.predicate == "sign" })
        #expect(name(x, sign.subject) == "Arne Holm")
    }

    /// Who "they" are after "Police said", and whose clause follows "told X that".
    @Test(arguments: [
        "A car crashed into a tram stop in central Lindholm on Friday. Police said they were not treating the crash as terror-related.",
        "Witnesses told the Lindholm Gazette that the car was travelling at 90 km/h.",
    ])
    func noSubjectFromAnotherClause(_ text: String) {
        let x = extract(text)
        let named = x.facts.filter { $0.subject != nil }.map { "\($0.predicate) \(name(x, $0.subject) ?? "")" }
        #expect(named.isEmpty, "\(named)")
    }

    /// British spelling doubles a final "l"; a verb after a count's noun and "and" is a verb;
    /// "lasts" and "lasted" are verbs although "last" is a time word.
    @Test(arguments: [
        ("The car was travelling at 90 km/h, Lindholm police said.", "travel"),
        ("Kestrel Air cancelled 40 flights.", "cancel"),
        ("Voltaic employs about 3,000 people and supplied batteries to several carmakers last year.", "supply"),
        ("Helix Mobile said the battery lasts up to 30 hours.", "last"),
        ("The match lasted two hours and 48 minutes.", "last"),
    ])
    func verbForms(_ text: String, _ predicate: String) {
        let x = extract(text)
        #expect(x.facts.contains { $0.predicate == predicate }, "\(x.facts.map(\.predicate))")
    }

    /// "the 10-year Treasury note rose": the noun a name modifies, not a verb; and the name,
    /// in a phrase "on" leads, is not the subject.
    @Test func aNounAfterAName() throws {
        let x = extract("The yield on the 10-year Treasury note rose to 4.62%.")
        #expect(!x.facts.contains { $0.predicate == "note" })
        let rise = try #require(x.facts.first { $0.predicate == "rise" })
        #expect(rise.subject == nil)
    }

    /// "Nine-hour outage hits Cloudnest users": a count joined to its noun is no name; "U.N."
    /// is the United Nations.
    @Test func countsAndDottedAcronyms() {
        let x = extract("Nine-hour outage hits Cloudnest users")
        #expect(!x.entities.contains { $0.name == "Nine-hour" }, "\(typedNames(x))")
        let y = extract("The deal was brokered by the United Nations. U.N. envoy Sofia Lindgren said the U.N. would send observers.")
        #expect(!y.entities.contains { $0.name == "U.N." }, "\(typedNames(y))")
        #expect(y.entities.first { $0.name == "United Nations" }?.aliases.contains("U.N.") == true)
    }

    /// Stock indexes are named with their number, which is no amount; a change in percent
    /// followed by "to" and a level is no range.
    @Test func aStockIndex() throws {
        let x = extract("The S&P 500 lost 1.2% to 5,104.35 points and the FTSE 100 rose 0.5%.")
        #expect(entityType("S&P 500", in: x) == .other, "\(typedNames(x))")
        #expect(entityType("FTSE 100", in: x) == .other, "\(typedNames(x))")
        let lose = try #require(x.facts.first { $0.predicate == "lose" })
        #expect(name(x, lose.subject) == "S&P 500")
        #expect(lose.quantity?.value == 1.2)
        #expect(lose.quantity?.bound == .exact)
    }

    /// Sentences of a court report: an age set off after a name is no amount of the fact, and a
    /// name joined by "and" before its own aside and verb is not the object before it.
    @Test func aCourtReport() throws {
        let x = extract("Marek Novak, 45, was sentenced to 16 years, while his brother Tomas Novak, 39, received 14 years "
                        + "and lorry driver Paul Green, 52, was jailed for 11 years.")
        let receive = try #require(x.facts.first { $0.predicate == "receive" })
        #expect(name(x, receive.subject) == "Tomas Novak")
        #expect(receive.quantity?.value != 39)
        #expect(objectText(receive) == "14 years")
        let jail = try #require(x.facts.first { $0.predicate == "jail" })
        if case .entity(let e)? = jail.object { #expect(name(x, e) == "Paul Green") } else { Issue.record("object \(String(describing: jail.object))") }
    }

    /// A day after the verb dates it over a reference word ("most recently in March").
    @Test func aDayOverAReferenceWord() throws {
        let x = extract("The Marren city council postponed the work twice, most recently in March.", date: wednesday)
        let postpone = try #require(x.facts.first { $0.predicate == "postpone" })
        #expect(postpone.time?.value == "2025-03")
    }

    /// A headline's company and the longer name of no known kind it shortens are one company.
    @Test func aShortNameBeforeTheLongOne() {
        let x = extract("Textile maker Bremer to cut 1,100 jobs\n\nBremer Textil, one of the largest makers of fabrics, said on Tuesday it would close a plant.")
        #expect(x.entities.filter { $0.name.hasPrefix("Bremer") }.count == 1, "\(typedNames(x))")
        #expect(x.entities.first { $0.name.hasPrefix("Bremer") }?.type == .organization)
    }

    /// A passive after a relative clause set off by no comma acts on the phrase before "who".
    @Test func aPassiveAfterARestrictiveRelative() throws {
        let x = extract("Three men who tried to smuggle 400 kg of cocaine hidden in a shipment of bananas were jailed on Thursday.")
        let jail = try #require(x.facts.first { $0.predicate == "jail" })
        #expect(objectText(jail) == "Three men")
    }

    /// An ocean named by one word is a place.
    @Test func anOcean() {
        let x = extract("The capsule will splash down in the Atlantic on Sunday.")
        #expect(entityType("Atlantic Ocean", in: x) == .place, "\(typedNames(x))")
    }

    /// A verb right after "and" shares the subject before it, not the first verb's object; an
    /// apposition with "the WHO's" in it is still an apposition.
    @Test(arguments: [
        ("Petr Dvorak will meet Prime Minister Kenji Sato in Tokyo on Wednesday and is expected to sign agreements on energy.",
         "be expected to sign", "Petr Dvorak"),
        ("Dr. Amina Yusuf, the WHO's regional emergency director, urged donors to provide $45 million.", "urge", "Amina Yusuf"),
    ])
    func whoActs(_ text: String, _ predicate: String, _ subject: String) throws {
        let x = extract(text)
        let fact = try #require(x.facts.first { $0.predicate == predicate }, "\(x.facts.map(\.predicate))")
        #expect(name(x, fact.subject) == subject)
    }

    /// The sets of a tennis score are no ranges, whichever player won each; ranges apart from
    /// scores stay ranges.
    @Test func setScores() {
        #expect(quantities("Camille Moreau beat Yuki Tanaka 6-4, 3-6, 7-5 in the final.").isEmpty)
        #expect(quantities("The poll surveyed voters aged 18-25 and 26-35.").first?.bound == .range)
    }
}
