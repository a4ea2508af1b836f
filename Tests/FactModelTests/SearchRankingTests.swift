import FactModel
import Foundation
import Testing

/// `search` against BM25 worked out directly from the sentences (k1 = 1.2, b = 0.75, sentences as
/// the unit, term frequency capped at 15), on documents with shared, rare and repeated words.
@Suite struct SearchRankingTests {
    static let words = ["port", "harbor", "ferry", "ferries", "budget", "contract", "minister", "said", "flood", "bridge",
                        "council", "approved", "the", "a", "of", "in", "rail", "strike", "talks", "resumed"]

    /// Deterministic documents: sentence lengths and words from a small linear congruential generator.
    static let documents: [(path: String, sentences: [String])] = {
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<120).map { d in
            let sentences = (0..<(1 + next(6))).map { _ in
                (0..<(2 + next(9))).map { _ in words[next(words.count)] }.joined(separator: " ") + "."
            }
            return ("doc\(d).txt", sentences)
        }
    }()

    func reference(_ query: String, limit: Int) -> [(path: String, text: String, score: Double)] {
        let queryTerms = Array(Set(SearchTokenizer.terms(query))).filter { !StopWords.contains($0) }
        let all = Self.documents.flatMap { d in d.sentences.enumerated().map { (d.path, $0.offset, $0.element, SearchTokenizer.terms($0.element)) } }
        let n = Double(all.count)
        let average = Double(all.reduce(0) { $0 + $1.3.count }) / n
        var ranked: [(path: String, sentence: Int, text: String, score: Double)] = []
        for (path, index, text, terms) in all {
            var score = 0.0
            for term in queryTerms {
                let tf = Double(min(15, terms.filter { $0 == term }.count))
                guard tf > 0 else { continue }
                let df = Double(all.filter { $0.3.contains(term) }.count)
                let idf = log(1 + (n - df + 0.5) / (df + 0.5))
                score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * Double(terms.count) / max(average, 1)))
            }
            if score > 0 { ranked.append((path, index, text, score)) }
        }
        ranked.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.path != b.path { return a.path < b.path }
            return a.sentence < b.sentence
        }
        return ranked.prefix(limit).map { ($0.path, $0.text, ($0.score * 10000).rounded() / 10000) }
    }

    @Test(arguments: ["ferry", "budget contract", "the minister said", "ferries resumed strike", "port harbor bridge council", "nowhere",
                      "the of in"])
    func sameHitsAndScoresAsBM25WorkedOutDirectly(query: String) {
        var snapshot = Snapshot()
        snapshot.apply(Self.documents.map { d in .upsert(info(d.path), extraction([], sentences: d.sentences)) })
        for limit in [1, 5, 40] {
            let hits = snapshot.search(query, limit: limit)
            let expected = reference(query, limit: limit)
            #expect(hits.map(\.document) == expected.map(\.path), "\(query) limit \(limit)")
            #expect(hits.map(\.text) == expected.map(\.text))
            #expect(zip(hits.map(\.score), expected.map(\.score)).allSatisfy { abs($0 - $1) < 1e-9 })
        }
    }
}
