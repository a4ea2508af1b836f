import FactExtraction
import FactModel
import Foundation

/// One extractor for all tests: built-in names plus iso-codes and the word list when installed.
let sharedExtractor = Extractor(gazetteer: .system())

let referenceDate = CalendarDate(year: 2021, month: 8, day: 30)  // a Monday

func extract(_ text: String, date: CalendarDate = referenceDate, markdown: Bool = false) -> DocumentExtraction {
    sharedExtractor.extract(SourceText(text), fallbackDate: date, markdown: markdown)
}

/// The name of the entity at `index` of an extraction, if any.
func name(_ x: DocumentExtraction, _ index: Int?) -> String? { index.map { x.entities[$0].name } }

/// The type of the entity named `entity` in an extraction, if there is one.
func entityType(_ entity: String, in x: DocumentExtraction) -> EntityType? { x.entities.first { $0.name == entity }?.type }

/// Every entity of an extraction with its type, for a failure's message.
func typedNames(_ x: DocumentExtraction) -> [(String, EntityType)] { x.entities.map { ($0.name, $0.type) } }

/// The time mentions of a text.
func times(_ text: String, date: CalendarDate = referenceDate) -> [TimeExpression] {
    extract(text, date: date).mentions.compactMap(\.time)
}

/// The quantity mentions of a text.
func quantities(_ text: String) -> [Quantity] {
    extract(text).mentions.compactMap(\.quantity)
}

/// Path of the original seed document beside the repository.
let seedPath: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }  // …/Tests/FactExtractionTests/Helpers.swift → repo parent
    return url.appendingPathComponent("shared/seeds/000_cbdc31dde8dc21f6.txt").path
}()

/// The words of a fact's object when they are text, not an entity.
func objectText(_ fact: StoredFact) -> String? {
    if case .text(let words)? = fact.object { return words.string }
    return nil
}
