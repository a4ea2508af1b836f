@testable import FactExtraction
import FactModel
import Testing

/// Who speaks over a relative clause, seasons and quarters said without a year, days counted
/// from an event named before, and the words a count, a forecast or a name are made of: news
/// copy written for these tests with made-up names.
@Suite("Roles, seasons and counted days")
struct RolesSeasonsAndCountedDaysTests {
    /// Friday, 14 March 2025: winter, the first quarter.
    let friday = CalendarDate(year: 2025, month: 3, day: 14)

    /// A role verb that is more often a noun is a verb right after "who", and the speaker after
    /// the relative clause is the name before it — whether its verb is known or not.
    @Test(arguments: [
        ("Priya Desai, who chairs the transport committee, said the line would carry up to 9,000 passengers a day.", "chair"),
        ("Priya Desai, who heads the transport agency, said the line would carry up to 9,000 passengers a day.", "head"),
        ("Priya Desai, who captained the national side, said the line would carry up to 9,000 passengers a day.", "captain"),
        ("Priya Desai, who fronts the transport campaign, said the line would carry up to 9,000 passengers a day.", "front"),
        ("Priya Desai, who squarely backs the campaign, said the line would carry up to 9,000 passengers a day.", nil),
    ])
    func theSpeakerBeforeARelativeClause(_ text: String, _ role: String?) throws {
        let x = extract(text, date: friday)
        let carry = try #require(x.facts.first { $0.predicate == "carry" })
        #expect(carry.attributionName == "Priya Desai")
        if let role {
            let fact = try #require(x.facts.first { $0.predicate == role }, "\(x.facts.map(\.predicate))")
            #expect(name(x, fact.subject) == "Priya Desai")
        }
    }

    /// "the committee chair" and "heads of state" stay nouns.
    @Test func aRoleNounIsNoVerbElsewhere() {
        let x = extract("The committee chair met heads of state in Vienna on Monday.", date: friday)
        #expect(x.facts.map(\.predicate) == ["meet"])
    }

    /// Business shorthand for the start or end of a year is written in capitals: a boy is no date.
    @Test func onlyCapitalsAreBusinessShorthand() {
        #expect(times("I have dreamed of playing in England since I was a boy.", date: friday).isEmpty)
        #expect(times("The deal should close by EOY.", date: friday).map(\.value) == ["2025"])
    }

    /// "N days after|before the event" counts from the day the text gave that event in an earlier
    /// sentence; a clause after it, or a day of the same sentence, reads the other way (the
    /// event named follows or precedes the day the sentence is about).
    @Test(arguments: [
        ("The worker died on 14 August 2021. The sensor had been disabled six months before the accident.", "2021-02-14"),
        ("The worker died on 14 August 2021. The sensor had been disabled six months before.", "2021-02-14"),
        ("The quake struck on 2 March 2024. Two days after the quake, rescuers found a boy alive.", "2024-03-04"),
        ("Brightfield announced the plant on 11 March 2025. The announcement comes a month after rival SunCrest scrapped its plans.", "2025-02-11"),
        ("The plant opened on 11 March 2025, a month after the vote.", "2025-02-11"),
    ])
    func daysCountedFromAnEvent(_ text: String, _ value: String) {
        #expect(times(text, date: friday).last?.value == value, "\(times(text, date: friday).map(\.value))")
    }

    /// A quarter or half named without its year is last year's when this year's has not begun
    /// and only the past fits; otherwise the document's.
    @Test(arguments: [
        ("Orvane Telecom reported a net loss for the fourth quarter on Wednesday.", "2024-Q4"),
        ("Sales in the second half fell by 8%.", "2024-H2"),
        ("Orvane Telecom expects growth to return in the fourth quarter.", "2025-Q4"),
        ("Orvane Telecom reported a profit for the first quarter.", "2025-Q1"),
        ("Shipments rose 4.6% in Q3, according to Datapoint.", "2024-Q3"),
    ])
    func aQuarterWithoutItsYear(_ text: String, _ value: String) {
        #expect(times(text, date: friday).first?.value == value)
    }

