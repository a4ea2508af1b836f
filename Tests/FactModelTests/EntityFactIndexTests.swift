@testable import FactModel
import Testing

@Suite struct EntityFactIndexTests {
    @Test func eachEntityListsItsFactsOnceInOrder() {
        let facts = [
            ExtractedFact(subject: 0, predicate: "approve", object: .entity(2), sentence: 0),
            ExtractedFact(subject: 2, predicate: "fund", object: .entity(2), sentence: 1),  // two roles, listed once
            ExtractedFact(subject: nil, predicate: "meet", object: .text("in May"), agents: [0, 3], place: 3, sentence: 1),
            ExtractedFact(subject: 0, predicate: "say", object: nil, attributionName: "NHPA", attributionEntity: 4, sentence: 2),
            ExtractedFact(subject: 7, predicate: "ignore", object: nil, sentence: 2),  // past the entity count
        ]
        let index = EntityFactIndex(entityCount: 6, facts: FactTable(facts))
        let expected: [[Int32]] = [[0, 2, 3], [], [0, 1], [2], [3], []]
        for (entity, list) in expected.enumerated() {
            #expect(Array(index[entity]) == list, "entity \(entity)")
        }
    }

    @Test func documentWithoutEntitiesOrFacts() {
        let index = EntityFactIndex(entityCount: 0, facts: FactTable())
        #expect(index.bytes >= 0)
        let lonely = EntityFactIndex(entityCount: 2, facts: FactTable())
        #expect(lonely[0].isEmpty && lonely[1].isEmpty)
    }
}
