@testable import FactExtraction
import Testing

@Suite struct TokenMaskTests {
    /// A mask behaves as a set of the token indices marked inside its sentence, however long the
    /// sentence (inline bits for the first 256 tokens, an array past them).
    @Test(arguments: [0, 1, 63, 64, 65, 255, 256, 257, 600])
    func marksOnlyInsideTheSentence(length: Int) {
        let range = 1_000..<(1_000 + length)
        var mask = TokenMask(range)
        var expected = Set<Int>()
        for i in stride(from: range.lowerBound, to: range.upperBound, by: 7) { mask[i] = true; expected.insert(i) }
        if let last = range.last { mask[last] = true; expected.insert(last) }
        mask[range.lowerBound - 1] = true  // outside: ignored
        mask[range.upperBound] = true
        let copy = mask
        if let first = range.first { mask[first] = false; expected.remove(first) }
        for i in (range.lowerBound - 2)..<(range.upperBound + 2) {
            #expect(mask[i] == expected.contains(i), "token \(i) of a sentence of \(length)")
        }
        if let first = range.first { #expect(copy[first], "a copy keeps its own bits") }
        mask.formUnion(range)
        #expect(range.allSatisfy { mask.contains($0) })
    }
}
