import Benchmark
import FactModel
import NewsCorpus

/// A search asked for the first time on a large snapshot: it reads every document's postings,
/// so its cost grows with the number of documents. 100,000 generated news documents of 500
/// bytes, each sentence indexed (no extraction: the search index is what is measured).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.maxDuration = .seconds(10)
    let corpus = NewsCorpus(seed: 11)
    let date = CalendarDate(year: 2025, month: 1, day: 1)
    var changes: [DocumentChange] = []
    for i in 0..<100_000 {
        let text = corpus.document(i, targetBytes: 500)
        var sentences: [SentenceSpan] = []
        var offset = 0
        for (n, line) in text.split(separator: "\n").enumerated() {
            sentences.append(SentenceSpan(line: n + 1, start: offset, end: offset + line.unicodeScalars.count, text: String(line)))
            offset += line.unicodeScalars.count + 1
        }
        let path = "doc\(i).txt"
        changes.append(.upsert(DocumentInfo(path: path, bytes: text.utf8.count, modified: "2025-01-01T00:00:00Z", date: date),
                               DocumentExtraction(date: date, text: text, sentences: sentences)))
    }
    var snapshot = Snapshot()
    snapshot.apply(changes)
    let served = snapshot

    // Each query once per iteration; answers are not kept by `search` itself (the daemon keeps them).
    for (name, query) in [("a common term", "minister"), ("two terms", "contract budget"), ("a term in no document", "zyzzyva")] {
        Benchmark("Search 100,000 documents: \(name)",
                  configuration: .init(metrics: [.wallClock, .mallocCountTotal], scalingFactor: .one)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(served.search(query, limit: 10))
            }
        }
    }
}
