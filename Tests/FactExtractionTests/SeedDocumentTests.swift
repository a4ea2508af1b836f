import FactExtraction
import FactModel
import Foundation
import Testing

/// The original seed document (read from ../shared, never copied) is extracted as the
/// fact-extraction issue describes.
@Suite("The original seed document")
struct SeedDocumentTests {
    let x: DocumentExtraction

    init() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: seedPath))
        x = sharedExtractor.extract(SourceText(decoding: data), fallbackDate: CalendarDate(year: 2021, month: 8, day: 30))
    }

    func name(_ i: Int?) -> String? { i.map { x.entities[$0].name } }

    @Test func formationFact() throws {
        let f = try #require(x.facts.first { $0.predicate == "form" })
        #expect(name(f.subject) == "ISIS-K")
        #expect(f.agents.map { x.entities[$0].name } == ["Pakistani Taliban", "Afghan Taliban", "Islamic Movement of Uzbekistan"])
        #expect(f.agents.allSatisfy { x.entities[$0].type == .organization })
        #expect(f.time?.value == "2015-01")
        #expect(f.time?.start?.description == "2015-01-01")
        #expect(f.time?.end?.description == "2015-01-31")
    }

    @Test func fighterRangeIsAttributed() throws {
        let f = try #require(x.facts.first { $0.quantity?.unit == "fighter" && $0.quantity?.bound == .range })
        let q = try #require(f.quantity)
        #expect((q.min, q.max, q.approximate) == (1500, 2200, true))
        #expect(name(f.subject) == "ISIS-K")
        #expect(f.attributionName == "Center for Strategic and International Studies")
        #expect(x.entities[try #require(f.attributionEntity)].type == .organization)
        #expect(x.entities.first { $0.name == "Nangahar" }?.type == .place)
        #expect(x.entities.first { $0.name == "Konar" }?.type == .place)
    }

    @Test func khorasanAlias() throws {
        let isisK = try #require(x.entities.first { $0.name == "ISIS-K" })
        #expect(isisK.aliases.contains("ISIS-Khorasan"))
        #expect(x.entities.filter { $0.name.hasPrefix("ISIS-K") }.count == 1)
        let f = try #require(x.facts.first { $0.predicate == "stand for" })
        #expect(name(f.subject) == "ISIS-K")
        if case .entity(let o)? = f.object { #expect(name(o) == "Khorasan") } else { Issue.record("object is not Khorasan") }
    }

    @Test func attackDatedTheDayBefore() throws {
        let attack = try #require(x.facts.first { $0.predicate == "kill" && $0.quantity?.unit == "person" })
        #expect(attack.time?.value == "2021-08-27")
        #expect(attack.place.map { x.entities[$0].name } == "Kabul")
    }

    @Test func noEntitiesFromSentenceOpeners() {
        let names = Set(x.entities.map(\.name))
        for opener in ["Since", "According", "Initially", "So", "So far", "In"] { #expect(!names.contains(opener)) }
    }

    @Test func everyFactPointsAtItsSentence() throws {
        let text = try String(contentsOfFile: seedPath, encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        for f in x.facts {
            let s = x.sentences[f.sentence]
            #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == s.text)
        }
        #expect(x.facts.count >= 12)
    }
}
