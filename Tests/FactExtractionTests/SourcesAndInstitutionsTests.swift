@testable import FactExtraction
import FactModel
import Testing

/// Who says so, who acts, and what a facility's name is: shapes of news copy written for these
/// tests with made-up names.
@Suite("Sources and institutions")
struct SourcesAndInstitutionsTests {
    func name(_ x: DocumentExtraction, _ index: Int?) -> String? { index.map { x.entities[$0].name } }

    /// A speaker reporting its own doing is still the source: the claim is attributed to it.
    @Test(arguments: [
        ("Tarrow Electric said that it had found no faults at the plant.", "find", "Tarrow Electric"),
        ("Tarrow Electric said it would inspect the reactors again next week.", "inspect", "Tarrow Electric"),
        ("Maren Okafor said she had signed the lease in May.", "sign", "Maren Okafor"),
    ])
    func aSelfReportIsAttributedToItsSpeaker(_ text: String, _ predicate: String, _ speaker: String) throws {
        let x = extract(text)
        let fact = try #require(x.facts.first { $0.predicate == predicate }, "\(x.facts.map(\.predicate))")
        #expect(name(x, fact.subject) == speaker)
        #expect(name(x, fact.attributionEntity) == speaker)
        #expect(fact.attributionName == speaker)
    }

    /// A country's institution acting is not the country acting, and the fact keeps no subject
    /// rather than a wrong one; the same for every institution noun.
    @Test(arguments: ["parliament", "central bank", "government", "senate", "army", "police"])
    func aCountrysInstitutionIsNotTheCountry(_ institution: String) throws {
        let x = extract("Veloria's \(institution) approved a new budget on Thursday.")
        let fact = try #require(x.facts.first { $0.predicate == "approve" })
        #expect(fact.subject == nil, "\(name(x, fact.subject) ?? "")")
        #expect(fact.time?.value == "2021-08-26")
    }

    /// "the ministry" with no ministry named is not the company named before it.
    @Test func anUnnamedInstitutionIsNotTheLastOrganization() {
        let x = extract("Tarrow Electric raised its prices. The ministry said that it would cut fuel subsidies by 10 percent.")
        let cut = x.facts.first { $0.predicate == "cut" }
        #expect(cut.map { name(x, $0.subject) } == .some(nil))
    }

    /// A named institution is still found again by its noun: "the Supreme Court … the court".
    @Test func aNamedInstitutionIsFoundByItsNoun() throws {
        let x = extract("The Veloria Supreme Court heard the case in March. The court rejected the appeal on Friday.")
        let reject = try #require(x.facts.first { $0.predicate == "reject" })
        #expect(name(x, reject.subject) == "Veloria Supreme Court")
    }

    /// A facility named after its place makes the name a place; a company's plant does not.
    @Test(arguments: [
        ("Inspectors visited the Korsa nuclear plant on Monday.", "Korsa", EntityType.place),
        ("Drones struck the Belmark air base overnight.", "Belmark", .place),
        ("Thousands live in the Tevani refugee camp.", "Tevani", .place),
        ("Output at the Ostrel gas field rose 4% in July.", "Ostrel", .place),
        ("Engineers inspected the Varda dam after the floods.", "Varda", .place),
    ])
    func aFacilityNamedAfterItsPlace(_ text: String, _ entity: String, _ type: EntityType) {
        let x = extract(text)
        #expect(x.entities.first { $0.name == entity }?.type == type, "\(x.entities.map { ($0.name, $0.type) })")
    }

    @Test func aCompanysPlantKeepsTheCompany() {
        let x = extract("Marlow Motors said its Dunmore plant would close. Workers at the Marlow Motors plant were told on Friday.")
        #expect(x.entities.first { $0.name == "Marlow Motors" }?.type != .place)
    }

    /// One unknown word before "said": the pronoun after tells a company from a person.
    @Test(arguments: [
        ("Quorvex said its deliveries rose 6% in the quarter.", "Quorvex", EntityType.organization),
        ("Quorvex said that it would buy the port.", "Quorvex", .organization),
        ("Okafor said he would resign in June.", "Okafor", .person),
        ("Okafor said her office had received the letter.", "Okafor", .person),
    ])
    func aPronounAfterSpeechTellsTheSpeaker(_ text: String, _ entity: String, _ type: EntityType) {
        let x = extract(text)
        #expect(x.entities.first { $0.name == entity }?.type == type, "\(x.entities.map { ($0.name, $0.type) })")
    }

    /// A report is the speaker's own act, not something it says of itself.
    @Test func aReportIsNotAttributedToItsOwnSpeaker() throws {
        let x = extract("The Veloria Relief Agency warned that more rain would fall next week.")
        let warn = try #require(x.facts.first { $0.predicate == "warn" })
        #expect(name(x, warn.subject) == "Veloria Relief Agency")
        #expect(warn.attributionEntity == nil)
    }

    /// An ordinary word opening the sentence names a company when "it" reports what it said.
    @Test func aCompanyNamedByAnOrdinaryWord() throws {
        let x = extract("Beacon said it would sell its stake in the port for $2.4 billion.")
        #expect(x.entities.first { $0.name == "Beacon" }?.type == .organization, "\(x.entities.map(\.name))")
        let sell = try #require(x.facts.first { $0.predicate == "sell" })
        #expect(name(x, sell.subject) == "Beacon")
    }

