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

/// Sentence search, ranked with Okapi BM25 (k1 = 1.2, b = 0.75).
///
/// Each document keeps its own postings — term hash, sentence and frequency packed in eight
/// bytes, sorted by term; no postings for ``StopWords`` — and the corpus keeps only the totals
/// BM25 needs. A query
/// binary-searches every document's postings for its terms: time in proportion to the number of
/// documents, memory in proportion to the text and nothing per term and document besides the
/// postings themselves.
struct SearchIndex: Sendable {
    /// 40 bits of the term's hash, 20 bits of sentence index, 4 bits of frequency (saturating at
    /// 15, where BM25's term-frequency curve is flat). Sorting orders by term, then sentence.
    struct Posting: Sendable, Comparable {
        let bits: UInt64

        init(term: UInt64, sentence: Int, frequency: Int) {
            bits = (term >> 24) << 24 | UInt64(sentence & 0xF_FFFF) << 4 | UInt64(min(frequency, 15))
        }

        var term: UInt64 { bits >> 24 }
        var sentence: Int { Int((bits >> 4) & 0xF_FFFF) }
        var frequency: Int { Int(bits & 15) }

        static func < (a: Posting, b: Posting) -> Bool { a.bits < b.bits }
    }

    /// Sentences past this index in one document are not indexed (a million sentences is about
    /// a hundred megabytes of text in a single file).
    static let maxSentences = 0x10_0000

    var sentenceCount = 0
    var totalLength = 0

    mutating func add(_ record: DocumentRecord) {
        sentenceCount += record.sentenceLengths.count
        totalLength += record.sentenceLengths.reduce(0) { $0 + Int($1) }
    }

    mutating func remove(_ record: DocumentRecord) {
        sentenceCount -= record.sentenceLengths.count
        totalLength -= record.sentenceLengths.reduce(0) { $0 + Int($1) }
    }

    /// FNV-1a of a (tokenized) search term; postings keep its top 40 bits.
    static func hash(_ term: String) -> UInt64 {
        var term = term
        return term.withUTF8 { hash($0) }
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { FNV1a.hash(bytes) }

    /// The sorted postings of a document's sentences and each sentence's length in terms.
    static func postings(of sentences: SentenceTable) -> ([Posting], [Int32]) {
        var postings: [Posting] = []
        var lengths: [Int32] = []
        lengths.reserveCapacity(min(sentences.count, maxSentences))
        // A sentence's term hashes, sorted to count each term's run: a few dozen numbers, which
        // sorting handles faster than hashing each one into a dictionary.
        var terms: [UInt64] = []
        for (i, sentence) in sentences.prefix(maxSentences).enumerated() {
            terms.removeAll(keepingCapacity: true)
            var length: Int32 = 0
            sentence.textSpan.withUTF8 { text in
                SearchTokenizer.forEachTerm(inUTF8: text) { term in
                    length += 1
                    let h = hash(term)
                    if !StopWords.contains(hash: h) { terms.append(h) }
                }
            }
            terms.sort()
            var k = 0
            while k < terms.count {
                var run = 1
                while k + run < terms.count, terms[k + run] == terms[k] { run += 1 }
                postings.append(Posting(term: terms[k], sentence: i, frequency: run))
                k += run
            }
            lengths.append(length)
        }
        postings.sort()
        // Records live long: keep exactly what is needed, not the growth reserve.
        return (postings.trimmed(), lengths)
    }

    /// Where the postings of `term` (a full hash) lie in a document's sorted list.
    static func range(of term: UInt64, in list: UnsafeBufferPointer<Posting>) -> Range<Int> {
        let key = term >> 24
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].term < key { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < list.count, list[end].term == key { end += 1 }
        return low..<end
    }
}

extension Snapshot {
    /// Ranks sentences against `query` with BM25; best first, ties by document and position.
    public func search(_ query: String, limit: Int) -> [SearchHit] {
        let terms = Array(Set(SearchTokenizer.terms(query))).filter { !StopWords.contains($0) }
        guard !terms.isEmpty, search.sentenceCount > 0 else { return [] }
        let n = Double(search.sentenceCount)
        let averageLength = Double(search.totalLength) / n
        let hashes = terms.map(SearchIndex.hash)
        // Pass one finds each document's postings of each term and counts, per term, the
        // sentences that hold it (BM25's document frequency, sentences being the unit). Nothing
        // is allocated for a document without any of the terms: a first search reads them all.
        struct Hit { var path: String; var record: DocumentRecord; var firstRange: Int }
        var hits: [Hit] = []
        var ranges: [Range<Int>] = []  // hits.count × hashes.count: each hit's postings per term
        var scratch = [Range<Int>](repeating: 0..<0, count: hashes.count)
        var sentenceFrequency = [Double](repeating: 0, count: hashes.count)
        let records = cache.records { documents.values.filter { !$0.postings.isEmpty } }
        for record in records {
            let any = record.postings.withUnsafeBufferPointer { list in
                var any = false
                for t in hashes.indices {
                    let r = SearchIndex.range(of: hashes[t], in: list)
                    scratch[t] = r
                    if !r.isEmpty {
                        sentenceFrequency[t] += Double(r.count)
                        any = true
                    }
                }
                return any
            }
            if any {
                hits.append(Hit(path: record.info.path, record: record, firstRange: ranges.count))
                ranges.append(contentsOf: scratch)
            }
        }
        let idf = sentenceFrequency.map { df in log(1 + (n - df + 0.5) / (df + 0.5)) }
        // Pass two scores sentence by sentence within each document and keeps the best `limit`.
        struct Ranked { var score: Double; var path: String; var record: DocumentRecord; var sentence: Int }
        func before(_ a: Ranked, _ b: Ranked) -> Bool {
            if a.score != b.score { return a.score > b.score }
            if a.path != b.path { return a.path < b.path }
            return a.sentence < b.sentence
        }
        var best: [Ranked] = []
        // Scores by sentence, reset after each document where they were set.
        var scores: [Double] = []
        var touched: [Int] = []
        for hit in hits {
            let lengths = hit.record.sentenceLengths
            if scores.count < lengths.count { scores += [Double](repeating: 0, count: lengths.count - scores.count) }
            hit.record.postings.withUnsafeBufferPointer { list in
                for t in hashes.indices {
                    for p in list[ranges[hit.firstRange + t]] {
                        let tf = Double(p.frequency)
                        let length = Double(lengths[p.sentence])
                        if scores[p.sentence] == 0 { touched.append(p.sentence) }
                        scores[p.sentence] += idf[t] * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / max(averageLength, 1)))
                    }
                }
            }
            for sentence in touched {
                let candidate = Ranked(score: scores[sentence], path: hit.path, record: hit.record, sentence: sentence)
                scores[sentence] = 0
                if best.count == limit, let last = best.last, !before(candidate, last) { continue }
                let at = best.firstIndex { before(candidate, $0) } ?? best.count
                best.insert(candidate, at: at)
                if best.count > limit { best.removeLast() }
            }
            touched.removeAll(keepingCapacity: true)
        }
        return best.compactMap { entry in
            guard let s = entry.record.extraction?.sentences[entry.sentence] else { return nil }
            let rounded = (entry.score * 10000).rounded() / 10000
            return SearchHit(document: entry.path, line: s.line, start: s.start, end: s.end, text: s.text, score: rounded)
        }
    }
}

