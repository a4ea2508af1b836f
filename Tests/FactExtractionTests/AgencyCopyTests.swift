@testable import FactExtraction
import FactModel
import Testing

/// Sentence shapes of agency copy, written for these tests with made-up names: datelines with the
/// agency in parentheses, appositives that open with a possessor, relative clauses between a
/// subject and its verb.
@Suite("Agency copy")
struct AgencyCopyTests {
    @Test func anAppositiveMayOpenWithAPossessor() throws {
        let x = extract("Korvath, Estmark's biggest economy, imports much of its grain.")
        let fact = try #require(x.facts.first { $0.predicate == "import" })
        #expect(name(x, fact.subject) == "Korvath")
    }

    @Test func aDatelineIsNeitherSubjectNorTheClauseTime() throws {
        let x = extract("GENEVA, Aug. 2 (Wire) - The Harrow Consortium raised its fees by 5% on Friday.")
        let fact = try #require(x.facts.first { $0.predicate == "raise" })
        #expect(name(x, fact.subject) == "Harrow Consortium")
        #expect(fact.time?.value == "2021-08-27")  // the Friday before the document date, not Aug. 2
        let judge = extract("GENEVA (Wire) — A federal judge on Friday blocked a plan by Marlow Motors.")
        #expect(!judge.facts.contains { name(judge, $0.subject) == "Geneva" })
    }

    @Test func neitherDatelineNorAgencyIsAnAntecedent() {
        let x = extract("GENEVA (Wire) - Officials said it would reopen the border crossing on Monday.")
        #expect(!x.facts.contains { name(x, $0.subject) == "Wire" || name(x, $0.subject) == "Geneva" })
    }

    @Test func aRelativeClauseKeepsItsSubjectForTheMainVerb() throws {
        let x = extract("Governor Tomas Reyna, who signed the bill in March, called the ruling a mistake.")
        let call = try #require(x.facts.first { $0.predicate == "call" })
        #expect(name(x, call.subject) == "Tomas Reyna")
    }

    @Test func whatARelativeClauseSaysIsNotWhatTheSpeakerSaid() throws {
        let x = extract("The Harrow Consortium, which was founded in 2015 by Marlow Motors, said the plant cost $90 million.")
        let cost = try #require(x.facts.first { $0.predicate == "cost" })
        #expect(name(x, cost.attributionEntity) == "Harrow Consortium")
        let founded = try #require(x.facts.first { $0.predicate == "found" })
        #expect(founded.attributionEntity == nil)
    }

    @Test(arguments: [
        ("Analysts at Marlow Economics said the move was larger than expected.", "Marlow Economics", EntityType.organization),
        ("Nearly 24 million people across Southern Africa face hunger.", "Southern Africa", .place),
        ("Fighting spread to Eastern Ukraine on Monday.", "Eastern Ukraine", .place),
    ])
    func namesTypedByWhatSurroundsThem(_ text: String, _ entity: String, _ type: EntityType) {
        #expect(extract(text).entities.first { $0.name == entity }?.type == type)
    }

    @Test(arguments: ["London-based", "Iran-backed", "Soviet-era", "Kremlin-run"])
    func aNameMadeAnAdjectiveIsNoEntity(_ word: String) {
        let x = extract("The \(word) group said it had raised $40 million.")
        #expect(!x.entities.contains { $0.name == word }, "\(x.entities.map(\.name))")
    }

    @Test func comparedWithOpensAComparisonNotAClause() {
        let x = extract("Zimbabwe's maize harvest fell by 72% compared with last year.")
        #expect(!x.facts.contains { $0.predicate == "compare" })
    }

    @Test func aPossessivePronounInsideAPhraseIsNotTheSubject() throws {
        let x = extract("Marlow Motors forecast higher sales. Demand for its electric vans kept growing. Its shares rose 4%.")
        #expect(!x.facts.contains { $0.predicate == "keep" && $0.subject != nil })
        let rise = try #require(x.facts.first { $0.predicate == "rise" })
        #expect(name(x, rise.subject) == "Marlow Motors")
    }

    @Test func aCopulaDefinitionNamesTheEntityForLaterDescriptions() throws {
        let x = extract("""
            Orrin Relief is the regional branch of the Harrow Foundation.
            Analysts at the Marlow Institute estimate that the branch has 300 staff.
            The branch opened a clinic in March.
            """)
        let has = try #require(x.facts.first { $0.predicate == "have" })
        #expect(name(x, has.subject) == "Orrin Relief")
        #expect(name(x, has.attributionEntity) == "Marlow Institute")
        let opened = try #require(x.facts.first { $0.predicate == "open" })
        #expect(name(x, opened.subject) == "Orrin Relief")
    }

    @Test func anAcronymSpelledByOneOrganizationsInitialsIsItsAlias() throws {
        let x = extract("""
            The Northern Relief Agency said on Friday it was sending 50,000 doses.
            The NRA's director said testing remained limited. The NRA and the Center for Strategic \
            and International Studies disagreed.
            """)
        let agency = try #require(x.entities.first { $0.name == "Northern Relief Agency" })
        #expect(agency.aliases.contains("NRA"))
        #expect(!x.entities.contains { $0.name == "NRA" })
        #expect(DocumentBuilder.initials(of: "Center for Strategic and International Studies") == "CSIS")
    }

