@testable import FactExtraction
import FactModel
import Testing

/// Every hedge in the lexicon, read before a number, gives its bound; the longest one wins.
@Suite struct HedgeTableTests {
    static let phrases = Lexicon.hedges.keys.map { $0.joined(separator: " ") }.sorted()

    @Test(arguments: phrases)
    func hedgeBoundsTheNumberAfterIt(_ phrase: String) throws {
        let (bound, approximate) = try #require(Lexicon.hedges[phrase.split(separator: " ").map(String.init)])
        let found = quantities("Officials counted \(phrase) 40 trucks on the road.")
        let q = try #require(found.first, "\(phrase)")
        let expected: QuantityBound = switch bound {
        case .exact: .exact
        case .lower: .lower
        case .upper: .upper
        }
        #expect(q.bound == expected)
        #expect(q.approximate == approximate)
        #expect(q.value == 40)
        #expect(q.text.lowercased() == "\(phrase) 40 trucks")
    }

    @Test func theLongestHedgeWins() {
        // "no more than" (upper), not "more than" (lower) after "no".
        #expect(quantities("It will take no more than 30 days of work.").first?.bound == .upper)
        // "just over" (approximate) rather than "over".
        #expect(quantities("They paid just over 500 dollars.").first?.approximate == true)
    }
}
