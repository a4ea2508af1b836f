@testable import FactExtraction
import FactModel
import Testing

/// Asides set off by commas, names listed and named after a description, questions and
/// conditions, months of a year said relatively: news copy written for these tests with
/// made-up names.
@Suite("Asides, lists and questions")
struct AsidesListsAndQuestionsTests {
    /// Thursday, 6 November 2025.
    let thursday = CalendarDate(year: 2025, month: 11, day: 6)

    /// Names and the kind news gives them by a word of theirs: a newspaper, a bank or a club named
    /// in another language, a carrier of many ships, a tribe's nation, a union of a trade.
    @Test(arguments: [
        ("Most economists polled by the Daily Ledger expected a smaller move.", "Daily Ledger", EntityType.organization),
        ("Lenders, including Banco Meridional, raised their rates.", "Banco Meridional", .organization),
        ("Harwick United signed a striker from Olympique Rivage on Friday.", "Olympique Rivage", .organization),
        ("The vessel's owner, Nusantara Ferries, did not respond to requests for comment.", "Nusantara Ferries", .organization),
        ("Regulators failed to consult the Tamarack Nation before approving the mine.", "Tamarack Nation", .organization),
        ("The Harbour Workers' Union said the strike would go ahead.", "Harbour Workers' Union", .organization),
        ("At least 40 ships were waiting offshore, according to tracking data from MarineWatch.", "MarineWatch", .organization),
        ("\"Every day of this costs exporters millions,\" said Gemma Ward, head of the exporters' association.", "Gemma Ward", .person),
        ("The company listed its shares on the Nasdaq in 2019.", "Nasdaq", .organization),
    ])
    func aNameTypedByAWordOfIts(_ text: String, _ entity: String, _ type: EntityType) {
        let x = extract(text)
        #expect(entityType(entity, in: x) == type, "\(typedNames(x))")
    }

    /// What is no name: letters joined by an ampersand, a question word after a colon.
    @Test func noNameInAHeadingsAbbreviation() {
        let x = extract("# Q&A: What the new data law means for you\n\nThe law takes effect in September.", markdown: true)
        #expect(x.entities.isEmpty, "\(typedNames(x))")
    }

    /// Two names of two words or more joined by "and" are two names; one-word halves still make
    /// one name when the last ends like an organization's.
    @Test func twoNamesJoinedByAnd() {
        let x = extract("Two of the developers, Brannock Homes and Westvale Properties, were fined 5 million euros.")
        #expect(entityType("Brannock Homes", in: x) == .organization, "\(typedNames(x))")
        #expect(entityType("Westvale Properties", in: x) == .organization, "\(typedNames(x))")
        #expect(entityType("Fire and Rescue Service", in: extract("The Fire and Rescue Service sent 12 crews.")) == .organization)
    }

    /// A passive's patient listed in apposition after a description: the names, not nothing.
    @Test func aPassiveOfNamesInApposition() throws {
        let x = extract("Two of the developers, Brannock Homes and Westvale Properties, were fined 5 million euros in 2023.")
        let fine = try #require(x.facts.first { $0.predicate == "fine" })
        guard case .entity(let patient)? = fine.object else { Issue.record("object \(String(describing: fine.object))"); return }
        #expect(name(x, patient) == "Brannock Homes")
    }

    /// An occupation before a headline's name is no part of it: "Novelist Ada Brennan" is the
    /// Ada Brennan of the story.
    @Test func anOccupationBeforeAHeadlinesName() {
        let x = extract("Novelist Ada Brennan dies at 88\n\nAda Brennan, whose novels sold 20 million copies, has died at her home in Kells.")
        #expect(x.entities.filter { $0.name.hasSuffix("Brennan") }.map(\.name) == ["Ada Brennan"], "\(typedNames(x))")
        #expect(entityType("Ada Brennan", in: x) == .person)
    }

