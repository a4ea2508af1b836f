/// A document's search postings, sorted by term: which sentences hold which terms, how often.
///
/// A served corpus has about one posting per eight bytes of text, so their size is most of the
/// search index. A document of up to 256 sentences (nearly every news article) keeps each
/// posting in six bytes: 36 bits of the term's hash, 8 of sentence index, 4 of frequency
/// (saturating at 15, where BM25's term-frequency curve is flat). A longer document keeps eight:
/// 40 bits of hash, 20 of sentence. Either way, sorting the packed values orders by term, then
/// sentence, and a term's postings are found by binary search.
struct PostingList: Sendable {
    /// Narrow form: six little-endian bytes per posting, then two bytes of padding so that every
    /// posting can be read as one unaligned 64-bit load.
    private let packed: [UInt8]
    /// Wide form.
    private let wide: [UInt64]
    let count: Int

    /// Sentences a narrow list can address.
    static let narrowSentences = 256
    /// Sentences past this index in one document are not indexed (a million sentences is about
    /// a hundred megabytes of text in a single file).
    static let maxSentences = 0x10_0000

    init() {
        packed = []
        wide = []
        count = 0
    }

    /// One posting as a list for a document of `sentenceCount` sentences stores it.
    static func value(term: UInt64, sentence: Int, frequency: Int, sentenceCount: Int) -> UInt64 {
        sentenceCount <= narrowSentences
            ? (term >> 28) << 12 | UInt64(sentence & 0xFF) << 4 | UInt64(min(frequency, 15))
            : (term >> 24) << 24 | UInt64(sentence & 0xF_FFFF) << 4 | UInt64(min(frequency, 15))
    }

    /// The list of postings made by ``value(term:sentence:frequency:sentenceCount:)``, in any order.
    init(values given: [UInt64], sentenceCount: Int) {
        var values = given
        values.sort()
        count = values.count
        if sentenceCount <= PostingList.narrowSentences {
            var bytes = [UInt8](repeating: 0, count: values.isEmpty ? 0 : 6 * values.count + 2)
            bytes.withUnsafeMutableBytes { out in
                for (i, value) in values.enumerated() {
                    out.storeBytes(of: value.littleEndian, toByteOffset: 6 * i, as: UInt64.self)
                }
            }
            packed = bytes
            wide = []
        } else {
            packed = []
            wide = values.trimmed()
        }
    }

    private var isNarrow: Bool { !packed.isEmpty }

    var isEmpty: Bool { count == 0 }

    /// Bytes the postings take, without the array headers and the allocator's rounding.
    var storedBytes: Int { packed.count + 8 * wide.count }

    /// Heap bytes, for memory reports.
    var bytes: Int { HeapSize.array(packed) + HeapSize.array(wide) }

    /// Calls `body` with a reader of the postings, valid only inside it.
    func withReader<R>(_ body: (Reader) -> R) -> R {
        if isNarrow {
            return packed.withUnsafeBytes { body(Reader(bytes: $0, wide: nil, count: count)) }
        }
        return wide.withUnsafeBufferPointer { body(Reader(bytes: nil, wide: $0, count: count)) }
    }

    /// Reads postings in place.
    struct Reader {
        fileprivate let bytes: UnsafeRawBufferPointer?
        fileprivate let wide: UnsafeBufferPointer<UInt64>?
        let count: Int

        @inline(__always) private func value(_ i: Int) -> UInt64 {
            if let bytes { return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 6 * i, as: UInt64.self)) & 0xFFFF_FFFF_FFFF }
            return wide![i]
        }

        /// The stored part of a term's full hash.
        @inline(__always) private func key(_ term: UInt64) -> UInt64 { bytes != nil ? term >> 28 : term >> 24 }
        @inline(__always) private func term(at i: Int) -> UInt64 { bytes != nil ? value(i) >> 12 : value(i) >> 24 }

        func sentence(at i: Int) -> Int { bytes != nil ? Int((value(i) >> 4) & 0xFF) : Int((value(i) >> 4) & 0xF_FFFF) }
        func frequency(at i: Int) -> Int { Int(value(i) & 15) }

        /// Where the postings of `term` (a full hash) lie.
        func range(of term: UInt64) -> Range<Int> {
            let key = key(term)
            var low = 0
            var high = count
            while low < high {
                let mid = (low + high) / 2
                if self.term(at: mid) < key { low = mid + 1 } else { high = mid }
            }
            var end = low
            while end < count, self.term(at: end) == key { end += 1 }
            return low..<end
        }
    }
}
