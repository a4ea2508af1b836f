import FactExtraction
import FactModel
import Foundation
import Testing

/// Text no rule was written for: the words of the seed documents recombined by a fixed
/// generator, whole sentences shuffled, and runs of words cut at any point. Every document is
/// read to the end, and what it gives points inside its text.
@Suite("Recombined text")
struct RecombinedTextTests {
    /// Every document of `seeds/` and the shared seed, as text.
    static let documents: [String] = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        var paths = [seedPath]
        let seeds = url.appendingPathComponent("seeds")
        if let walker = FileManager.default.enumerator(atPath: seeds.path) {
            for case let relative as String in walker where relative.hasSuffix(".txt") || relative.hasSuffix(".md") {
                paths.append(seeds.appendingPathComponent(relative).path)
            }
        }
        return paths.sorted().compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }
    }()

    /// A fixed 64-bit generator (PCG's multiplier), so every run reads the same texts.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func check(_ text: String) {
        let x = sharedExtractor.extract(SourceText(text), fallbackDate: CalendarDate(year: 2025, month: 3, day: 14))
        let scalars = text.unicodeScalars.count
        for fact in x.facts { #expect(x.sentences.indices.contains(fact.sentence)) }
        for m in x.mentions { #expect(0 <= m.start && m.start < m.end && m.end <= scalars, "\(m.text)") }
    }

    @Test func wordsInAnyOrder() {
        let words = Self.documents.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
        try? #require(words.count > 1_000)
        var random = Generator(state: 1)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<(20 + random.next(200)) { text += words[random.next(words.count)] + (random.next(12) == 0 ? "\n" : " ") }
            Self.check(text)
        }
    }

    @Test func sentencesShuffledAndCut() {
        let sentences = Self.documents.flatMap { $0.split(separator: ". ").map(String.init) }
        var random = Generator(state: 2)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<(1 + random.next(12)) {
                let s = sentences[random.next(sentences.count)]
                let words = s.split(separator: " ")
                // Sometimes a sentence from a word inside it to a word before its end.
                let from = random.next(4) == 0 ? random.next(max(1, words.count / 2)) : 0
                let to = random.next(4) == 0 ? max(from + 1, words.count - random.next(max(1, words.count / 2))) : words.count
                text += words[from..<min(to, words.count)].joined(separator: " ") + ". "
            }
            Self.check(text)
        }
    }

    /// Sentences that once stopped the extractor.
    @Test(arguments: ["Chief Executive Laurent Besson said cocoa costs had more than doubled since January 2024."])
    func once(_ text: String) {
        Self.check(text)
        #expect(!extract(text).facts.isEmpty)
    }
}
