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
/// Each document keeps its own postings (``PostingList``: term hash, sentence and frequency
/// packed in six or eight bytes, sorted by term; no postings for ``StopWords``) and the corpus
/// keeps only the totals BM25 needs. A query binary-searches every document's postings for its
/// terms: time in proportion to the number of documents, memory in proportion to the text and
/// nothing per term and document besides the postings themselves.
struct SearchIndex: Sendable {
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

    /// FNV-1a of a (tokenized) search term; postings keep its top 36 or 40 bits.
    static func hash(_ term: String) -> UInt64 {
        var term = term
        return term.withUTF8 { hash($0) }
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { FNV1a.hash(bytes) }

    /// The postings of a document's sentences and each sentence's length in terms (16 bits,
    /// saturating: BM25 reads a sentence of 65,535 terms or more as that long).
    static func postings(of sentences: SentenceTable) -> (PostingList, [UInt16]) {
        let indexed = min(sentences.count, PostingList.maxSentences)
        var values: [UInt64] = []
        var lengths: [UInt16] = []
        lengths.reserveCapacity(indexed)
        // A sentence's term hashes, sorted to count each term's run: a few dozen numbers, which
        // sorting handles faster than hashing each one into a dictionary.
        var terms: [UInt64] = []
        for (i, sentence) in sentences.enumerated() {  // in order: each sentence decoded once
            guard i < indexed else { break }
            terms.removeAll(keepingCapacity: true)
            var length = 0
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
                values.append(PostingList.value(term: terms[k], sentence: i, frequency: run, sentenceCount: indexed))
                k += run
            }
            lengths.append(UInt16(clamping: length))
        }
        return (PostingList(values: values, sentenceCount: indexed), lengths)
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
            let any = record.postings.withReader { list in
                var any = false
                for t in hashes.indices {
                    let r = list.range(of: hashes[t])
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
            hit.record.postings.withReader { list in
                for t in hashes.indices {
                    for p in ranges[hit.firstRange + t] {
                        let sentence = list.sentence(at: p)
                        let tf = Double(list.frequency(at: p))
                        let length = Double(lengths[sentence])
                        if scores[sentence] == 0 { touched.append(sentence) }
                        scores[sentence] += idf[t] * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / max(averageLength, 1)))
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