    /// A name ending in "-ing" opens a sentence as a name, a gerund as a word.
    @Test(arguments: [("Boeing said it would cut jobs.", "Boeing"), ("Beijing said it would respond.", "Beijing")])
    func aNameEndingInIngOpensASentence(_ text: String, _ entity: String) {
        #expect(extract(text).entities.contains { $0.name == entity })
    }

    @Test(arguments: ["Rising prices hurt families.", "Flooding closed the road.", "Housing costs rose 5%."])
    func aGerundOpeningASentenceIsNoName(_ text: String) {
        #expect(extract(text).entities.isEmpty, "\(extract(text).entities.map(\.name))")
    }

    @Test func aRelativeClauseKeepsItsTimeAndAmount() throws {
        let x = extract("The Harrow Fund, which approved a $3.6 billion loan for Veloria in 2021, has urged the country to raise revenue.")
        let urge = try #require(x.facts.first { $0.predicate == "urge" })
        #expect(urge.time == nil)
        #expect(urge.quantity == nil)
        let approve = try #require(x.facts.first { $0.predicate == "approve" })
        #expect(approve.time?.value == "2021")
    }

    @Test func aPassiveBeforeAnInfinitiveKeepsItsSubject() throws {
        let x = extract("President Tomas Reyna is expected to sign the bill within two weeks.")
        let sign = try #require(x.facts.first { $0.predicate == "be expected to sign" })
        #expect(name(x, sign.subject) == "Tomas Reyna")
    }

    @Test func theSourcesTimeIsNotTheFacts() throws {
        let x = extract("Tomas Reyna won 54.3% of the vote, according to results announced by the election commission on Wednesday.")
        let win = try #require(x.facts.first { $0.predicate == "win" })
        #expect(win.time == nil)  // not the Wednesday of the announcement
    }

    @Test(arguments: [
        ("Voters elected opposition candidate Amara Diallo Sene as president.", "Amara Diallo Sene", EntityType.person),
        ("Astronomers using the Orrin Deep Space Telescope found water.", "Orrin Deep Space Telescope", .product),
    ])
    func rolesAndHeadsTypeNames(_ text: String, _ entity: String, _ type: EntityType) {
        #expect(extract(text).entities.first { $0.name == entity }?.type == type)
    }

    @Test func phrasalVerbsKeepTheirParticle() {
        let x = extract("The Veloria air force shot down 32 missiles on Friday.")
        #expect(x.facts.contains { $0.predicate == "shoot down" })
    }

    @Test(arguments: [
        ("Three associates, including ex-girlfriend Caroline Ellison, testified.", "Caroline Ellison", EntityType.person),
        ("Microsoft agreed to sell the rights to French publisher Orrin Entertainment.", "Orrin Entertainment", .organization),
        ("Shares of chipmaker Veltrix rose 4%.", "Veltrix", .organization),
    ])
    func firstNamesAndDescriptionsTypeNames(_ text: String, _ entity: String, _ type: EntityType) {
        #expect(extract(text).entities.first { $0.name == entity }?.type == type)
    }

    @Test func aDateSomethingIsSetForIsAhead() {
        // The document is of 2021-08-30: a hearing set for March 28 is next year's.
        #expect(times("Sentencing was set for March 28.").map(\.value) == ["2022-03-28"])
        #expect(times("The vote was postponed to June 4.").map(\.value) == ["2022-06-04"])
        #expect(times("The vote was held on June 4.").map(\.value) == ["2021-06-04"])
    }

    @Test func itAfterAnUnnamedSubjectIsNotTheSource() throws {
        let x = extract("The quake hit the Noto peninsula on Monday, the Orrin Meteorological Agency said. It triggered waves of up to 1.2 metres.")
        let trigger = try #require(x.facts.first { $0.predicate == "trigger" })
        #expect(trigger.subject == nil)
    }

    @Test func theGovernmentIsNoOrganizationNamedBefore() throws {
        let x = extract("The Harrow Foundation delivered rice on Monday. Tomas Reyna said the government would spend $15 million on shelters.")
        let spend = try #require(x.facts.first { $0.predicate == "spend" })
        #expect(spend.subject == nil)
    }

    @Test func aScoreCountsNothing() {
        let x = extract("Marlow City beat Orrin United 6-3, 7-6 on Sunday to reach the final, where 40-55 teams played.")
        #expect(!x.mentions.contains { $0.quantity?.value == 6 || $0.quantity?.value == 3 || $0.quantity?.value == 7 })
        #expect(x.mentions.contains { $0.quantity?.min == 40 && $0.quantity?.max == 55 })
    }

    @Test func aDemonymAloneIsNoName() {
        #expect(extract("The 36-year-old Serbian dropped to the court in tears.").entities.isEmpty)
    }

    @Test(arguments: ["Shares of Veltrix fell 1.5% in extended trading.", "Veltrix shares fell 1.5% on Monday."])
    func onlyACompanyHasShares(_ text: String) {
        #expect(extract(text).entities.first { $0.name == "Veltrix" }?.type == .organization)
    }