    /// A season after a preposition, with no year: the current or coming one, or the last one
    /// begun when only the past fits. Not "in the spring sunshine", nor "prices may fall".
    @Test(arguments: [
        ("The bank said it could begin lowering rates in the autumn if inflation keeps easing.", ["2025-FA"]),
        ("Construction will start in spring.", ["2025-SP"]),
        ("The plant closed in the summer.", ["2024-SU"]),
        ("Talks continued through the winter.", ["2024-WI"]),
        ("Prices may fall in the spring sunshine.", []),
        ("The plant closed in the summer of 2019.", ["2019-SU"]),
    ])
    func aSeasonFramedByAPreposition(_ text: String, _ values: [String]) {
        #expect(times(text, date: friday).map(\.value) == values)
    }

    /// The season is the fact's time, not part of its object.
    @Test func aSeasonIsTheFactsTime() throws {
        let x = extract("The Bank of Vestland said it could begin lowering borrowing costs in the autumn.", date: friday)
        let begin = try #require(x.facts.first { $0.predicate == "begin" })
        #expect(begin.time?.value == "2025-FA")
        #expect(objectText(begin) == "lowering borrowing costs")
    }

    /// "the Premier League side" is the club named before, not the league; "the other side" is
    /// nobody named.
    @Test func aSideNamedByItsLeague() throws {
        let x = extract("""
            Halden United have signed striker Mateo Ruiz for 68 million pounds, the Premier League side announced on Thursday.
            """, date: friday)
        let announce = try #require(x.facts.first { $0.predicate == "announce" })
        #expect(name(x, announce.subject) == "Halden United")
        let other = extract("The Organization of Border States sent observers. Pavel Novak said his country would respect the truce as long as the other side does.", date: friday)
        #expect(!other.facts.contains { $0.predicate == "do" && name(other, $0.subject) == "Organization of Border States" })
    }

    /// Names typed by a word of theirs: a club's first word, a state's formal name, a public body
    /// called an executive (not a chief executive), one word with a capital inside, what only a
    /// country has after "'s", a race named "Tour", German company words.
    @Test(arguments: [
        ("Halden United signed him from Club Atletico Sarmiento.", "Club Atletico Sarmiento", EntityType.organization),
        ("Soldiers looted the works from the Kingdom of Benin in 1897.", "Kingdom of Benin", .place),
        ("The treaty was signed by the Sultanate of Marra on Monday.", "Sultanate of Marra", .place),
        ("An investigation by the Health and Safety Executive found faults.", "Health and Safety Executive", .organization),
        ("Chief Executive Marta Quill said sales fell.", "Marta Quill", .person),
        ("Kessler Chief Executive Tomas Brandt said the purchase would cut costs.", "Tomas Brandt", .person),
        ("Rival SunCrest scrapped plans for a plant in Georgia.", "SunCrest", .organization),
        ("Maravia's central bank raised its benchmark rate to 11% on Tuesday.", "Maravia", .place),
        ("Estavia's prime minister resigned on Monday.", "Estavia", .place),
        ("Ana Lopes won the ninth stage of the Tour de Velar on Sunday.", "Tour de Velar", .event),
        ("The plant, owned by Kormann Chemie, makes solvents.", "Kormann Chemie", .organization),
    ])
    func aNameTypedByAWordOfIts(_ text: String, _ entity: String, _ type: EntityType) {
        let x = extract(text, date: friday)
        #expect(entityType(entity, in: x) == type, "\(typedNames(x))")
    }

