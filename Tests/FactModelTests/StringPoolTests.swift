@testable import FactModel
import Testing

@Suite struct StringPoolTests {
    @Test func numbersDistinctStringsInTheOrderFirstSeen() {
        var pool = StringPool()
        #expect(pool.index(of: "approve") == 0)
        #expect(pool.index(of: "stand for") == 1)
        #expect(pool.index(of: "approve") == 0)
        #expect(pool.index(of: "") == 2)
        #expect(pool.index(of: "the Northern Harbor Port Authority") == 3)  // not a small string
        #expect(pool.index(of: "the Northern Harbor Port Authority") == 3)
        #expect(pool.strings == ["approve", "stand for", "", "the Northern Harbor Port Authority"])
    }

    @Test func keepsEveryStringAcrossGrowth() {
        var pool = StringPool()
        let words = (0..<1000).map { "term \($0)" }
        for (i, w) in words.enumerated() { #expect(pool.index(of: w) == Int32(i)) }
        for (i, w) in words.enumerated().reversed() { #expect(pool.index(of: w) == Int32(i)) }
        #expect(pool.strings == words)
    }
}
