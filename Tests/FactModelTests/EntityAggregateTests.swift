@testable import FactModel
import Testing

@Suite struct EntityAggregateTests {
    let authority = ExtractedEntity(name: "Northern Harbor Port Authority", type: .organization, aliases: ["NHPA"], mentions: 3)
    let short = ExtractedEntity(name: "NHPA", type: .other, mentions: 1)

    @Test func nameTypeAndSpellingsFollowAddsAndRemoves() {
        var a = EntityAggregate()
        a.add(short, local: 0, document: 1)
        #expect(a.name == "NHPA")
        // The reference facts carry comes from the first name added, not from the key.
        #expect(a.ref.id == "nhpa" && a.ref.name == "NHPA" && a.ref.type == .other)
        #expect(a.type == .other)
        a.add(authority, local: 2, document: 2)
        // One document calls NHPA an alias: the expansion wins the name.
        #expect(a.name == "Northern Harbor Port Authority")
        #expect(a.type == .organization)
        #expect(a.ref.id == "northern-harbor-port-authority" && a.ref.type == .organization)
        #expect(a.spellings.map(\.spelling).sorted() == ["NHPA", "Northern Harbor Port Authority"])
        #expect(a.entity.aliases == ["NHPA"])
        #expect(a.mentions == 4)
        // Removing b.txt drops the long spelling (no one uses it) but not NHPA (a.txt does).
        #expect(a.remove(authority, local: 2, document: 2) == ["Northern Harbor Port Authority"])
        #expect(a.spellings.map(\.spelling) == ["NHPA"])
        #expect(a.name == "NHPA" && a.type == .other && a.mentions == 1)
        #expect(a.remove(short, local: 0, document: 1) == ["NHPA"])
        #expect(a.spellings.isEmpty && a.contributions.isEmpty)
        #expect(a.name == "")  // no spelling left (the snapshot drops such an entity)
    }

    @Test func typeVotesLeader() {
        let cases: [(votes: [(EntityType, Int32)], leader: EntityType)] = [
            ([], .other),
            ([(.person, 2), (.place, 1)], .person),
            ([(.place, 3), (.organization, 3)], .organization),  // tie: alphabetical
            ([(.work, 1), (.other, 5)], .other),
            ([(.event, 2), (.event, -2), (.product, 1)], .product),  // votes taken back
        ]
        for c in cases {
            var votes = TypeVotes()
            for (type, n) in c.votes { votes[type] += n }
            #expect(votes.leader == c.leader, "\(c.votes)")
        }
    }
}
