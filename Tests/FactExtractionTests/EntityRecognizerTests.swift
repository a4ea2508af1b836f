@testable import FactExtraction
import FactModel
import Testing

@Suite("Entities are found, typed and merged with their aliases")
struct EntityRecognizerTests {
    func entity(_ name: String, in text: String, markdown: Bool = false) -> ExtractedEntity? {
        extract(text, markdown: markdown).entities.first { $0.name == name }
    }

    @Test(arguments: [
        ("According to a report by the Center for Strategic and International Studies, the group grew.", "Center for Strategic and International Studies", EntityType.organization),
        ("Former members of the Islamic Movement of Uzbekistan joined.", "Islamic Movement of Uzbekistan", .organization),
        ("Fighters gathered in Nangahar and Konar provinces.", "Konar", .place),
        ("Fighters gathered in Nangahar and Konar provinces.", "Nangahar", .place),
        ("Dr. Anika Roth said the lab is ready.", "Anika Roth", .person),
        ("Governor Tomas Ibarra declared an emergency.", "Tomas Ibarra", .person),
        ("The plan came from Mirela Osei, the authority's chief engineer.", "Mirela Osei", .person),
        ("KABUL, Aug 30 (Wire) - Officials spoke.", "Kabul", .place),
        ("Troops left Afghanistan in 2021.", "Afghanistan", .place),
        ("US forces withdrew.", "United States", .place),
        ("The Global Terrorism Index ranked it fourth.", "Global Terrorism Index", .work),
        ("Kestrel Motors shares rose.", "Kestrel Motors", .organization),
        ("Last July, Hurricane Beryl knocked out power.", "Hurricane Beryl", .event),
        ("Typhoon Haiyan struck the coast.", "Typhoon Haiyan", .event),
        ("A train derailed near the town of Velden on Tuesday.", "Velden", .place),
        ("HOUSTON \u{2014} More than 250,000 homes lost power.", "Houston", .place),
    ])
    func types(_ text: String, _ name: String, _ type: EntityType) throws {
        let e = try #require(entity(name, in: text), "no \(name) in \(extract(text).entities.map(\.name))")
        #expect(e.type == type)
    }

    @Test(arguments: [
        "Since January 2017, the group grew.", "According to officials, nothing happened.", "Initially, the attacks were small.",
        "So far, the group has received funding.", "Heavy rain fell.", "However, prices fell.",
        "More than 250,000 homes lost power.", "About 300 people left.",
        "Analysts expect growth. **Risks:** fuel prices rose.", "| Port | Containers |\n| --- | --- |",
    ])
    func sentenceStartersAreNotEntities(_ text: String) {
        #expect(extract(text).entities.isEmpty, "\(extract(text).entities.map(\.name))")
    }

    @Test(arguments: [
        ("NHPA", "Northern Harbor Port Authority", true),
        ("CSIS", "Center for Strategic and International Studies", true),
        ("Unicef", "United Nations Children's Fund", true),
        ("PTI", "Pakistan Tehreek-e-Insaf", true),
        ("CB", "Orrin Foundation", false),
        ("ME", "Northern Harbor Energy", false),
        ("OE", "Serrano Energy", false),
        ("A", "Amnesty", false),
        ("ÖBB", "Österreichische Bundesbahnen", true),  // not ASCII: read by scalar
        ("ÖBB", "Austrian Federal Railways", false),
    ])
    func abbreviationsMustFitTheName(_ short: String, _ long: String, _ fits: Bool) {
        #expect(DocumentBuilder.abbreviates(short, long) == fits)
    }

    @Test func parenthesesThatDoNotAbbreviateAreNoAlias() throws {
        let x = extract("Orrin Foundation (CB) opened an office in Lisbon. Marlow Motors (MM) opened an office in Marlow.")
        let orrin = try #require(x.entities.first { $0.name == "Orrin Foundation" })
        #expect(orrin.aliases.isEmpty)
        let motors = try #require(x.entities.first { $0.name == "Marlow Motors" })
        #expect(motors.aliases == ["MM"])  // not the town of Marlow
    }

    @Test func acronymInParenthesesIsAnAlias() throws {
        let x = extract("The Northern Harbor Port Authority (NHPA) approved the plan. The NHPA will start in May.")
        let e = try #require(x.entities.first { $0.name == "Northern Harbor Port Authority" })
        #expect(e.aliases == ["NHPA"])
        #expect(e.mentions == 3)  // the full name, the acronym in parentheses, and "The NHPA"
        #expect(x.entities.count == 1)
    }

    @Test func standsForExpandsTheName() throws {
        let x = extract("The 'K' in ISIS-K stands for Khorasan. Later, ISIS-Khorasan grew.")
        let e = try #require(x.entities.first { $0.name == "ISIS-K" })
        #expect(e.aliases == ["ISIS-Khorasan"])
        #expect(e.mentions == 2)
        let fact = try #require(x.facts.first)
        #expect(fact.predicate == "stand for")
        #expect(x.entities[fact.subject!].name == "ISIS-K")
    }

    @Test func knownAsAndShortForms() throws {
        let x = extract("Valdane Construction won. The port, known locally as the Lundmark Docks, opened. Valdane will start soon.")
        #expect(x.entities.first { $0.name == "Valdane Construction" }?.aliases == ["Valdane"])
        let y = extract("Helios Group, also known as Helios, signed the deal.")
        #expect(y.entities.first { $0.name == "Helios Group" }?.aliases == ["Helios"])
        // An organization's head word: "the Commission" is the European Commission, unless two
        // names end with it.
        let z = extract("The European Commission released the funds, a spokesman for the Commission said.")
        #expect(z.entities.first { $0.name == "European Commission" }?.aliases == ["Commission"])
        let w = extract("The World Bank and the Harrow Bank met. The Bank said little.")
        #expect(w.entities.contains { $0.name == "Bank" && $0.aliases.isEmpty })
    }

    @Test func mentionsHaveExactScalarSpans() throws {
        let text = "Café owners in Zürich met the Northern Harbor Port Authority."
        let x = extract(text)
        let scalars = Array(text.unicodeScalars)
        for m in x.mentions {
            #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text)
        }
        #expect(x.mentions.contains { $0.text == "Zürich" })
    }
}
