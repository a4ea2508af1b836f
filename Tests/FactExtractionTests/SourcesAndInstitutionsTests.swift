@testable import FactExtraction
import FactModel
import Testing

/// Who says so, who acts, and what a facility's name is: shapes of news copy written for these
/// tests with made-up names.
@Suite("Sources and institutions")
struct SourcesAndInstitutionsTests {
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
        #expect(entityType(entity, in: x) == type, "\(typedNames(x))")
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
        #expect(entityType(entity, in: x) == type, "\(typedNames(x))")
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

    /// An abbreviation's period inside the sentence does not cut the object short (which ends
    /// before the date, the fact's time).
    @Test func anAbbreviationDoesNotEndTheObject() throws {
        let x = extract("Noboa won 44.2% of the vote in the first round on Feb. 9, narrowly ahead of Gonzalez.")
        let win = try #require(x.facts.first { $0.predicate == "win" })
        guard case .text(let t)? = win.object else { Issue.record("no text object"); return }
        #expect(t.string == "44.2% of the vote in the first round", "\(t.string)")
        #expect(win.time?.value == "2021-02-09")
    }
}

/// Shapes of business, court and weather copy: a company with and without its legal form, the
/// trades that name companies, offices named after their holder, lakes and mountains, the noun
/// an apposition gives, and amounts that stay with their own verb. Made-up names throughout.
@Suite("Companies, offices and clauses")
struct CompaniesOfficesAndClausesTests {
    /// "Halvorsen Energy ASA" and "Halvorsen Energy" are one company, whichever comes first.
    @Test(arguments: [
        "Halvorsen Energy ASA reported a loss. Halvorsen Energy said it would cut jobs.",
        "Halvorsen Energy reported a loss. Halvorsen Energy ASA said it would cut jobs.",
    ])
    func aLegalFormNamesTheSameCompany(_ text: String) {
        let x = extract(text)
        let companies = x.entities.filter { $0.name.hasPrefix("Halvorsen") }
        #expect(companies.count == 1, "\(companies.map(\.name))")
        #expect(companies.first?.type == .organization)
    }

    /// The last word of a name that is a trade or a legal form makes it a company.
    @Test(arguments: ["Nordkyst Petroleum", "Brightline Builders", "Tarrow Mining", "Veloria Insurance", "Orrin Therapeutics", "Kessel Foods"])
    func aTradeNamesACompany(_ company: String) {
        let x = extract("Last month, rival \(company) said it would postpone two projects until 2028.")
        #expect(x.entities.first { $0.name == company }?.type == .organization, "\(x.entities.map { ($0.name, $0.type) })")
    }

    /// An office named after its holder is one organization; a country's office stays the country's.
    @Test func anOfficeNamedAfterItsHolder() {
        let x = extract("Two executives pleaded guilty, the U.S. Attorney's Office said. Ukraine's Defence Ministry declined to comment.")
        let names = x.entities.map(\.name)
        #expect(names.contains("U.S. Attorney's Office"), "\(names)")
        #expect(x.entities.first { $0.name == "U.S. Attorney's Office" }?.type == .organization)
        #expect(names.contains("Ukraine") && names.contains("Defence Ministry"), "\(names)")
    }

    /// "Lake …", "Mount …": a place.
    @Test(arguments: ["Lake Veron", "Mount Tessaly", "Cape Orrin", "Fort Velden"])
    func aPlaceByItsFirstWord(_ place: String) {
        let x = extract("Water levels at \(place) fell on Thursday.")
        #expect(x.entities.first { $0.name == place }?.type == .place, "\(x.entities.map { ($0.name, $0.type) })")
    }

    /// The noun of an apposition finds the entity again, before or after the name.
    @Test(arguments: [
        "Farmers lost crops, according to the national farmers' union, UNAGRO. The union estimated losses at €90 million.",
        "UNAGRO, the national farmers' union, met on Monday. The union estimated losses at €90 million.",
    ])
    func anAppositionGivesTheNoun(_ text: String) throws {
        let x = extract("The Veron Water Authority said on Friday that it would ration water. " + text)
        let estimate = try #require(x.facts.first { $0.predicate == "estimate" })
        #expect(name(x, estimate.subject) == "UNAGRO")
    }