    @Test(arguments: ["Officials said it would take weeks to reopen the road.",
                      "Police said it was too early to name a suspect.",
                      "Witnesses said it began shortly after noon."])
    func aPluralOrAnInstitutionSpeakingIsNoName(_ text: String) {
        let x = extract(text)
        #expect(x.entities.isEmpty, "\(x.entities.map(\.name))")
    }

    /// "in North Waziristan": a compass word and a name after "in" are a place.
    @Test func aCompassNameAfterInIsAPlace() {
        let x = extract("Troops killed 12 militants in North Varesh on Sunday.")
        #expect(x.entities.first { $0.name == "North Varesh" }?.type == .place, "\(x.entities.map { ($0.name, $0.type) })")
    }

    /// "after the company agreed": the description after a subordinator is the clause's subject.
    @Test func aDescriptionAfterASubordinatorIsTheSubject() throws {
        let x = extract("Shares of Nordvik Shipping jumped 12% after the company agreed to buy Carvell Lines.")
        let buy = try #require(x.facts.first { $0.predicate == "agree to buy" }, "\(x.facts.map(\.predicate))")
        #expect(name(x, buy.subject) == "Nordvik Shipping")
        // A place description stays vague: "as the region prepared" is no city named before.
        let region = extract("Talks opened in Dunmore. The news came as the region prepared for winter.")
        #expect(region.facts.first { $0.predicate == "prepare" }.map { name(region, $0.subject) } != .some("Dunmore"))
    }

    /// A quote, then "said" and the speaker: the speaker after the verb is the source.
    @Test(arguments: [
        "\"We expect demand to stay weak into next year,\" said Lena Varga, an economist at Harbin Capital.",
        "Demand will stay weak into next year, said Lena Varga, an economist at Harbin Capital.",
    ])
    func theSpeakerAfterSaid(_ text: String) throws {
        let x = extract(text)
        let fact = try #require(x.facts.first { $0.predicate == "expect" || $0.predicate == "stay" }, "\(x.facts.map(\.predicate))")
        #expect(name(x, fact.attributionEntity) == "Lena Varga")
    }

    /// "their" after an unnamed plural subject is not the organization named before it.
    @Test func theirAfterAnUnnamedSubjectIsNoOrganization() throws {
        let x = extract("The Veloria Commission opened an inquiry. Three journalists were detained in Dunmore on Saturday, their employer said.")
        let detain = try #require(x.facts.first { $0.predicate == "detain" })
        #expect(detain.attributionEntity == nil)
        #expect(detain.attributionName == "their employer")
    }

    /// "the company" stands for a business, never a public body; and not for the one named
    /// before when an unnamed one was described since.
    @Test func theCompanyIsABusiness() throws {
        let x = extract("Tarrow Electric hired new staff. The Veloria Commission opened an inquiry. The company said it would cooperate.")
        let cooperate = try #require(x.facts.first { $0.predicate == "cooperate" })
        #expect(name(x, cooperate.subject) == "Tarrow Electric")
        let giant = extract("Tarrow Electric hired new staff. The Veloria Commission fined the tech giant 1.8 billion euros. The company appealed the fine on Monday.")
        #expect(!giant.facts.contains { $0.predicate == "appeal" && $0.subject != nil })
    }

    /// "the central bank" is a country's, named or not at all.
    @Test func theCentralBankIsNotTheLastOrganization() {
        let x = extract("Harbin Capital expects weaker demand. The central bank kept its key rate at 5.25% on Thursday.")
        let keep = x.facts.first { $0.predicate == "keep" }
        #expect(keep.map { name(x, $0.subject) } == .some(nil))
    }

    /// "add" reports only when nothing is added: "she added." or "added that …".
    @Test func addingThingsIsNoReport() throws {
        let x = extract("The airline said it would add 30 new routes this summer.")
        let add = try #require(x.facts.first { $0.predicate == "add" }, "\(x.facts.map(\.predicate))")
        #expect(add.quantity?.value == 30)
        let quoted = extract("Tarrow Electric raised prices in May. \"Demand is strong,\" she added.")
        #expect(!quoted.facts.contains { $0.predicate == "add" })
    }

    /// "in southern Spain" is a place phrase, not the clause's subject.
    @Test func aPlaceAfterACompassWordIsInItsPhrase() throws {
        let x = extract("The death toll from the floods in southern Spain rose to 217 on Wednesday.")
        let rise = try #require(x.facts.first { $0.predicate == "rise" })
        #expect(rise.subject == nil)
    }

    /// An abbreviation's period inside the sentence does not cut the object short.
    @Test func anAbbreviationDoesNotEndTheObject() throws {
        let x = extract("Noboa won 44.2% of the vote in the first round on Feb. 9, narrowly ahead of Gonzalez.")
        let win = try #require(x.facts.first { $0.predicate == "win" })
        guard case .text(let t)? = win.object else { Issue.record("no text object"); return }
        #expect(t.string.hasSuffix("Feb. 9"), "\(t.string)")
    }
}