    @Test func anAgeSetOffByCommasMakesAPersonAndKeepsTheRelativeClausesSubject() throws {
        let x = extract("Tomasz, 77, who led Veloria from 2003 to 2010, will take office on Jan. 1.")
        #expect(x.entities.first { $0.name == "Tomasz" }?.type == .person)
        let lead = try #require(x.facts.first { $0.predicate == "lead" })
        #expect(name(x, lead.subject) == "Tomasz")
        let take = try #require(x.facts.first { $0.predicate == "take" })
        #expect(name(x, take.subject) == "Tomasz")
    }

    /// "Estmark's central bank" has no name: "the bank" and "it" after it are that bank, not the
    /// consultancy quoted in between, so those facts keep no subject rather than a wrong one.
    @Test func aBankNamedOnlyByItsCountryIsNotTheFirmQuotedAboutIt() throws {
        let x = extract("""
            ACCRA, May 2 (Wire) - Estmark's central bank raised its policy rate by 200 basis points on Monday, \
            as it tries to slow inflation. Analysts at Harbor Analytics said the move was expected. \
            "The bank is signalling that it is serious about prices," said Ama Mensah. \
            The bank also raised the reserve ratio to 20%.
            """)
        let raises = x.facts.filter { $0.predicate == "raise" }
        #expect(raises.count == 2)
        #expect(raises.allSatisfy { $0.subject == nil }, "\(raises.map { name(x, $0.subject) })")
        #expect(!x.facts.contains { name(x, $0.subject) == "Harbor Analytics" && $0.predicate != "say" })
    }

    /// A name of the form "Bank of Veloria" is what a later "the bank" means, even after a
    /// headline that called it only "Veloria's central bank".
    @Test func theNounBeforeOfNamesTheEntity() throws {
        let x = extract("""
            Veloria's central bank holds its main rate. The Bank of Veloria held its rate at 7.5% on Tuesday. \
            The bank had raised the rate by 150 basis points since November.
            """)
        let raise = try #require(x.facts.first { $0.predicate == "raise" })
        #expect(name(x, raise.subject) == "Bank of Veloria")
    }

    @Test(arguments: [
        ("Bank of Veloria", "veloria", "bank"), ("Ministry of Health", "health", "ministry"),
        ("Northern Relief Agency", "agency", ""), ("Reuters", "reuters", ""), ("Friends of the Earth", "earth", "friends"),
    ])
    func nameKeys(_ name: String, _ head: String, _ lead: String) {
        let keys = Coreference.nameKeys(of: name)
        #expect(keys.head == WordKey(head) && keys.lead == (lead.isEmpty ? .none : WordKey(lead)))
        #expect(Coreference.headKey(of: name) == keys.head)
    }

    /// Who speaks is a person or an organization: a name that opens with an English word that is
    /// no first name is an organization.
    @Test(arguments: [
        ("Harbor Rights Watch said the arrests were illegal.", "Harbor Rights Watch", EntityType.organization),
        ("Amnesty Network Estmark said on Monday that it had evidence.", "Amnesty Network Estmark", .organization),
        ("Emeka Marlow said the plan failed.", "Emeka Marlow", .person),
        ("Rose Kellerman said the plan failed.", "Rose Kellerman", .person),
    ])
    func aNameThatSpeaks(_ text: String, _ entity: String, _ type: EntityType) {
        #expect(extract(text).entities.first { $0.name == entity }?.type == type)
    }

    /// An appositive after a description names the subject: "The ruling coalition's candidate,
    /// former prime minister X, came second". Not a participle's agent: "The attack, claimed by X,".
    @Test func anAppositiveNamesTheSubjectOfADescription() throws {
        let x = extract("The ruling coalition's candidate, former prime minister Amadou Velde, came second with 35.8%.")
        let came = try #require(x.facts.first { $0.predicate == "come" })
        #expect(name(x, came.subject) == "Amadou Velde")
        let attack = extract("The attack, claimed by the Harrow Front, killed 12 people.")
        let killed = try #require(attack.facts.first { $0.predicate == "kill" })
        #expect(killed.subject == nil)
    }

    /// A name with a lowercase particle inside is a person's, and the word before the particle
    /// is what the story may call them alone; a one-word name tells no gender, so "He" after it
    /// is that man even when a census lists the word as a woman's first name.
    @Test func aParticleNameAndItsShortForm() throws {
        let x = extract("""
            Paulo Lula da Rocha narrowly won the runoff on Sunday, defeating incumbent Marco Velde. \
            His allies, including the speaker of the house, Arthur Lenz, quickly recognized the result. \
            Lula, 77, will take office on Jan. 1. He promised to end illegal logging.
            """)
        let person = try #require(x.entities.first { $0.name == "Paulo Lula da Rocha" })
        #expect(person.type == .person && person.aliases == ["Lula"])
        #expect(!x.entities.contains { $0.name == "Lula" })
        let promise = try #require(x.facts.first { $0.predicate.hasPrefix("promise") })
        #expect(name(x, promise.subject) == "Paulo Lula da Rocha")
    }
}