    /// "according to the farmers' union, UNAGRO," names its source.
    @Test func aSourceInAppositionIsTheEntity() throws {
        let x = extract("Farmers have lost 4,000 hectares of wheat, according to the national farmers' union, UNAGRO.")
        let lose = try #require(x.facts.first { $0.predicate == "lose" })
        #expect(name(x, lose.attributionEntity) == "UNAGRO")
    }

    /// "Farmers in the province of Aldea lost": the province is where, not who.
    @Test func aPlaceInTheSubjectsPhraseIsThePlace() throws {
        let x = extract("Farmers in the province of Aldea have already lost more than 4,000 hectares of wheat.")
        let lose = try #require(x.facts.first { $0.predicate == "lose" })
        #expect(lose.subject == nil)
        #expect(name(x, lose.place) == "Aldea")
    }

    /// An amount another verb took as its object is not this verb's, nor one before a clause word.
    @Test(arguments: [
        ("Halvorsen Energy would cut about 1,200 jobs by the end of 2027 and sell its stake in the Brage field.", "sell"),
        ("Halvorsen Energy reported a loss of $312 million, compared with a profit of $540 million a year ago, as lower gas prices hit revenue in Norway.", "hit"),
        // Every amount of an object is the object's, and "and" joins two verbs of one subject.
        ("The National Front took 31% and conceded defeat on Sunday.", "concede"),
        ("Officials recorded 1,340 cases and 27 deaths since the outbreak began three weeks ago.", "begin"),
    ])
    func anAmountStaysWithItsVerb(_ text: String, _ predicate: String) throws {
        let x = extract(text)
        let fact = try #require(x.facts.first { $0.predicate == predicate }, "\(x.facts.map(\.predicate))")
        #expect(fact.quantity == nil, "\(fact.quantity?.text ?? "")")
    }

    /// The amount of a clause with no amount in the object is still found: "said 300 people were evacuated".
    @Test func aReportedSubjectsAmountStays() throws {
        let x = extract("Officials said about 300 people were evacuated from Tarrow on Sunday.")
        let evacuate = try #require(x.facts.first { $0.predicate == "evacuate" })
        #expect(evacuate.quantity?.min == nil && evacuate.quantity?.value == 300)
    }

    /// A date in a clause with a modal is ahead, whatever the reporting verb's tense.
    @Test(arguments: [
        ("Officials warned that rationing could begin by the end of April.", "2026-04"),
        ("The minister said the plant might reopen in June.", "2026-06"),
        ("The plant reopened in June.", "2025-06"),
    ])
    func aModalPutsTheDateAhead(_ text: String, _ value: String) {
        let found = times(text, date: CalendarDate(year: 2026, month: 3, day: 14))
        #expect(found.map(\.value) == [value])
    }
}

/// Names and clauses around appositions, lists and quotations. Made-up names throughout.
@Suite("Appositions, lists and quotations")
struct AppositionsListsAndQuotationsTests {
    func type(_ x: DocumentExtraction, _ entity: String) -> EntityType? { x.entities.first { $0.name == entity }?.type }

    /// "Keller & Voss": an ampersand joins one firm's names.
    @Test(arguments: ["Keller & Voss", "Marren & Sons", "Ostrel & Daley"])
    func anAmpersandJoinsAFirm(_ firm: String) {
        let x = extract("Claims could reach $1.2 billion, according to a note from \(firm).")
        #expect(type(x, firm) == .organization, "\(x.entities.map { ($0.name, $0.type) })")
    }

    /// The description set off after a name types it.
    @Test(arguments: [
        ("Volta Cells, a startup spun out of the university, has raised £15 million.", "Volta Cells", EntityType.organization),
        ("Marren, a town on the northern coast, lost power on Sunday.", "Marren", .place),
        ("\"It is promising,\" said Liam Ferris, a chemist at the Institute for Materials Research.", "Liam Ferris", .person),
    ])
    func anAppositionTypesTheName(_ text: String, _ entity: String, _ expected: EntityType) {
        let x = extract(text)
        #expect(type(x, entity) == expected, "\(x.entities.map { ($0.name, $0.type) })")
    }

