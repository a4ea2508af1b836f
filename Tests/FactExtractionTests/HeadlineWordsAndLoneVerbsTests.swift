import FactExtraction
import FactModel
import Testing

/// A headline's or a sentence's first word that only looks like a name; a verb more often a noun
/// when it is the sentence's one verb; what a description before a name makes it, inside an
/// aside too; a person of a country; names joined by Portuguese particles.
@Suite("Headline words and lone verbs")
struct HeadlineWordsAndLoneVerbsTests {
    @Test(arguments: [
        ("# Drugmaker recalls blood pressure tablets\n\nMeridian Pharma said on Tuesday it was recalling 2.3 million packs.", "Drugmaker"),
        ("# Heatwaves strain the grid in Texas\n\nPower use hit a record on Thursday.", "Heatwaves"),
        ("# Chipmaker's profit beats forecasts\n\nSilvane Semiconductor reported a profit of $2.41 billion.", "Chipmaker"),
        ("# Harbour city approves tram extension\n\nThe council of Varnholm approved the plan on Wednesday.", "Harbour"),
    ])
    func aFirstWordMadeOfTwoWordsIsNoName(_ text: String, _ word: String) {
        let x = extract(text, markdown: true)
        #expect(!x.entities.contains { $0.name.hasPrefix(word) }, "\(typedNames(x))")
        #expect(!x.entities.isEmpty, "the body's names stay: \(typedNames(x))")
    }

    /// A compound that speaks, or is written with a capital again, is a name.
    @Test func aCompoundThatSpeaksOrRecursIsAName() {
        let speaking = extract("Greenpeace said on Monday the plan was reckless.")
        #expect(speaking.entities.contains { $0.name == "Greenpeace" }, "\(typedNames(speaking))")
        let recurring = extract("# Facebook fined in Ireland\n\nThe regulator said Facebook broke the law.", markdown: true)
        #expect(recurring.entities.contains { $0.name == "Facebook" }, "\(typedNames(recurring))")
    }

    /// "The race ends in Zaragoza on July 5": a present form after a subject of its own is the
    /// verb when no other verb follows; a verb more often a noun ("values") too, before its object.
    @Test func theOneVerbAfterASubject() throws {
        let race = extract("The race ends in Zaragoza on July 5.")
        let end = try #require(race.facts.first { $0.predicate == "end" }, "\(race.facts.map(\.predicate))")
        #expect(end.time?.value == "2022-07-05")
        #expect(name(race, end.place) == "Zaragoza")

        let round = extract("Orbital Forge raised $45 million. The round values the company at about $300 million, a person familiar with the deal said.")
        let value = try #require(round.facts.first { $0.predicate == "value" }, "\(round.facts.map(\.predicate))")
        #expect(value.quantity?.value == 300_000_000)
        #expect(value.quantity?.approximate == true)
    }

    /// A timetable's verb in the present puts a day gone this year in the next; a past verb keeps it.
    @Test(arguments: [
        ("The race ends in Zaragoza on July 5.", "2022-07-05"),
        ("Her trial opens on March 18.", "2022-03-18"),
        ("The race ended in Zaragoza on July 5.", "2021-07-05"),
        ("The trial opens on September 14.", "2021-09-14"),
    ])
    func aTimetableInThePresentIsAhead(_ text: String, _ value: String) {
        #expect(times(text).map(\.value) == [value])
    }

    /// A noun compound keeps its noun when a verb follows: "The security forces … clashed".
    @Test func aNounCompoundBeforeTheVerbStaysANoun() {
        let x = extract("The security forces in the region clashed with protesters in Kabul.")
        #expect(x.facts.map(\.predicate) == ["clash"])
    }

    /// A description and the words describing it belong to the name's phrase: the name in the
    /// aside is not the subject ("Grace Mwansa, a reporter for the independent weekly The
    /// Copperbelt Voice, was arrested").
    @Test func aDescribedNameInAnAsideIsNoSubject() throws {
        let x = extract("Grace Mwansa, a reporter for the independent weekly The Copperbelt Voice, was arrested on January 14.")
        #expect(entityType("Copperbelt Voice", in: x) == .organization, "\(typedNames(x))")
        let arrest = try #require(x.facts.first { $0.predicate == "arrest" })
        guard case .entity(let patient)? = arrest.object else {
            Issue.record("no patient: \(String(describing: arrest.object))")
            return
        }
        #expect(name(x, patient) == "Grace Mwansa")
        #expect(arrest.time?.value == "2021-01-14")
    }

