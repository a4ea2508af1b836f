@testable import FactExtraction
import Foundation
import Testing

@Suite struct GazetteerTests {
    /// Freezing puts the names in a byte-keyed table: every lookup answers as before.
    @Test(arguments: ["U.S.", "the United States", "Britain", "NATO", "Kabul", "al-Qaida", "Atlantis", "", "Zürich"])
    func frozenLooksUpAsBefore(_ name: String) {
        let open = Gazetteer()
        let frozen = open.frozen()
        #expect(frozen.lookup(name)?.type == open.lookup(name)?.type, "\(name)")
        #expect(frozen.lookup(name)?.canonical == open.lookup(name)?.canonical, "\(name)")
    }

    @Test func knownNamesKeepTheirCanonicalSpelling() {
        let g = Gazetteer().frozen()
        #expect(g.lookup("U.S.")?.canonical == "United States")
        #expect(g.lookup("US")?.type == .place)
        #expect(g.lookup("Hamas")?.type == .organization)
        #expect(g.lookup("Atlantis") == nil)
    }

    /// A gazetteer is a value: adding to a copy leaves the original as it was.
    @Test func copiesDoNotShareWhatIsAddedLater() {
        var a = Gazetteer().frozen()
        let b = a
        a.addCommonWords(Data("apple\nBanana\nriver\n".utf8))
        #expect(a.isCommonWord("apple") && a.isCommonWord("river"))
        #expect(!a.isCommonWord("banana"), "capitalized entries are names")
        #expect(!b.isCommonWord("apple"))
        #expect(a.commonWordCount == 2 && b.commonWordCount == 0)
        a.addCommonWords(Data("pear\n".utf8))
        #expect(a.isCommonWord("apple") && a.isCommonWord("pear"), "a second list adds to the first")
    }
}
