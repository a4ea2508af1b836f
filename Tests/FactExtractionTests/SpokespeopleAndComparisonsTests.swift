@testable import FactExtraction
import FactModel
import Testing

/// People who speak or act for an organisation, speakers who act first and then speak, the time
/// an amount is compared with, and where a long object ends: news copy written for these tests
/// with made-up names.
@Suite("Spokespeople, comparisons and long objects")
struct SpokespeopleAndComparisonsTests {
    /// "a team from X", "a spokesperson for X": the organisation acts or speaks.
    @Test func aTeamFromAnOrganizationActsForIt() throws {
        let x = extract("A team from the University of Castmoor identified 12 new species of frog.")
        let identify = try #require(x.facts.first { $0.predicate == "identify" })
        #expect(name(x, identify.subject) == "University of Castmoor")
        #expect(identify.quantity?.unit == "species")
    }

    @Test(arguments: [
        "A spokesperson for the Ministry of Health said 40 people had died.",
        "An official at the Ministry of Health said 40 people had died.",
    ])
    func aSpokespersonForAnOrganizationIsItsVoice(_ text: String) throws {
        let x = extract(text)
        let die = try #require(x.facts.first { $0.predicate == "die" })
        #expect(name(x, die.attributionEntity) == "Ministry of Health")
    }

    /// "Shares in Solvane" are the company's, as "shares of": the short form is the company.
    @Test func sharesInACompanyAreTheCompanys() throws {
        let x = extract("Solvane Motors AG cut 1,200 jobs on Thursday. Shares in Solvane fell 4.2% in Frankfurt trading.")
        let fall = try #require(x.facts.first { $0.predicate == "fall" })
        #expect(name(x, fall.subject) == "Solvane Motors AG")
        #expect(!x.entities.contains { $0.type == .place && $0.name == "Solvane" })
    }

    /// "the IG Metall union", "neighboring Ostravia", "the Corvo mine": the word around the name types it.
    @Test(arguments: [
        ("The IG Metall union called a strike on Monday.", "IG Metall", EntityType.organization),
        ("The Sarrow cartel controls the port.", "Sarrow", .organization),
        ("Three planes arrived from neighboring Ostravia on Sunday.", "Ostravia", .place),
        ("Neighboring Tenzara closed three border crossings on Thursday.", "Tenzara", .place),
        ("A dam at its Corvo mine collapsed in 2020.", "Corvo", .place),
    ])
    func theWordAroundANameTypesIt(_ text: String, _ entity: String, _ type: EntityType) {
        let x = extract(text)
        #expect(entityType(entity, in: x) == type, "\(typedNames(x))")
    }

    /// "it" in what an organisation says is the organisation, not the company named before.
    @Test func itInWhatAUnionSaysIsTheUnion() throws {
        let x = extract("Solvane Motors cut 1,200 jobs. The IG Metall union said it would hold protests next week.")
        let hold = try #require(x.facts.first { $0.predicate == "hold" })
        #expect(name(x, hold.subject) == "IG Metall")
        #expect(name(x, hold.attributionEntity) == "IG Metall")
    }

    /// "criticized the plan and said it would sue": the speaker of the verb before; what it
    /// said is attributed to it, what it did is not, and "said it" is no fact of its own.
    @Test func aSpeakerWhoActsAndThenSpeaks() throws {
        let x = extract("The Verne Foundation criticized the plan and said it would sue next week.")
        #expect(!x.facts.contains { $0.predicate == "say" }, "\(x.facts.map(\.predicate))")
        let sue = try #require(x.facts.first { $0.predicate == "sue" })
        #expect(name(x, sue.subject) == "Verne Foundation")
        #expect(name(x, sue.attributionEntity) == "Verne Foundation")
        let criticize = try #require(x.facts.first { $0.predicate == "criticize" })
        #expect(criticize.attributionEntity == nil)
    }

    /// "its plant in Kassel, which employs": the plant employs, not the town.
    @Test func whichAfterAPlaceInAPhraseIsNotThePlace() throws {
        let x = extract("Solvane Motors will close its plant in Kassel, which employs about 900 workers.")
        let employ = try #require(x.facts.first { $0.predicate == "employ" })
        #expect(employ.subject == nil, "\(name(x, employ.subject) ?? "")")
        #expect(employ.quantity?.value == 900)
    }

    /// A place named on its own before "which" is still what "which" means.
    @Test func whichAfterAPlaceOnItsOwnIsThePlace() throws {
        let x = extract("Officials visited Kassel, which lost 900 jobs in May.")
        let lose = try #require(x.facts.first { $0.predicate == "lose" })
        #expect(name(x, lose.subject) == "Kassel")
    }

