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
        let expected: [[Int]] = [[0, 2, 3], [], [0, 1], [2], [3], []]
        for (entity, list) in expected.enumerated() {
            #expect(index[entity] == list, "entity \(entity)")
        }
        #expect(index.isNarrow)
    }

    @Test func documentWithoutEntitiesOrFacts() {
        let index = EntityFactIndex(entityCount: 0, facts: FactTable())
        #expect(index.bytes >= 0)
        let lonely = EntityFactIndex(entityCount: 2, facts: FactTable())
        #expect(lonely[0].isEmpty && lonely[1].isEmpty)
    }

    /// A document of more than 65,535 facts keeps its numbers in 32 bits and lists them the same.
    @Test func largeDocumentsUseWideNumbers() {
        let facts = (0..<70_000).map { ExtractedFact(subject: $0 % 3, predicate: "say", object: nil, sentence: 0) }
        let index = EntityFactIndex(entityCount: 3, facts: FactTable(facts))
        #expect(!index.isNarrow)
        #expect(index[1].count == 23_333 && index[1].first == 1 && index[1].last == 69_997)
        #expect(index[0].count + index[1].count + index[2].count == 70_000)
    }
}