    /// The prefixes of surnames are no capital inside a word.
    @Test func aSurnamesPrefixIsNoInnerCapital() {
        let x = extract("DeSantis spoke first. McCarthy left early. LeBron scored 30 points.", date: friday)
        for person in ["DeSantis", "McCarthy", "LeBron"] { #expect(entityType(person, in: x) != .organization, "\(typedNames(x))") }
    }

    /// "the state" after a continent is the state named before it.
    @Test func theStateIsNoContinent() throws {
        let x = extract("""
            Brightfield will build a solar factory near Toledo, Ohio. The plant is its first outside Asia. \
            The state has offered tax credits worth up to $75 million.
            """, date: friday)
        let offer = try #require(x.facts.first { $0.predicate == "offer" })
        #expect(name(x, offer.subject) == "Ohio")
    }

    /// A participle between a count and its plural noun describes it: "two stolen cars".
    @Test func aParticipleBetweenACountAndItsNoun() throws {
        let x = extract("Officers seized two stolen cars and about 90,000 euros in cash.", date: friday)
        #expect(x.facts.map(\.predicate) == ["seize"])
        #expect(x.mentions.compactMap(\.quantity).first?.unit == "car")
        #expect(quantities("Police found 14 abandoned vehicles near the border.").first?.unit == "vehicle")
        #expect(quantities("Ecuador has more than 600 known species of amphibians.").first?.unit == "species")
    }

    /// An amount others forecast counts no forecasters, takes the currency of the amount it is
    /// compared with, and its forecasters are no source.
    @Test func anAmountAnalystsForecast() throws {
        let x = extract("Revenue fell to $3.1 billion, below the 3.3 billion analysts had expected.", date: friday)
        let forecast = try #require(x.mentions.compactMap(\.quantity).first { $0.value == 3_300_000_000 })
        #expect(forecast.unit == nil)
        #expect(forecast.currency == "USD")
        let above = extract("Profit rose to $410 million, above the $395 million analysts had forecast.", date: friday)
        let rise = try #require(above.facts.first { $0.predicate == "rise" })
        #expect(rise.attributionName == nil)
    }

    /// "hand back" keeps its particle; a verb in the past after a time ("figures published last
    /// week showed") is the clause's.
    @Test func particlesAndAVerbAfterATime() throws {
        let x = extract("The Hallam Museum handed back 19 sculptures to Nigeria on Wednesday.", date: friday)
        #expect(x.facts.first?.predicate == "hand back")
        let heat = extract("A heatwave that began late last week tightened its grip on Spain.", date: friday)
        let tighten = try #require(heat.facts.first { $0.predicate == "tighten" }, "\(heat.facts.map(\.predicate))")
        #expect(objectText(tighten) == "its grip on Spain")
    }

    /// "for five days before the hillside collapsed" is how long, not a day five days off.
    @Test func aCountFramedByForLastsUpToTheEvent() {
        let text = "The landslide struck on Tuesday, 11 March 2025. Rain had fallen on the area for five days before the hillside collapsed."
        #expect(times(text, date: friday).map(\.value) == ["2025-03-11", "P5D"])
    }

    /// A verb right after "and" shares the subject of the verb before, even when that has no
    /// name: the names between are its object's.
    @Test func aVerbAfterAndKeepsAnUnnamedSubject() throws {
        let x = extract("A wildfire has burned 12,000 acres east of Marlow since Friday and forced about 3,000 residents to leave.", date: friday)
        let force = try #require(x.facts.first { $0.predicate == "force" })
        #expect(force.subject == nil)
    }

    /// Nouns that look like verbs: a participle after a superlative ("the oldest known"), a
    /// word after a description that follows a particle ("freeing up state funds"); a
    /// description opening a headline still acts ("Central bank holds rates").
    @Test func participlesAndCompoundsThatAreNoVerbs() {
        #expect(extract("Scientists find oldest known cave paintings in Sulawesi", date: friday).facts.map(\.predicate) == ["find"])
        #expect(!extract("Governor Paul Redding declared an emergency on Saturday, freeing up state funds for the response.", date: friday)
            .facts.contains { $0.predicate == "fund" })
        #expect(extract("Central bank holds rates in Vestland", date: friday).facts.map(\.predicate) == ["hold"])
    }

    /// "world number one" is a rank, no count.
    @Test func aRankIsNoCount() {
        #expect(quantities("Milos Kovac stunned world number one Arturo Benitez on Saturday.").isEmpty)
    }

    /// A word that is no first name before a first name and surname opening a sentence is no
    /// part of the name; the headline's surname is then the same person, named in full.
    @Test func aHeadlinesSurnameIsThePersonNamedInFull() throws {
        let x = extract("Kovac beats top seed to reach final\n\nUnseeded Milos Kovac stunned world number one Arturo Benitez on Saturday.", date: friday)
        let kovac = try #require(x.entities.first { $0.name == "Milos Kovac" }, "\(typedNames(x))")
        #expect(kovac.type == .person)
        #expect(kovac.aliases == ["Kovac"])
    }

