@testable import FactExtraction
import FactModel
import Testing

/// Names set off in a phrase, places known by what they own, participles that describe a noun,
/// the "by" and the time that belong to another clause: news copy written for these tests with
/// made-up names.
@Suite("Appositions, participles and clause times")
struct AppositionsAndParticiplesTests {
    /// "the port operator, Castrell Terminals,": a business named in apposition, inside the phrase
    /// of "with", is no subject of the verb after it.
    @Test func aNameInApposition() throws {
        let x = extract("Talks with the port operator, Castrell Terminals, broke down late on Wednesday.")
        #expect(entityType("Castrell Terminals", in: x) == .organization)
        let breakDown = try #require(x.facts.first { $0.predicate == "break down" })
        #expect(breakDown.subject == nil)
    }

    /// "over two years" after a noun is a length of time, not an amount the verb is followed by.
    @Test func aNounThatLooksLikeAVerb() throws {
        let x = extract("The union is seeking a 9% pay rise over two years.")
        #expect(!x.facts.contains { $0.predicate == "rise" })
        let seek = try #require(x.facts.first { $0.predicate == "seek" })
        #expect(objectText(seek)?.hasPrefix("a 9% pay rise") == true)
    }

    /// "if" opens a clause of its own: the object ends before it, and what the condition says
    /// may not happen, so it is no fact.
    @Test func aConditionIsAClauseOfItsOwn() throws {
        let x = extract("The Transport Ministry said it would appoint a mediator next week if no agreement was reached.")
        let appoint = try #require(x.facts.first { $0.predicate == "appoint" })
        #expect(objectText(appoint)?.contains("if") == false)
        #expect(!x.facts.contains { $0.predicate == "reach" })
    }

    @Test(arguments: [
        ("The city council of Marbury voted 7 to 4 on Wednesday.", "Marbury", EntityType.place),
        ("Four aircraft sent by the neighbouring country of Varnia arrived on Sunday.", "Varnia", .place),
        ("The mayor of Dunmore resigned on Monday.", "Dunmore", .place),
        ("Residents of Ostvik were evacuated on Friday.", "Ostvik", .place),
    ])
    func aPlaceKnownByWhatItOwns(_ text: String, _ entity: String, _ type: EntityType) {
        let x = extract(text)
        #expect(entityType(entity, in: x) == type, "\(typedNames(x))")
    }

    /// A town and an organisation named after it stay two entities.
    @Test func aTownIsNotTheFederationNamedAfterIt() {
        let x = extract("The city council of Marbury voted on Wednesday. The Marbury Builders Federation said it would sue.")
        #expect(entityType("Marbury", in: x) == .place)
        let federation = x.entities.first { $0.name == "Marbury Builders Federation" }
        #expect(federation?.aliases.isEmpty == true)
    }

    @Test func aBritishSpellingOpeningASentenceIsNoName() {
        let x = extract("Neighbouring districts have reported 28 suspected cases.")
        #expect(x.entities.isEmpty, "\(typedNames(x))")
    }

    /// A person of an organisation after a title: two names, the person acting.
    @Test func aTitledPersonOfACourt() throws {
        let x = extract("Judge Miriam Osei of the Eastern District Court granted the injunction on Friday.")
        #expect(entityType("Miriam Osei", in: x) == .person, "\(typedNames(x))")
        #expect(entityType("Eastern District Court", in: x) == .organization)
        let grant = try #require(x.facts.first { $0.predicate == "grant" })
        #expect(name(x, grant.subject) == "Miriam Osei")
    }

    /// "his" after "One firefighter" is that firefighter, who has no name: not the minister before.
    @Test func aPronounAfterAnUnnamedPerson() {
        let x = extract("Interior Minister Karel Stoyan said 900 firefighters had been deployed. One firefighter was seriously injured when his truck overturned near Rosca.")
        #expect(!x.facts.contains { $0.predicate == "overturn" && $0.subject != nil })
    }

    /// "and plans to immunize": a second verb of the same subject, not part of the first one's object.
    @Test func aSecondVerbWithAnInfinitive() throws {
        let x = extract("The Ministry of Health has sent 40,000 doses to the district and plans to immunize 95 percent of children.")
        let send = try #require(x.facts.first { $0.predicate == "send" })
        #expect(objectText(send)?.contains("plans") == false)
        let plan = try #require(x.facts.first { $0.predicate == "plan to immunize" })
        #expect(name(x, plan.subject) == "Ministry of Health")
    }

    @Test(arguments: [
        ("The Carrow law placed an unfair burden on elderly and disabled voters.", "disable"),
        ("Voters in Carrow must show one of five approved photo documents.", "approve"),
    ])
    func aParticipleThatDescribesANoun(_ text: String, _ notAVerb: String) {
        let x = extract(text)
        #expect(!x.facts.contains { $0.predicate == notAVerb }, "\(x.facts.map(\.predicate))")
    }

    /// After a plural noun, "and" joins two verbs: "toppled trees and blocked roads".
    @Test func twoVerbsJoinedAfterTheirObject() {
        let x = extract("Winds of up to 110 km/h toppled trees and blocked roads on Monday.")
        #expect(x.facts.contains { $0.predicate == "block" })
    }

    /// "aboard a rocket built by Orbis Dynamics": the "by" is the builder's, not the launcher's.
    @Test func theByOfAnotherParticiple() throws {
        let x = extract("The satellite was launched on Nov. 3 aboard a rocket built by Orbis Dynamics.")
        let launch = try #require(x.facts.first { $0.predicate == "launch" })
        #expect(launch.subject == nil)
    }

