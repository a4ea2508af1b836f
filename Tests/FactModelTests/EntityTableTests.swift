@testable import FactModel
import Testing

@Suite("EntityTable: a document's entities in one array of bytes")
struct EntityTableTests {
    static let text = "The Northern Harbor Port Authority (NHPA) met Dr. Ana Ruiz in Kaboul. “Préfecture” staff came."

    @Test func entitiesReadBackAsGiven() {
        let entities: [ExtractedEntity] = (0..<21).map { k in
            switch k % 5 {
            case 0: return ExtractedEntity(name: "Northern Harbor Port Authority", type: .organization, aliases: ["NHPA"], mentions: 3 + k)
            case 1: return ExtractedEntity(name: "Ana Ruiz", type: .person, mentions: 1)
            case 2: return ExtractedEntity(name: "Kabul", type: .place, aliases: ["Kaboul", "Kabol"], mentions: 0)  // names not in the text
            case 3: return ExtractedEntity(name: "Préfecture", type: .other, mentions: 70_000)
            default: return ExtractedEntity(name: "", type: EntityType.allCases[k % EntityType.allCases.count], aliases: [""])
            }
        }
        let table = EntityTable(entities, text: EntityTableTests.text)
        #expect(table.count == entities.count)
        #expect(Array(table) == entities)
        #expect(table.indices.map { table[$0] } == entities)  // the subscript, from checkpoints
        #expect(table[20] == entities[20] && table[7] == entities[7])
        #expect(EntityTable(entities) == table)  // without the text every name keeps its bytes
        #expect(EntityTable().isEmpty && EntityTable() == EntityTable([], text: "x"))
    }

    /// Names written in the text take a few bytes however long they are.
    @Test func namesInTheTextAreRanges() {
        let long = ExtractedEntity(name: "Northern Harbor Port Authority", type: .organization, aliases: ["NHPA"])
        let inText = EntityTable(Array(repeating: long, count: 8), text: EntityTableTests.text)
        let own = EntityTable(Array(repeating: long, count: 8))
        // Type, mentions, the alias count and two ranges of two bytes each (start, length): 7 bytes
        // an entity; then the one checkpoint's offset, in the same array (one allocation).
        #expect(inText.bytes < own.bytes)
        // (The encoding's length: the array's capacity, and so `bytes`, is what malloc gave.)
        #expect(inText.encodedCount == 8 * 7 + 4)
    }

    /// Where the extractor read a name is taken as given when the text there spells it, and
    /// ignored (the name found by search, or kept as bytes) when it does not or is out of range.
    @Test func nameStartsAreCheckedHints() {
        let text = "Ruiz met Ana Ruiz, then Ana Ruiz left."
        let ana = ExtractedEntity(name: "Ana Ruiz", type: .person, mentions: 2)
        let hinted = EntityTable([ana], text: text, nameStarts: [24])
        let searched = EntityTable([ana], text: text)
        #expect(Array(hinted) == [ana] && hinted == searched)
        for wrong in [0, 25, 36, 1_000, -1] {
            #expect(Array(EntityTable([ana], text: text, nameStarts: [wrong])) == [ana], "hint \(wrong)")
        }
        let absent = ExtractedEntity(name: "Kabul", type: .place)
        #expect(Array(EntityTable([absent, ana], text: text, nameStarts: [3, 9])) == [absent, ana])
    }
}