    /// A company a headline names by its first word after its trade is the one company of that
    /// word, among the names of its products.
    @Test func aHeadlinesCompanyAmongItsProducts() throws {
        let x = extract("""
            Carmaker Trivor recalls 480,000 vehicles

            Trivor Motors is recalling about 480,000 cars, including the Trivor Aster and Trivor Vela, the company said.
            """, date: friday)
        let trivor = try #require(x.entities.first { $0.name == "Trivor Motors" }, "\(typedNames(x))")
        #expect(trivor.type == .organization)
        #expect(trivor.aliases == ["Trivor"])
    }

    /// A dateline set in bold names the place.
    @Test func aDatelineInBold() {
        let x = extract("# Wildfire forces 3,000 to flee\n\n**MARLOW, Aug. 4** — A wildfire has burned 12,000 acres.", date: friday, markdown: true)
        #expect(entityType("Marlow", in: x) == .place, "\(typedNames(x))")
    }

    /// "cut short" keeps its particle.
    @Test func cutShort() {
        #expect(extract("President Ilinca Moraru cut short a visit to Paris.", date: friday).facts.first?.predicate == "cut short")
    }

    /// A range of months with their years is one time, from the first day of the first to the
    /// last day of the last.
    @Test func aRangeOfMonths() throws {
        let span = try #require(times("The recall covers models built between June 2021 and March 2023.", date: friday).first)
        #expect(span.value == "2021-06/2023-03")
        #expect(span.start == CalendarDate(year: 2021, month: 6, day: 1))
        #expect(span.end == CalendarDate(year: 2023, month: 3, day: 31))
        #expect(times("Prices rose from January 2020 to May 2021.", date: friday).map(\.value) == ["2020-01/2021-05"])
    }

    /// A passive's patient keeps a phrase after its noun ("Three people in the car"), and a
    /// relative clause set off by commas ends at its comma: the time after is not its own.
    @Test func aPatientsPhraseAndARelativeClausesEnd() throws {
        let x = extract("Three people in the car were killed when it hit a tree.", date: friday)
        let kill = try #require(x.facts.first { $0.predicate == "kill" })
        #expect(objectText(kill) == "Three people in the car")
        let y = extract("He will face Lukas Brandt, who beat Jan Novak in straight sets, on Sunday.", date: friday)
        let beat = try #require(y.facts.first { $0.predicate == "beat" })
        #expect(beat.time == nil)
    }

    /// A verb with two objects after a noun: "The deal gives workers a raise"; "watches and
    /// rings worth" are still nouns.
    @Test func aVerbWithTwoObjects() throws {
        let x = extract("The deal gives workers a raise of 5% from May.", date: friday)
        #expect(x.facts.first?.predicate == "give")
        let y = extract("Three men stole watches and rings worth 600,000 pounds from a shop in Bath.", date: friday)
        #expect(y.facts.map(\.predicate) == ["steal"])
    }

    /// "early" and "late" before a time the fact keeps are no part of its object; a day after
    /// "will" far back in its clause is still ahead.
    @Test func wordsBeforeATimeAndAFarWill() throws {
        let x = extract("A landslide buried part of a village in the Rusenko district early on Tuesday.", date: friday)
        let bury = try #require(x.facts.first { $0.predicate == "bury" })
        #expect(objectText(bury) == "part of a village in the Rusenko district")
        let y = extract("Lumeo will raise the price of its standard plan by $2 to $17.99 a month in the United States from March 1.", date: friday)
        #expect(y.facts.first?.time?.value == "2026-03-01")
    }

    /// A participle of a verb more often a noun opens a clause after a comma ("flooding at least
    /// six villages"), with its own amount; "gave way" keeps its noun.
    @Test func aParticipleOfANounVerbAfterAComma() throws {
        let x = extract("A dam gave way on Saturday, flooding at least six villages.", date: friday)
        #expect(x.facts.map(\.predicate) == ["give way", "flood"])
        let flood = try #require(x.facts.last)
        #expect(flood.quantity?.value == 6)
        #expect(x.facts.first?.quantity == nil)
    }