    @Test(arguments: [
        ("Meridian Pharma is recalling packs of its blood pressure drug Calvorin.", "Calvorin", EntityType.product),
        ("Investors spent $8 billion, according to the consultancy Novaspace.", "Novaspace", .organization),
        ("She wrote for the daily Kathimerini until 2019.", "Kathimerini", .organization),
    ])
    func namesTypedByTheDescriptionBeforeThem(_ text: String, _ entity: String, _ type: EntityType) {
        let x = extract(text)
        #expect(entityType(entity, in: x) == type, "\(typedNames(x))")
    }

    /// "the vaccine Novavel developed": a name before a verb is who acted, not the thing described.
    @Test func aNameBeforeItsVerbIsNotTheProduct() {
        let x = extract("The vaccine Novavel developed was approved in May.")
        #expect(entityType("Novavel", in: x) != .product, "\(typedNames(x))")
    }

    /// "The Dane's exit": a person of a country, not a name.
    @Test func aNationalityNounIsNoName() {
        let x = extract("Jonas Feldt crashed on a wet descent. The Dane's exit hands the lead to Iker Etxeberria. Two Britons finished in the top ten.")
        #expect(!x.entities.contains { $0.name == "Dane" || $0.name == "Britons" }, "\(typedNames(x))")
        #expect(entityType("Jonas Feldt", in: x) == .person)
    }

    /// "Rio Grande do Sul", "Banco do Brasil": Portuguese particles join a name.
    @Test func portugueseParticlesJoinAName() {
        let x = extract("Heavy rain forced 12,000 people from their homes in the state of Rio Grande do Sul.")
        #expect(entityType("Rio Grande do Sul", in: x) == .place, "\(typedNames(x))")
        #expect(!x.entities.contains { $0.name == "Sul" })
    }

    /// "the Committee to Protect Journalists": a body named for what it is for is one name.
    @Test func aBodyNamedForItsPurpose() {
        let x = extract("The Committee to Protect Journalists welcomed the ruling. The Campaign to Stop Killer Robots said it was pleased.")
        #expect(entityType("Committee to Protect Journalists", in: x) == .organization, "\(typedNames(x))")
        #expect(entityType("Campaign to Stop Killer Robots", in: x) == .organization)
        let plain = extract("The Commission voted to delay the rules.")
        #expect(!plain.entities.contains { $0.name.contains(" to ") }, "\(typedNames(plain))")
    }

    /// "installed" is "install", not WordNet's other spelling "instal".
    @Test func installedIsInstall() {
        let x = extract("Nexar installed 9 gigawatts of solar panels in 2024.")
        #expect(x.facts.map(\.predicate) == ["install"])
    }

    /// Participles and bare forms that describe, not act: "a suspected broken collarbone", "once
    /// it is fully open"; and a clause of time ends the object before it.
    @Test func formsThatDescribe() throws {
        let x = extract("Jonas Feldt was taken to hospital in Huesca with a suspected broken collarbone.")
        #expect(!x.facts.contains { $0.predicate == "break" }, "\(x.facts.map(\.predicate))")
        let line = extract("Mayor Helle Brandt said the line would carry about 38,000 passengers a day once it is fully open.")
        #expect(!line.facts.contains { $0.predicate == "open" }, "\(line.facts.map(\.predicate))")
        let carry = try #require(line.facts.first { $0.predicate == "carry" })
        #expect(objectText(carry) == "about 38,000 passengers a day")
        let cut = extract("The road was cut by floods on Monday.")
        #expect(cut.facts.map(\.predicate) == ["cut"], "a participle like its bare form is still one")
    }

    @Test(arguments: [
        ("The centre-right Civic Platform came second with 24 seats.", "Civic Platform", EntityType.organization),
        ("Prices rose 2.1%, the EU statistics office Eurostat said on Wednesday.", "Eurostat", .organization),
        ("Castlebridge took the lead through Liam O'Hara after 23 minutes.", "Liam O'Hara", .person),
    ])
    func namesTypedByTheirParty(_ text: String, _ entity: String, _ type: EntityType) {
        let x = extract(text)
        #expect(entityType(entity, in: x) == type, "\(typedNames(x))")
    }