    /// A list of places after "of" goes on after a comma ("Marren, Ostvik and Velden"); a comma
    /// with no list after it ends the place: "the village of Carrick, Brennan worked".
    @Test func aCommaEndsAPlaceWithNoListAfterIt() throws {
        let x = extract("Ada Brennan wrote 23 novels. Born in 1937 in the village of Carrick, Brennan worked as a schoolteacher.")
        #expect(entityType("Brennan", in: x) == nil, "\(typedNames(x))")
        let work = try #require(x.facts.first { $0.predicate == "work" })
        #expect(name(x, work.subject) == "Ada Brennan")
        #expect(objectText(work) == "as a schoolteacher")
        let listed = extract("Floods hit the towns of Marren, Ostvik and Velden on Monday.")
        for town in ["Marren", "Ostvik", "Velden"] { #expect(entityType(town, in: listed) == .place, "\(typedNames(listed))") }
    }

    /// A title with "and" after a name is a clause of its own, not an apposition that makes the
    /// name a person's: "for Black Water Rising, and was made a dame".
    @Test func aClauseAfterACommaIsNoApposition() throws {
        let x = extract("Ada Brennan won the Harrow Prize in 1985 for Black Water Rising, and was made a dame in 2004.")
        #expect(entityType("Black Water Rising", in: x) != .person, "\(typedNames(x))")
        // The passive after "and" has its patient, and no subject of its own.
        let made = try #require(x.facts.first { $0.predicate == "make" })
        #expect(made.subject == nil)
        guard case .entity(let patient)? = made.object else { Issue.record("object \(String(describing: made.object))"); return }
        #expect(name(x, patient) == "Ada Brennan")
        #expect(made.time?.value == "2004")
    }

    /// "the Premier League club announced": the club is the one the story is about, not the
    /// league that only says which club; "the IG BCE union" is the union itself.
    @Test(arguments: [
        ("Harwick United signed Leon Baptiste, the Premier League club announced on Friday.", "Harwick United"),
        ("Bremer Textil will close its plant. The IG BCE union said it would fight the closure.", "IG BCE"),
    ])
    func aNameBeforeADescription(_ text: String, _ speaker: String) throws {
        let x = extract(text)
        let spoken = try #require(x.facts.first { $0.predicate == "announce" || $0.predicate == "fight" })
        #expect(name(x, spoken.subject) == speaker)
    }

    /// The person of a place is who acts, not the place: "A former mayor of Dunmore was sentenced".
    @Test func thePersonOfAPlace() throws {
        let x = extract("A former mayor of Dunmore was sentenced to seven years in prison on Thursday.", date: thursday)
        let sentence = try #require(x.facts.first { $0.predicate == "sentence" })
        #expect(objectText(sentence) == "A former mayor of Dunmore")
        #expect(sentence.time?.value == "2025-11-06")
    }

    /// "The company's shares, which peaked …, closed": what a description owns is about its
    /// owner, as "Its shares" is, over a relative clause; market verbs in the past are verbs.
    @Test func aDescriptionsSharesOverARelativeClause() throws {
        let x = extract("Helix Bio said it would cut 1,200 jobs. The company's shares, which peaked at $310 in late 2021, closed at $41.50 on Monday.")
        let peak = try #require(x.facts.first { $0.predicate == "peak" })
        #expect(name(x, peak.subject) == "Helix Bio")
        #expect(peak.time?.value == "2021")
        #expect(peak.time?.mod == "END")
        let close = try #require(x.facts.first { $0.predicate == "close" })
        #expect(name(x, close.subject) == "Helix Bio")
        #expect(close.quantity?.value == 41.5)
    }

    /// Verbs of markets and of the news that are nouns as often: their past forms are verbs.
    @Test(arguments: [
        ("Kestrel shares plummeted 30% on Monday.", "plummet"), ("Kestrel shares rebounded 4% on Monday.", "rebound"),
        ("Kestrel shares spiked 9% on Monday.", "spike"), ("The council scrapped the plan on Monday.", "scrap"),
        ("Gunmen hijacked a bus on Monday.", "hijack"), ("The ministry axed 300 posts on Monday.", "axe"),
        ("Nearly 600 firefighters were battling the blaze on Monday.", "battle"),
    ])
    func aMarketOrNewsVerb(_ text: String, _ predicate: String) {
        let x = extract(text)
        #expect(x.facts.map(\.predicate) == [predicate])
    }

    /// "Around 600 firefighters, backed by 14 aircraft, were fighting the fire": the subject's
    /// amount before an aside is the clause's; "The telescope, launched in 2023 at a cost of
    /// $3.2 billion, is operated by …": the aside's time and amount are its participle's.
    @Test func anAsideOpenedByAParticiple() throws {
        let fight = try #require(extract("Around 600 firefighters, backed by 14 aircraft, were fighting the fire.").facts.first { $0.predicate == "fight" })
        #expect(fight.quantity?.value == 600)
        #expect(fight.quantity?.unit == "firefighter")
        let x = extract("The Meridian Space Telescope observed the planet. The telescope, launched in 2023 at a cost of $3.2 billion, is operated by the European Orbital Agency.")
        let operate = try #require(x.facts.first { $0.predicate == "operate" })
        #expect(name(x, operate.subject) == "European Orbital Agency")
        #expect(operate.time == nil)
        #expect(operate.quantity == nil)
        guard case .entity(let patient)? = operate.object else { Issue.record("object \(String(describing: operate.object))"); return }
        #expect(name(x, patient) == "Meridian Space Telescope")
    }

    /// Passive agents listed with a role word before the last: "by Sorensen and virologist Karl Obst".
    @Test func agentsWithARoleWord() throws {
        let x = extract("Anika Sorensen runs Helix Bio. Helix was founded in 2008 by Sorensen and virologist Karl Obst in Hamburg.")
        let found = try #require(x.facts.first { $0.predicate == "found" })
        #expect(name(x, found.subject) == "Anika Sorensen")
        #expect(found.agents.compactMap { name(x, $0) } == ["Karl Obst"])
    }

    /// A question states no fact; nor does a clause under "unless" anywhere before its verb.
    @Test(arguments: [
        ("The Data Authority was set up in 2024. When does it take effect?", "take"),
        ("The union said the strike would last 72 hours unless the port operator, Calver Terminals, returned to talks.", "return to talk"),
    ])
    func noFactFromAQuestionOrACondition(_ text: String, _ predicate: String) {
        let x = extract(text)
        #expect(!x.facts.contains { $0.predicate == predicate }, "\(x.facts.map(\.predicate))")
    }

    /// "Mortgage lenders, including Banco Meridional, said they would": "they" are the lenders
    /// the aside lists from, not the bank named before.
    @Test func theyAfterAnAsideOfItsSpeaker() throws {
        let x = extract("The Bank of Lusitania raised its rate to 6.25% on Wednesday. Mortgage lenders, including Banco Meridional and Caixa Atlantica, said they would pass the increase on to customers.")
        #expect(!x.facts.contains { $0.predicate == "pass" && $0.subject != nil }, "\(x.facts.map { ($0.predicate, name(x, $0.subject)) })")
    }

    /// A place inside "according to …" is the source's, not where the fact happened.
    @Test func noPlaceFromTheSource() throws {
        let x = extract("At least 40 ships were waiting offshore, according to tracking data from MarineWatch.")
        let wait = try #require(x.facts.first { $0.predicate == "wait" })
        #expect(wait.place == nil)
        #expect(wait.attributionName == "MarineWatch")
    }

    /// An object stops before a relative "whose", and an amount at its end stays whole.
    @Test(arguments: [
        ("The government promised aid of 50 million euros for farmers whose crops were destroyed.", "promise", "aid of 50 million euros for farmers"),
        ("Revenue dropped to $2.3 billion in the first nine months of the year from $7.1 billion a year earlier.", "drop",
         "to $2.3 billion in the first nine months of the year from $7.1 billion"),
    ])
    func whereAnObjectEnds(_ text: String, _ predicate: String, _ object: String) throws {
        let fact = try #require(extract(text).facts.first { $0.predicate == predicate })
        #expect(objectText(fact) == object)
    }

    /// A month then "last year", "this year" or "next year" is that year's month; so is the
    /// month paired with it ("in March and May last year"), and a range of the two is one span
    /// ("between March and May last year").
    @Test(arguments: [
        ("They observed it in May last year.", ["2024-05"]),
        ("They observed it in March and May last year.", ["2024-03", "2024-05"]),
        ("They observed it between March and May last year.", ["2024-03/2024-05"]),
        ("They observed it from March to May last year.", ["2024-03/2024-05"]),
        ("The plant will open in March next year.", ["2026-03"]),
    ])
    func aMonthOfARelativeYear(_ text: String, _ values: [String]) {
        #expect(times(text, date: thursday).map(\.value) == values)
    }

    /// A day without a year after "will" in its clause lies ahead; so does one a state lasts
    /// until ("remanded in custody until a hearing on December 12").
    @Test(arguments: [
        ("The device will go on sale in Europe on March 3 for $2,499.", "2026-03-03"),
        ("They were remanded in custody until a hearing on December 12.", "2025-12-12"),
        ("The plant closed on March 3.", "2025-03-03"),
    ])
    func aDayAheadOrBehind(_ text: String, _ value: String) {
        #expect(times(text, date: thursday).map(\.value) == [value])
    }

    /// ", called the Tessera Fold Pro," names the device an aside describes, and is no verb; but
    /// "A spokesman, Luis Ferreira, called the union's demands …" is.
    @Test func calledInAnAside() throws {
        let x = extract("Tessera Computing unveiled a laptop. The device, called the Tessera Fold Pro, will go on sale on March 3.", date: thursday)
        #expect(!x.facts.contains { $0.predicate == "call" })
        let go = try #require(x.facts.first { $0.predicate == "go" })
        #expect(name(x, go.subject) == "Tessera Fold Pro")
        let y = extract("A spokesman, Luis Ferreira, called the union's demands unrealistic.")
        let call = try #require(y.facts.first { $0.predicate == "call" })
        #expect(name(y, call.subject) == "Luis Ferreira")
    }

    /// An age joined to its noun counts nothing: "A 57-year-old man died", "a 2,000-year-old
    /// statue"; nor is the count of the next clause's subject the verb's ("died and three other
    /// people were injured").
    @Test func anAgeJoinedToItsNounIsNoAmount() throws {
        let x = extract("A 57-year-old man died and three other people were injured near Ballymore, police said.")
        #expect(!x.facts.contains { $0.predicate == "die" && $0.quantity != nil })
        let injure = try #require(x.facts.first { $0.predicate == "injure" })
        #expect(injure.quantity?.value == 3)
        let find = try #require(extract("Researchers find 2,000-year-old shipwreck off Crete").facts.first { $0.predicate == "find" })
        #expect(find.quantity == nil)
        #expect(objectText(find) == "2,000-year-old shipwreck off Crete")
    }

    /// What a place's description owns acts, not the place: "the city's airport diverted".
    @Test func whatADescriptionOwnsActs() throws {
        let x = extract("Storm Freya hit Ballymore on Monday. The city's airport diverted 12 flights.")
        let divert = try #require(x.facts.first { $0.predicate == "divert" })
        #expect(divert.subject == nil)
    }

    /// "The Marbury city council approved": the town only says which council.
    @Test func aTownsCouncil() throws {
        let x = extract("The Marbury city council approved a 1.4 billion pound budget on Tuesday.")
        let approve = try #require(x.facts.first { $0.predicate == "approve" })
        #expect(approve.subject == nil)
        #expect(approve.quantity?.value == 1_400_000_000)
    }

    /// A relative clause's time follows its "which": "in the next month with help from the WHO,
    /// which has sent 600,000 doses" sent nothing next month.
    @Test func aRelativeClausesTimeFollowsWhich() throws {
        let x = extract("The ministry plans to vaccinate 1.2 million children in the next month with help from the World Health Organization, which has sent 600,000 doses.")
        let send = try #require(x.facts.first { $0.predicate == "send" })
        #expect(name(x, send.subject) == "World Health Organization")
        #expect(send.time == nil)
    }

    /// Sentence shapes that hide a verb or make one: an auxiliary before a quotation, a second
    /// verb in "-s" after "and", a verb of change before "by", a list item's noun before "of",
    /// an aside of ages.
    @Test(arguments: [
        ("Luis Carrera said Belmont had \"narrowed the differences\" with Arvania.", ["narrow"]),
        ("Tessera said the Fold Pro weighs 1.3 kg and runs for up to 14 hours.", ["weigh", "run"]),
        ("Priya Shah said Marbury grants fell by a third since 2015.", ["fall"]),
        ("- cuts of £18 million to library services in Marbury", []),
        ("The men, aged 28, 34 and 41, were arrested in raids in Vellmar on Wednesday.", ["arrest"]),
        ("Orbitex launched 14 satellites and plans to have 60 in orbit by 2027.", ["launch", "plan"]),
        ("Ohio has offered $1.5 billion in tax breaks and grants to win the project.", ["offer"]),
        ("Arabica futures in New York jumped 4% to $3.12 a pound, close to the record of $3.44 set in February.", ["jump"]),
    ])
    func verbsInSentenceShapes(_ text: String, _ predicates: [String]) {
        #expect(extract(text).facts.map(\.predicate) == predicates)
    }

    /// "Leaders of Arvania and Belmont": the countries are two names, not one.
    @Test func anOrdinaryWordOpeningASentenceJoinsNoNames() {
        let x = extract("Leaders of Arvania and Belmont ended two days of talks in Geneva on Saturday.")
        #expect(x.entities.contains { $0.name == "Arvania" }, "\(typedNames(x))")
        #expect(x.entities.contains { $0.name == "Belmont" }, "\(typedNames(x))")
        let kept = extract("The Organization for Security and Co-operation in Europe sent observers.")
        #expect(kept.entities.contains { $0.name.hasPrefix("Organization for Security and Co-operation") }, "\(typedNames(kept))")
    }

    /// A headline's "Rival" and "PC" are no names, "Tessera Computing" a company.
    @Test func aHeadlinesOrdinaryWords() {
        let x = extract("Rival Corvid Systems launched a similar device as PC sales recovered at Tessera Computing.")
        #expect(entityType("Corvid Systems", in: x) == .organization, "\(typedNames(x))")
        #expect(entityType("Tessera Computing", in: x) == .organization, "\(typedNames(x))")
        #expect(entityType("PC", in: x) == nil, "\(typedNames(x))")
    }

    /// A day written before its month after "will" lies ahead as one written after it does.
    @Test func aDayFirstAfterWill() {
        #expect(times("He will be sentenced on 9 January.", date: thursday).map(\.value) == ["2026-01-09"])
        #expect(times("He was sentenced on 9 January.", date: thursday).map(\.value) == ["2025-01-09"])
    }

    /// The people of a name who are not the ones it acts by do not make it the subject
    /// ("Northstar shareholders will receive"); a country's forces and a company's executives do.
    @Test(arguments: [
        ("Northstar Air agreed to the deal. Northstar shareholders will receive $14.50 a share.", "receive", nil),
        ("The United States sent troops. US forces killed a senior commander on Sunday.", "kill", "United States"),
    ] as [(String, String, String?)])
    func thePeopleOfAName(_ text: String, _ predicate: String, _ subject: String?) throws {
        let x = extract(text)
        let fact = try #require(x.facts.first { $0.predicate == predicate })
        #expect(name(x, fact.subject) == subject)
    }

    /// A participle after the count another verb took is part of its object: "found 41 phones
    /// hidden in cells".
    @Test func aParticipleAfterACountedObject() throws {
        let x = extract("Officers found 41 phones hidden in cells during a search in March 2022.")
        #expect(x.facts.map(\.predicate) == ["find"])
        #expect(x.facts.first?.quantity?.value == 41)
    }

    /// "zero tolerance" counts nothing; ranges and glaciers are places.
    @Test func idiomsAndNaturalPlaces() {
        #expect(quantities("The Prison Service said it had zero tolerance for corruption.").isEmpty)
        let x = extract("Glaciers in the Alps shrank, and the Rhone Glacier retreated 1.4 kilometres.")
        #expect(entityType("Alps", in: x) == .place, "\(typedNames(x))")
        #expect(entityType("Rhone Glacier", in: x) == .place, "\(typedNames(x))")
    }

    /// A range of years is one time from the first day of the one to the last of the other.
    @Test(arguments: [
        ("Between 2013 and 2022, the bank opened 7,000 accounts.", "2013 and 2022"),
        ("Viktor Halloran led the city from 2012 to 2020.", "2012 to 2020"),
    ])
    func aRangeOfYears(_ text: String, _ written: String) throws {
        let time = try #require(times(text).first)
        #expect(time.text == written)
        #expect(time.value == "\(written.prefix(4))/\(written.suffix(4))")
        #expect(time.start == CalendarDate(year: Int(written.prefix(4))!, month: 1, day: 1))
        #expect(time.end == CalendarDate(year: Int(written.suffix(4))!, month: 12, day: 31))
    }

    /// "the watchdog" and "the regulator" are the public body named before, not the bank it fined;
    /// a country's own named in full is a person ("Ethiopia's Tigist Alemu").
    @Test func aWatchdogAndACountrysOwn() throws {
        let x = extract("The Financial Conduct Authority fined Albion Bank £42 million. It is the largest fine the watchdog has imposed since 2021.")
        let impose = try #require(x.facts.first { $0.predicate == "impose" })
        #expect(name(x, impose.subject) == "Financial Conduct Authority")
        let y = extract("The record was set by Ethiopia's Tigist Alemu in Chicago. Alemu finished second on Sunday.")
        #expect(entityType("Tigist Alemu", in: y) == .person, "\(typedNames(y))")
        let finish = try #require(y.facts.first { $0.predicate == "finish" })
        #expect(name(y, finish.subject) == "Tigist Alemu")
    }

    /// "were first evacuated" is a passive with an adverb inside; a place's residents are not the
    /// place, a count between them included; a possessor before a name is in the name's phrase.
    @Test func aPlacesResidentsAndAPossessorsPhrase() throws {
        let x = extract("Grindavik's 3,800 residents were first evacuated in November when small earthquakes damaged roads.", date: thursday)
        let evacuate = try #require(x.facts.first { $0.predicate == "evacuate" })
        #expect(evacuate.subject == nil)
        #expect(evacuate.quantity?.value == 3800)
        #expect(evacuate.time?.value == "2025-11")
        let y = extract("A volcano on Iceland's Reykjanes peninsula erupted late on Monday.", date: thursday)
        let erupt = try #require(y.facts.first { $0.predicate == "erupt" })
        #expect(erupt.subject == nil)
    }

    /// A capitalized word joined by a hyphen to one written small, before a noun, describes it
    /// and names nothing; the name before the apposition it sits in stays the subject.
    @Test func aCapitalizedCompoundBeforeANoun() throws {
        let x = extract("Orbitex, a startup that builds small Earth-observation satellites, has raised $180 million.")
        #expect(x.entities.map(\.name) == ["Orbitex"], "\(typedNames(x))")
        let raise = try #require(x.facts.first { $0.predicate == "raise" })
        #expect(name(x, raise.subject) == "Orbitex")
    }

    /// "is demanding a 12% pay rise": "demand" is a verb in every form.
    @Test func demandingIsAVerb() throws {
        let x = extract("The National Union of Teachers is demanding a 12% pay rise.")
        let demand = try #require(x.facts.first { $0.predicate == "demand" })
        #expect(name(x, demand.subject) == "National Union of Teachers")
        #expect(demand.quantity?.value == 12)
    }

    /// "plants in Leiden and Marburg, which will close": "which" after the last place of a list
    /// of places is what is in them, not the place.
    @Test func whichAfterAListOfPlaces() throws {
        let x = extract("Most of the jobs will go at plants in Leiden and Marburg, which will close by the end of next year.")
        let close = try #require(x.facts.first { $0.predicate == "close" })
        #expect(close.subject == nil)
    }

    /// ", close to the record of $3.44 set in February" is no verb, and the participle's month
    /// is not the jump's.
    @Test func theTimeOfAnAmountsParticiple() throws {
        let x = extract("Arabica futures in New York jumped 4% to $3.12 a pound, close to the record of $3.44 set in February.")
        let jump = try #require(x.facts.first { $0.predicate == "jump" })
        #expect(jump.time == nil)
        #expect(jump.quantity?.value == 4)
    }

    /// What a relative "that" clause in an apposition says is background, not the speaker's claim.
    @Test func aRelativeClauseInAnAppositionIsNotSaid() throws {
        let x = extract("Helix Bio, the biotech firm that made one of the first vaccines, said on Tuesday it would cut 1,200 jobs.")
        let make = try #require(x.facts.first { $0.predicate == "make" })
        #expect(name(x, make.subject) == "Helix Bio")
        #expect(make.attributionEntity == nil)
        let cut = try #require(x.facts.first { $0.predicate == "cut" })
        #expect(name(x, cut.subject) == "Helix Bio")
    }

    /// A product named after "called" is a product, and "it" after a clause about it is the
    /// product, not the company.
    @Test func itAfterAProduct() throws {
        let x = extract("Tessera Computing unveiled a laptop on Wednesday. The device, called the Tessera Fold Pro, will go on sale on March 3. It weighs 1.3 kg, the company said.", date: thursday)
        #expect(entityType("Tessera Fold Pro", in: x) == .product, "\(typedNames(x))")
        let weigh = try #require(x.facts.first { $0.predicate == "weigh" })
        #expect(name(x, weigh.subject) == "Tessera Fold Pro")
    }

    /// A verb joined by "and" in the present keeps no time of a clause in the past before it;
    /// one in the future after a day ahead keeps it.
    @Test(arguments: [
        ("Northstar was founded in 1998 and is based in Denver.", "base", nil),
        ("The deal takes effect on Saturday and will be monitored by 200 observers from the Border Mission.", "monitor", "2025-11-08"),
    ] as [(String, String, String?)])
    func aTimeAcrossAnd(_ text: String, _ predicate: String, _ value: String?) throws {
        let fact = try #require(extract(text, date: thursday).facts.first { $0.predicate == predicate })
        #expect(fact.time?.value == value)
    }
}
