import HashTreeCollections
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One search result: a sentence and its BM25 score.
public struct SearchHit: Codable, Sendable, Hashable {
    public var document: String
    public var line: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var score: Double

    public init(document: String, line: Int, start: Int, end: Int, text: String, score: Double) {
        self.document = document
        self.line = line
        self.start = start
        self.end = end
        self.text = text
        self.score = score
    }
}

/// An inverted index over sentences, ranked with Okapi BM25 (k1 = 1.2, b = 0.75).
struct SearchIndex: Sendable {
    struct Posting: Sendable {
        var sentence: Int32
        var frequency: Int32
    }

    /// term → document path → postings in that document.
    var postings: TreeDictionary<String, TreeDictionary<String, [Posting]>> = [:]
    var sentenceCount = 0
    var totalLength = 0

    mutating func add(_ record: DocumentRecord) {
        for (term, list) in record.termPostings { postings[term, default: [:]][record.info.path] = list }
        sentenceCount += record.sentenceLengths.count
        totalLength += record.sentenceLengths.reduce(0) { $0 + Int($1) }
    }

    mutating func remove(_ record: DocumentRecord) {
        for term in record.termPostings.keys {
            postings[term]?[record.info.path] = nil
            if postings[term]?.isEmpty == true { postings[term] = nil }
        }
        sentenceCount -= record.sentenceLengths.count
        totalLength -= record.sentenceLengths.reduce(0) { $0 + Int($1) }
    }
}

extension Snapshot {
    /// Ranks sentences against `query` with BM25; best first, ties by document and position.
    public func search(_ query: String, limit: Int) -> [SearchHit] {
        let terms = Array(Set(SearchTokenizer.terms(query)))
        guard !terms.isEmpty, search.sentenceCount > 0 else { return [] }
        let n = Double(search.sentenceCount)
        let averageLength = Double(search.totalLength) / n
        struct Key: Hashable { var path: String; var sentence: Int32 }
        var scores: [Key: Double] = [:]
        for term in terms {
            guard let byDocument = search.postings[term] else { continue }
            let df = Double(byDocument.values.reduce(0) { $0 + $1.count })
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            for (path, list) in byDocument {
                guard let record = documents[path] else { continue }
                for p in list {
                    let tf = Double(p.frequency)
                    let length = Double(record.sentenceLengths[Int(p.sentence)])
                    let score = idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / max(averageLength, 1)))
                    scores[Key(path: path, sentence: p.sentence), default: 0] += score
                }
            }
        }
        let ranked = scores.sorted { a, b in
            if a.value != b.value { return a.value > b.value }
            if a.key.path != b.key.path { return a.key.path < b.key.path }
            return a.key.sentence < b.key.sentence
        }
        return ranked.prefix(limit).compactMap { entry in
            guard let s = documents[entry.key.path]?.extraction?.sentences[Int(entry.key.sentence)] else { return nil }
            let rounded = (entry.value * 10000).rounded() / 10000
            return SearchHit(document: entry.key.path, line: s.line, start: s.start, end: s.end, text: s.text, score: rounded)
        }
    }
}