    /// "prices rose fastest in Estonia and slowest in Cyprus, where they fell 0.3%": "they" are
    /// the prices, not the bank named before.
    @Test func theyAreThePluralTheSentenceOpenedWith() throws {
        let x = extract("The European Central Bank cut its deposit rate in July. "
            + "Among member states, prices rose fastest in Estonia, at 5.2%, and slowest in Cyprus, where they fell 0.3%.")
        let fall = try #require(x.facts.first { $0.predicate == "fall" })
        #expect(fall.subject == nil, "\(String(describing: name(x, fall.subject)))")
    }

    /// A match's halves and quarters are no halves of the year; a report's are.
    @Test func aMatchsHalfIsNoTime() {
        let match = extract("Dunmore equalised early in the second half when captain Sean Byrne headed in a corner. The match drew 11,500 fans.")
        #expect(!match.mentions.contains { $0.time != nil }, "\(match.mentions.compactMap(\.time).map(\.value))")
        #expect(times("Profits rose in the second half.").map(\.value) == ["2021-H2"])
    }

    /// A length of time stays in its clause: "after 23 minutes, but Dunmore equalised".
    @Test func aLengthOfTimeStaysInItsClause() throws {
        let x = extract("Castlebridge United had taken the lead after 23 minutes, but Dunmore Rovers equalised in the second half of the match.")
        let equalise = try #require(x.facts.first { $0.predicate == "equalise" })
        #expect(equalise.time == nil, "\(String(describing: equalise.time?.value))")
    }

    /// "a premium of 29% to Trekline's closing price on Friday": a price already set, though the
    /// clause speaks of the future.
    @Test func aClosingPriceIsPast() {
        let x = extract("Velomax will pay $38 a share, a premium of 29% to Trekline's closing price on Friday.")
        #expect(x.mentions.compactMap(\.time).map(\.value) == ["2021-08-27"])
    }

    /// "will appear before a judge on Friday": "before" leads a phrase, which is the object.
    @Test func beforeAPhraseIsNoClause() throws {
        let x = extract("Both men will appear before an investigating judge on Friday.")
        let appear = try #require(x.facts.first { $0.predicate == "appear" })
        #expect(objectText(appear) == "before an investigating judge")
        #expect(appear.time?.value == "2021-09-03")
    }

    @Test func lightYearsAreAUnit() {
        #expect(quantities("The planet orbits a star about 120 light years from Earth.").map(\.unit) == ["light year"])
    }

    /// A name as the document's first words has no word before it to read (this once trapped).
    @Test func aNameOpeningTheDocument() {
        let x = extract("Marlow Energy opened an office in Lundmark on Thursday.")
        #expect(x.entities.map(\.name).contains("Marlow Energy"), "\(typedNames(x))")
    }

    /// "over the weekend" is the last weekend, "will meet at the weekend" the coming one, "this
    /// weekend" the coming one on a weekday: TIMEX3 weekend values, Saturday to Sunday.
    @Test(arguments: [
        ("Talks broke down over the weekend.", "2021-W34-WE", "2021-08-28"),
        ("The ministers will meet at the weekend.", "2021-W35-WE", "2021-09-04"),
        ("Talks will resume this weekend.", "2021-W35-WE", "2021-09-04"),
        ("Talks broke down last weekend.", "2021-W34-WE", "2021-08-28"),
    ])
    func weekends(_ text: String, _ value: String, _ saturday: String) throws {
        let time = try #require(times(text).first)
        #expect(time.value == value)
        #expect(time.start?.description == saturday)
    }

    /// A weekend's interval is its two days.
    @Test func aWeekendIsTwoDays() throws {
        let time = try #require(times("Talks broke down over the weekend.").first)
        #expect(time.end?.description == "2021-08-29")
    }

    @Test(arguments: [
        ("The prefect of the Bouches-du-Rhône department urged residents to stay away.", "Bouches-du-Rhône", EntityType.place),
        ("Part of the A7 motorway was closed.", "A7", .place),
    ])
    func placesByTheGazetteerAndTheirRoads(_ text: String, _ entity: String, _ type: EntityType) {
        let x = extract(text)
        #expect(entityType(entity, in: x) == type, "\(typedNames(x))")
    }

    @Test func partsPerMillion() {
        #expect(quantities("Drilling found concentrations of between 600 and 900 parts per million.").map(\.unit) == ["part per million"])
    }

    /// "compared with 380,000 in March 2025": the comparison's date is not when the clause happened.
    @Test func aComparedAmountsDateIsNotTheClauses() throws {
        let x = extract("Around 290,000 people had been waiting more than a year, compared with 380,000 in March 2025.")
        let wait = try #require(x.facts.first { $0.predicate == "wait" })
        #expect(wait.time?.value != "2025-03")
    }