    /// A quarter joined to its noun ("a third-quarter loss") is the quarter, and the year an
    /// amount is compared with ("compared with a profit of $310 million a year earlier") is no
    /// time of the fact.
    @Test func aQuarterJoinedToItsNoun() throws {
        let x = extract("Nexar reported a third-quarter loss of $1.2 billion, compared with a profit of $310 million a year earlier.", date: friday)
        let report = try #require(x.facts.first { $0.predicate == "report" })
        #expect(report.time?.value == "2024-Q3")
        #expect(times("Sales grew in second-half trading, Halvorsen said.", date: friday).map(\.value) == ["2024-H2"])
    }

    /// "Nexar shares, which …": shares, not sharing; "do" with nothing done is no fact; the
    /// authority not named is not the union named before; a participle whose object is the
    /// clause's subject is not that subject's act.
    @Test func nounsAndEmptyFacts() throws {
        let shares = extract("Nexar shares, which have lost half their value since March, fell another 6% on Friday.", date: friday)
        #expect(!shares.facts.contains { $0.predicate == "share" })
        let gold = extract("\"Gold is doing what it always does when the outlook is uncertain,\" said Priya Natarajan of Corbin Capital.", date: friday)
        #expect(!gold.facts.contains { $0.predicate == "do" })
        let strike = extract("""
            The Arlen Health Workers' Association said talks with the regional health authority broke down. \
            The union is seeking a 10% pay rise; the authority has offered 4.5%.
            """, date: friday)
        let offer = try #require(strike.facts.first { $0.predicate == "offer" })
        #expect(offer.subject == nil)
        let seek = try #require(strike.facts.first { $0.predicate == "seek" })
        #expect(name(strike, seek.subject) == "Arlen Health Workers' Association")
        let round = extract("""
            Orbitex, a startup that builds small satellites, has raised $180 million in a round led by Halden Ventures, \
            valuing the company at about $1.2 billion.
            """, date: friday)
        let value = try #require(round.facts.first { $0.predicate == "value" })
        #expect(value.subject == nil)
    }

    /// A participle of a verb more often a noun joined by "and" to one before it is a verb of
    /// its own, with its own amount: "sending smoke over the town and forcing about 1,500 people".
    @Test func aJoinedParticipleOfANounVerb() throws {
        let x = extract("A fire broke out at a plant in Velden on Thursday, sending smoke over the town and forcing about 1,500 people to leave.", date: friday)
        let force = try #require(x.facts.first { $0.predicate == "force" }, "\(x.facts.map(\.predicate))")
        #expect(force.quantity?.value == 1500)
        #expect(x.facts.first { $0.predicate == "send" }?.quantity == nil)
    }

    /// A copula after what a name owns says what that is: "The bank's target is 2%" is the
    /// bank's target, not the bank.
    @Test(arguments: [
        ("The Bank of Vestland held rates. The bank's target is 2%.", "target be"),
        ("Kestrel Mining reported results on Monday. The company's revenue was $3 billion.", "revenue be"),
        ("Kestrel Mining's chief executive is Dana Pruitt.", "chief executive be"),
    ])
    func whatANameOwnsIs(_ text: String, _ predicate: String) throws {
        let x = extract(text, date: friday)
        let fact = try #require(x.facts.last, "\(x.facts.map(\.predicate))")
        #expect(fact.predicate == predicate)
        #expect(fact.subject != nil)
    }

    /// A passive acts on what a possessive's owner has, not on the owner; "none of" negates it;
    /// "hurt" is a participle as it is.
    @Test func aPassiveOnWhatTheOwnerHas() throws {
        let x = extract("The plant, owned by Kormann Chemie, makes solvents. The company said none of its 220 workers had been hurt.", date: friday)
        let hurt = try #require(x.facts.first { $0.predicate == "hurt" })
        #expect(hurt.subject == nil)
        #expect(hurt.negated)
        #expect(objectText(hurt) == "none of its 220 workers")
        let y = extract("Kormann Chemie makes solvents. Its chief executive was arrested on Monday.", date: friday)
        let arrest = try #require(y.facts.first { $0.predicate == "arrest" })
        #expect(objectText(arrest) == "Its chief executive")
    }
}