    /// The verb inside an apposition leaves the name before it the main verb's subject.
    @Test func theSubjectBeforeAnApposition() throws {
        let x = extract("Volta Cells, a startup spun out of the university last autumn, has raised £15 million from investors.")
        let raise = try #require(x.facts.first { $0.predicate == "raise" })
        #expect(name(x, raise.subject) == "Volta Cells")
        #expect(raise.quantity?.value == 15_000_000)
    }

    /// Every name listed after "the towns of" is a place, and "Port …" is one.
    @Test func aListOfTownsAndAPort() {
        let x = extract("Winds of up to 160 km/h tore roofs from buildings in the coastal towns of Marren, Kessby and Ostvik after the storm hit Port Sable.")
        for place in ["Marren", "Kessby", "Ostvik", "Port Sable"] {
            #expect(type(x, place) == .place, "\(place): \(x.entities.map { ($0.name, $0.type) })")
        }
        #expect(x.facts.first { $0.predicate == "tear" }.flatMap { name(x, $0.place) } == "Marren")
    }

    /// A time inside a quotation is not the time of the clause after it.
    @Test func aQuotationsTimeStaysInIt() throws {
        let x = extract("\"The damage is worse than anything we saw in 2019,\" said Governor Paul Haddad, who declared a state of emergency.")
        let declare = try #require(x.facts.first { $0.predicate == "declare" })
        #expect(name(x, declare.subject) == "Paul Haddad")
        #expect(declare.time == nil, "\(declare.time?.value ?? "")")
    }

    /// A reporting verb whose object is an amount states a fact without a named subject.
    @Test func aReportedCountIsAFact() throws {
        let x = extract("Health authorities in Kessling have confirmed 47 cases of measles since mid-August.", date: CalendarDate(year: 2026, month: 9, day: 3))
        let confirm = try #require(x.facts.first { $0.predicate == "confirm" }, "\(x.facts.map(\.predicate))")
        #expect(confirm.quantity?.value == 47)
        #expect(confirm.time?.value == "2026-08")
        #expect(confirm.time?.mod == "MID")
        #expect(confirm.time?.signal == "since")
    }

    /// The middle of a month, with its year or without.
    @Test(arguments: [("Cases rose in mid-March 2024.", "2024-03"), ("Talks could resume in mid-October.", "2026-10"), ("Talks ended in mid-October.", "2025-10")])
    func theMiddleOfAMonth(_ text: String, _ value: String) {
        let found = times(text, date: CalendarDate(year: 2026, month: 9, day: 3))
        #expect(found.map(\.value) == [value])
        #expect(found.first?.mod == "MID")
    }

    /// "The X party of Y won": the party won; "who" after a name in a phrase is that name.
    @Test func thePartyNotItsLeaderAndWho() throws {
        let x = extract("The Civic Renewal party of former finance minister Anneli Kask won 38 seats. Analysts said a coalition with the Greens, who won 11 seats, was likely.")
        let wins = x.facts.filter { $0.predicate == "win" }
        #expect(wins.map { name(x, $0.subject) } == ["Civic Renewal", "Greens"])
        #expect(type(x, "Greens") == .organization)
    }

    /// A party named by its members is an organization, also when a title follows "led by".
    @Test func aPartyLedBySomeone() {
        let x = extract("The ruling Social Democrats, led by Prime Minister Jaan Tamm, came second with 27 seats.")
        #expect(type(x, "Social Democrats") == .organization, "\(x.entities.map { ($0.name, $0.type) })")
        #expect(type(x, "Jaan Tamm") == .person)
    }

    /// "the capital, Tarvas": a place in apposition to a place noun.
    @Test func aPlaceInApposition() {
        let x = extract("Kask told supporters in the capital, Tarvas, that she would begin coalition talks this week.")
        #expect(type(x, "Tarvas") == .place, "\(x.entities.map { ($0.name, $0.type) })")
    }

    /// "hoped to work": the verb is "hope".
    @Test func hopedIsHope() {
        let x = extract("Nwosu said the team hoped to work with carmakers within two years.")
        #expect(x.facts.contains { $0.predicate.hasPrefix("hope") }, "\(x.facts.map(\.predicate))")
    }
}