    /// ", official figures showed on Thursday": who says so, not a fact of its own.
    @Test func figuresShowingAreASource() {
        let x = extract("Waiting lists fell to 6.9 million in March, official figures showed on Thursday.")
        #expect(!x.facts.contains { $0.predicate == "show" }, "\(x.facts.map(\.predicate))")
        #expect(x.facts.first { $0.predicate == "fall" }?.attributionName == "official figures")
    }

    /// "Storm Elin … Elin is the fifth named storm": the storm's own name is its short form.
    @Test func aStormsNameShortensIt() {
        let x = extract("Storm Elin left 120,000 homes without power. Elin is the fifth named storm of the season.")
        let storm = x.entities.first { $0.name == "Storm Elin" }
        #expect(storm?.aliases.contains("Elin") == true, "\(typedNames(x))")
        #expect(!x.entities.contains { $0.name == "Elin" })
    }

    /// "sentenced former transport minister Victor Ionescu": the field of a title is no object.
    @Test func aTitlesFieldBeforeTheObject() throws {
        let x = extract("A court sentenced former transport minister Victor Ionescu to six years in prison on Wednesday.")
        let sentence = try #require(x.facts.first { $0.predicate == "sentence" })
        guard case .entity(let o)? = sentence.object else {
            Issue.record("object: \(String(describing: sentence.object))")
            return
        }
        #expect(name(x, o) == "Victor Ionescu")
    }

    /// "hoped to reconnect most of the rest by Tuesday night": a plan's day is ahead.
    @Test func aPlansDayIsAhead() {
        #expect(times("Vestnett said it hoped to reconnect most of the rest by Tuesday night.").map(\.value) == ["2021-08-31"])
    }

    /// "six months earlier than it forecast in January": a difference is a length, and the
    /// clause's day is January of this year.
    @Test func aDifferenceOfTimesIsALength() throws {
        let x = extract("The Reserve Bank of Tavland now expects inflation to return to its 2% target by mid-2022, six months earlier than it forecast in January.")
        let forecast = try #require(x.facts.first { $0.predicate == "forecast" })
        #expect(forecast.time?.value == "2021-01")
        #expect(x.mentions.compactMap(\.time).map(\.value).contains("P6M"))
    }

    /// "The nearby town of Grindavik, home to about 3,700 people before the eruptions began, was
    /// evacuated": what a place is to its people is an aside about the place.
    @Test func aPlaceHomeToPeople() throws {
        let x = extract("The nearby town of Grindavik, home to about 3,700 people before the eruptions began, was evacuated again.")
        let evacuate = try #require(x.facts.first { $0.predicate == "evacuate" })
        guard case .entity(let o)? = evacuate.object else {
            Issue.record("object: \(String(describing: evacuate.object))")
            return
        }
        #expect(name(x, o) == "Grindavik")
    }

    /// "smaller than the previous one in August": neither a time of the clause nor a count of one.
    @Test func thePreviousOne() throws {
        let x = extract("Scientists said the eruption was smaller than the previous one in August.")
        #expect(!x.facts.contains { $0.time?.value == "2021-08" }, "\(x.facts.map { $0.time?.value })")
        #expect(!x.mentions.contains { $0.quantity != nil })
    }

    /// "Amira Haddad, the chemist who shared the 2004 Nobel Prize in Chemistry, has died": the
    /// relative clause's year is not the death's; the prize in its field is one name.
    @Test func aRelativeClausesYearInAnApposition() throws {
        let x = extract("Amira Haddad, the Lebanese-born chemist who shared the 2004 Nobel Prize in Chemistry for her work on catalysts, has died at her home in Geneva.")
        let die = try #require(x.facts.first { $0.predicate == "die" })
        #expect(die.time == nil, "\(String(describing: die.time?.value))")
        #expect(x.entities.contains { $0.name == "Nobel Prize in Chemistry" }, "\(typedNames(x))")
    }

    /// "Kessler Automotive … Kessler's shares rose": an automotive company, and its short form.
    @Test func anAutomotiveCompany() {
        let x = extract("Kessler Automotive will cut 4,000 jobs. The plant will stop making the Kessler E3 in 2027. Kessler's shares rose 2.3%.")
        #expect(entityType("Kessler Automotive", in: x) == .organization, "\(typedNames(x))")
        #expect(!x.entities.contains { $0.name == "Kessler" }, "\(typedNames(x))")
    }
}