    /// "04:12 GMT on Friday": the zone belongs to the time, and Friday is the day, not the date before.
    @Test func aTimeWithItsZoneBeforeItsDay() throws {
        let x = extract("The satellite was launched on Aug. 3. Controllers last received a signal at 04:12 GMT on Friday.")
        let receive = try #require(x.facts.first { $0.predicate == "receive" })
        #expect(receive.time?.value == "2021-08-27T04:12")
    }

    /// A relative clause's time is its own: not the time of the verbs after the clause closes.
    @Test func aRelativeClausesTimeStaysInIt() throws {
        let x = extract("The Harnes power station, which opened in 1979, supplies 11% of the country's electricity and employs 420 people.")
        let employ = try #require(x.facts.first { $0.predicate == "employ" })
        #expect(employ.time == nil)
        #expect(x.facts.first { $0.predicate == "open" }?.time?.value == "1979")
    }

    /// "the deadliest … since 1998": the year compared with, which a "when" clause then dates.
    @Test func aRecordSinceAYear() throws {
        let x = extract("It was the deadliest rail accident in the country since 1998, when 31 people died in a collision near Ilm.")
        let be = try #require(x.facts.first { $0.predicate == "be" })
        #expect(be.time == nil)
        #expect(x.facts.first { $0.predicate == "die" }?.time?.value == "1998")
    }

    /// "The attorney general's office said it would appeal": "it" is the office, which has no name.
    @Test func anUnnamedOfficeSpeaksForItself() {
        let x = extract("The Carrow Voting Rights Project filed the suit. The attorney general's office said it would appeal the decision.")
        #expect(!x.facts.contains { $0.predicate == "appeal" && $0.subject != nil })
    }

    @Test(arguments: [
        ("blazes", "blaze"), ("prizes", "prize"), ("buzzes", "buzz"), ("headaches", "headache"),
        ("shoes", "shoe"), ("taxes", "tax"), ("churches", "church"), ("heroes", "hero"),
    ])
    func aPluralMadeSingular(_ plural: String, _ singular: String) {
        #expect(Inflection.singular(plural) == singular)
    }

    /// A person of a party after a lowercase title, set off between commas: the verb's subject.
    @Test func aRivalOfAPartyInApposition() throws {
        let x = extract("Her main rival, former finance minister Viktor Hallan of the Civic Union, took 38.7%.")
        #expect(entityType("Viktor Hallan", in: x) == .person, "\(typedNames(x))")
        #expect(entityType("Civic Union", in: x) == .organization)
        let take = try #require(x.facts.first { $0.predicate == "take" })
        #expect(name(x, take.subject) == "Viktor Hallan")
    }

    /// An age and a description naming a place between a name and its verb.
    @Test func anAgeAndAPlaceInApposition() throws {
        let x = extract("President Amara Lindqvist won on Sunday. Lindqvist, 58, a former mayor of the capital, Ardent, has promised to build 100,000 homes by 2030.")
        let promise = try #require(x.facts.first { $0.predicate.hasPrefix("promise") })
        #expect(name(x, promise.subject) == "Amara Lindqvist")
    }

    /// "down from 67% in 2020": the year of the amount compared with does not date the fact.
    @Test func theYearOfTheAmountComparedWith() throws {
        let x = extract("In Kestria, turnout was 61%, down from 67% in 2020.")
        let be = try #require(x.facts.first { $0.predicate == "be" })
        #expect(be.time == nil)
    }

    /// "its board decided on Tuesday" is the Tuesday before, though the sentence speaks of what will be.
    @Test func aDayRightAfterAVerbInThePast() throws {
        let x = extract("The Kestria Football League will expand to 20 clubs, its board decided on Tuesday.")
        let decide = try #require(x.facts.first { $0.predicate == "decide" })
        #expect(decide.time?.value == "2021-08-24")
    }

    @Test(arguments: [
        ("Orrin United voted against the plan on Tuesday.", "Orrin United", EntityType.organization),
        ("FC Dunmore voted against the plan on Tuesday.", "FC Dunmore", .organization),
        ("Penrose Data said last month it would close two offices.", "Penrose Data", .organization),
    ])
    func clubsAndCompaniesByTheirNames(_ text: String, _ entity: String, _ type: EntityType) {
        let x = extract(text)
        #expect(entityType(entity, in: x) == type, "\(typedNames(x))")
    }

    /// ", and Penrose Data said": the speaker of a clause of its own is not the source of the one before.
    @Test func aSpeakerInASecondClause() throws {
        let x = extract("Hallmark Cloud laid off 4,000 workers in March, and Penrose Data said last month it would close offices in Dublin.")
        let layOff = try #require(x.facts.first { $0.predicate == "lay off" })
        #expect(layOff.attributionEntity == nil)
        let close = try #require(x.facts.first { $0.predicate == "close" })
        #expect(name(x, close.attributionEntity) == "Penrose Data")
    }

    /// "could not prove that the drug caused the effect": the clause is a fact of its own, not a cut object.
    @Test func aClauseAfterThatIsNoObject() throws {
        let x = extract("The Castmoor trial could not prove that the drug caused the effect.")
        let prove = try #require(x.facts.first { $0.predicate == "prove" })
        #expect(prove.object == nil)
    }

    /// "Kestria's top football league will expand": the league has no name here, so no subject.
    @Test func aPlacesLeagueIsNotThePlace() throws {
        let x = extract("Kestria's top football league will expand from 18 to 20 clubs next season.")
        let expand = try #require(x.facts.first { $0.predicate == "expand" })
        #expect(expand.subject == nil)
    }
}