    /// The time an amount is compared with is not when the fact happened.
    @Test(arguments: [
        "Solvane Motors reported revenue of 8.4 billion euros, down 11% from a year earlier.",
        "Solvane Motors said profit fell to 310 million euros from 590 million euros a year ago.",
        "Solvane Motors sold 40,000 vans, more than a year earlier.",
    ])
    func aComparedTimeIsNotTheFactsTime(_ text: String) {
        let x = extract(text)
        let timed = x.facts.filter { $0.time != nil }
        #expect(timed.isEmpty, "\(timed.map { ($0.predicate, $0.time?.value ?? "") })")
    }

    @Test func aComparedYearLeavesTheClausesOwnTime() throws {
        let x = extract("Exports from Veloria rose 4% in March compared with 2019.")
        let rise = try #require(x.facts.first { $0.predicate == "rise" })
        #expect(rise.time?.value == "2021-03")
    }

    /// A long object is cut at a phrase's end, not inside it, and never after a preposition.
    @Test func aLongObjectEndsAtTheEndOfAPhrase() throws {
        let x = extract("The fire started on Friday afternoon near the village of Pell Hollow and spread quickly in strong winds.")
        let start = try #require(x.facts.first { $0.predicate == "start" })
        guard case .text(let object)? = start.object else { Issue.record("no text object"); return }
        #expect(object.string.hasSuffix("strong winds"), "\(object)")
    }

    @Test func anObjectDoesNotEndInAPreposition() throws {
        let x = extract("The council voted 7-2 on Tuesday to build a flood wall worth about 48 million dollars along the Marrow River.")
        let vote = try #require(x.facts.first { $0.predicate == "vote" })
        guard case .text(let object)? = vote.object else { Issue.record("no text object"); return }
        #expect(object.string.hasSuffix("48 million dollars"), "\(object)")
        #expect(name(x, vote.place) == "Marrow River")
    }

    /// "Route 9", "Flight 370": a number after a capitalized head names one of a series; it is
    /// no amount, and the verb after it is still a verb.
    @Test(arguments: [
        ("The department closed Route 9 for two days.", "Route 9", EntityType.place),
        ("Police closed Interstate 95 near Baltimore.", "Interstate 95", .place),
        ("Flight 370 disappeared in 2014.", "Flight 370", .other),
    ])
    func aNumberedName(_ text: String, _ entity: String, _ type: EntityType) {
        let x = extract(text)
        #expect(entityType(entity, in: x) == type, "\(typedNames(x))")
        #expect(x.facts.allSatisfy { $0.quantity == nil })
        #expect(!x.facts.isEmpty)
    }

    @Test func aNumberedNameOpensASentence() throws {
        let x = extract("Route 9 reopened on Friday.")
        let reopen = try #require(x.facts.first { $0.predicate == "reopen" })
        #expect(name(x, reopen.subject) == "Route 9")
    }

    /// A temperature's scale is part of its unit, not a name.
    @Test(arguments: [
        ("Temperatures reached 41 degrees Celsius last week.", "degree Celsius"),
        ("It was 105°F in Phoenix on Monday.", "degree Fahrenheit"),
        ("Temperatures rose 3 degrees in May.", "degree"),
    ])
    func aTemperaturesScaleIsItsUnit(_ text: String, _ unit: String) {
        let x = extract(text)
        #expect(quantities(text).first?.unit == unit)
        #expect(!x.entities.contains { $0.name == "Celsius" || $0.name == "F" })
    }

    /// "a first cut", "the latest attack": a noun after a determiner and an adjective.
    @Test func aNounAfterAnAdjectiveIsNoVerb() {
        let x = extract("Most economists expect a first cut in September.")
        #expect(!x.facts.contains { $0.predicate == "cut" }, "\(x.facts.map(\.predicate))")
    }

    /// A passive after a relative clause is about the phrase before that clause.
    @Test func aPassiveAfterARelativeClause() throws {
        let x = extract("The frog, which measures less than 2 centimeters, was found during an expedition in 2019.")
        let find = try #require(x.facts.first { $0.predicate == "find" })
        guard case .text(let patient)? = find.object else { Issue.record("no patient"); return }
        #expect(patient.string == "The frog")
        #expect(find.time?.value == "2019")
        #expect(find.quantity == nil)
    }

    /// "funded by a grant from X": X is who acts.
    @Test func aGrantsGiverActs() throws {
        let x = extract("The expedition was funded by a grant of 250,000 dollars from the Verne Foundation.")
        let fund = try #require(x.facts.first { $0.predicate == "fund" })
        #expect(name(x, fund.subject) == "Verne Foundation")
    }