/// Shapes of quake and market copy: numbers on a scale, clock times with a zone, places off a
/// coast, consultancies. Made-up names throughout.
@Suite("Scales, zones and coasts")
struct ScalesZonesAndCoastsTests {
    /// "of magnitude 6.4 struck": the verb after a number on a scale is still the verb, and the
    /// place off a coast is the fact's place.
    @Test func aQuakeOfAMagnitudeStruck() throws {
        let x = extract("An earthquake of magnitude 6.4 struck off the northern coast of Tessaly early on Monday, officials said.")
        let strike = try #require(x.facts.first { $0.predicate == "strike" }, "\(x.facts.map(\.predicate))")
        #expect(strike.quantity?.value == 6.4)
        #expect(strike.quantity?.unit == "magnitude")
        #expect(name(x, strike.place) == "Tessaly")
        #expect(strike.time?.value == "2021-08-30")
    }

    /// A verb as a text's first word has nothing before it to read (the scale test once read before the text).
    @Test(arguments: ["struck at 3pm", "rose 3% on Monday", "killed 12 people", "in 2 weeks"])
    func aVerbFirst(_ text: String) {
        _ = extract(text)
        _ = extract("- " + text)
    }

    /// ", killing 14 people and leaving …": participles after a comma are verbs of the clause's subject.
    @Test func participleClauses() throws {
        let x = extract("Storm Idris hit Marren on Wednesday, killing 14 people and leaving 200,000 homes without power, officials said.")
        let kill = try #require(x.facts.first { $0.predicate == "kill" }, "\(x.facts.map(\.predicate))")
        #expect(name(x, kill.subject) == "Storm Idris")
        #expect(kill.quantity?.value == 14)
        let leave = try #require(x.facts.first { $0.predicate == "leave" })
        #expect(name(x, leave.subject) == "Storm Idris")
        #expect(leave.quantity?.value == 200_000)
        // The main verb keeps no amount of the participles'.
        #expect(x.facts.first { $0.predicate == "hit" }?.quantity == nil)
    }

    /// An aside participle right after the subject is about it, and the verb after the aside keeps it;
    /// a phrase participle (", including …") is no verb.
    @Test func anAsideParticiple() throws {
        let x = extract("Tarrow Motors, employing 300 people, said it would expand. Twelve people died, including five children.")
        #expect(x.facts.first { $0.predicate == "employ" }.flatMap { name(x, $0.subject) } == "Tarrow Motors")
        #expect(x.facts.first { $0.predicate == "expand" }.flatMap { name(x, $0.attributionEntity) } == "Tarrow Motors")
        #expect(!x.facts.contains { $0.predicate == "include" })
    }

    /// "1400 GMT" is a time of day, not the year 1400, and "GMT" is no organization.
    @Test(arguments: [("trading at 11.32 per euro by 1400 GMT.", "2021-08-30T14:00"), ("The quake struck at 0317 UTC.", "2021-08-30T03:17")])
    func aClockTimeWithAZone(_ text: String, _ value: String) {
        let x = extract(text)
        #expect(x.mentions.compactMap(\.time).map(\.value) == [value])
        #expect(!x.entities.contains { ["GMT", "UTC"].contains($0.name) }, "\(x.entities.map(\.name))")
        #expect(!x.mentions.compactMap(\.quantity).contains { $0.text.hasPrefix("1400") || $0.text.hasPrefix("0317") })
    }

    /// A consultancy by its last word.
    @Test(arguments: ["Kettering Analytics", "Orrin Consulting", "Brantley Advisors"])
    func aConsultancy(_ firm: String) {
        let x = extract("Most of the 24 economists surveyed by \(firm) had forecast no change.")
        #expect(x.entities.first { $0.name == firm }?.type == .organization, "\(x.entities.map { ($0.name, $0.type) })")
    }

    /// "who" after a name in a phrase is that name's clause only.
    @Test func aRelativeClauseInAPhrase() throws {
        let x = extract("Analysts said a coalition with the Greens, who won 11 seats, was the most likely outcome.")
        #expect(x.facts.first { $0.predicate == "win" }.flatMap { name(x, $0.subject) } == "Greens")
        #expect(!x.facts.contains { $0.predicate == "be" && name(x, $0.subject) == "Greens" }, "\(x.facts.map(\.predicate))")
    }
}