    /// "the city" is not a place the text called a state.
    @Test func theCityIsNotAState() {
        let x = extract("The state of Averland will pay 60% of the cost. The city lost power for 12 hours.")
        let lose = x.facts.first { $0.predicate == "lose" }
        #expect(lose.map { name(x, $0.subject) } != .some("Averland"))
    }

    /// "ignored repeated warnings": a participle right after a verb, before a noun, is no verb.
    @Test func aParticipleBeforeTheObjectsNoun() throws {
        let x = extract("Judge Elena Moravec ruled that Halvern Mining had ignored repeated warnings from its engineers.")
        let ignore = try #require(x.facts.first { $0.predicate == "ignore" })
        guard case .text(let object)? = ignore.object else { Issue.record("no object"); return }
        #expect(object.string.hasPrefix("repeated warnings"))
        #expect(name(x, ignore.attributionEntity) == "Elena Moravec")
    }

    /// "warned that …", "announced that 85% …": the report's clause is its own fact, with its
    /// amount; the report keeps neither a cut clause as object nor the amount.
    @Test func aReportedClauseIsNotTheReportsObject() throws {
        let x = extract("Amal Ibarra of the Harrow Consortium announced on Monday that 85% of the grain had been moved.")
        let announce = try #require(x.facts.first { $0.predicate == "announce" })
        #expect(announce.object == nil)
        #expect(announce.quantity == nil)
        let move = try #require(x.facts.first { $0.predicate == "move" })
        #expect(move.quantity?.value == 85)
    }

    /// "the highest since 1998" measures a record from 1998; "destroyed … since 2000" happened since 2000.
    @Test func aRecordsStartIsNotTheFactsTime() throws {
        let x = extract("Turnout in Dravonia was 71%, the highest since 1998.")
        let be = try #require(x.facts.first { $0.predicate == "be" })
        #expect(be.time == nil)
        let y = extract("Logging has destroyed a quarter of the Tamberlo forest since 2000, according to Global Canopy Watch.")
        let destroy = try #require(y.facts.first { $0.predicate == "destroy" })
        #expect(destroy.time?.value == "2000")
    }

    /// An object stops before a relative "that" and never ends in a pronoun.
    @Test(arguments: [
        ("Petra Valk promised to rejoin a regional trade pact that Dravonia left in 2019.", "promise to rejoin", "a regional trade pact"),
        ("Kestrel Air said the planes would burn 20% less fuel than the ones they replace.", "burn", "20% less fuel than the ones"),
    ])
    func anObjectEndsBeforeAClauseOfItsOwn(_ text: String, _ predicate: String, _ expected: String) throws {
        let x = extract(text)
        let fact = try #require(x.facts.first { $0.predicate == predicate }, "\(x.facts.map(\.predicate))")
        guard case .text(let object)? = fact.object else { Issue.record("no object"); return }
        #expect(object.string == expected)
    }


    /// "Amal Ibarra of the Harrow Consortium": a person of an organization is two names, the
    /// person speaking; "the Bank of England" stays one.
    @Test func aPersonOfAnOrganizationIsTwoNames() throws {
        let x = extract("Two days later, Amal Ibarra of the Harrow Consortium announced that 85% of the grain had been moved.")
        #expect(entityType("Amal Ibarra", in: x) == .person, "\(typedNames(x))")
        #expect(entityType("Harrow Consortium", in: x) == .organization)
        let move = try #require(x.facts.first { $0.predicate == "move" })
        #expect(name(x, move.attributionEntity) == "Amal Ibarra")
        let y = extract("The Bank of England raised rates on Thursday.")
        #expect(y.entities.map(\.name) == ["Bank of England"])
    }

    /// "according to Dr. Lucia Petrenko.": the title's period does not end the source.
    @Test func aTitlesPeriodInASource() throws {
        let x = extract("The Orrin Group approved the budget on Saturday, according to Dr. Lucia Petrenko.")
        let approve = try #require(x.facts.first { $0.predicate == "approve" })
        #expect(name(x, approve.attributionEntity) == "Lucia Petrenko")
    }

    /// "It was the highest since …" opening a sentence is a measure, not the organisation
    /// named before; "Solvane said it was the largest" is still Solvane.
    @Test func itOpeningARecordIsNoOrganization() throws {
        let x = extract("Castmoor University counted 40 frogs. It was the highest number since 2009.")
        #expect(!x.facts.contains { $0.predicate == "be" && name(x, $0.subject) == "Castmoor University" }, "\(x.facts.map(\.predicate))")
        let y = extract("Solvane Motors said it was the largest carmaker in Europe.")
        let be = try #require(y.facts.first { $0.predicate == "be" })
        #expect(name(y, be.subject) == "Solvane Motors")
    }
}
