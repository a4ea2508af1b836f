import FactModel
import Testing

@Suite("Search terms: the byte path reads what the general path reads")
struct SearchTokenizerTests {
    static let cases: [(String, [String])] = [
        ("Floods damaged 40 bridges.", ["flood", "damaged", "40", "bridge"]),
        ("The agency’s “emergency” teams—and others’ crews", ["the", "agency", "emergency", "team", "and", "other", "crew"]),
        ("ISIS-K's fighters: 1,500 to 2,200", ["isis", "k", "fighter", "1", "500", "to", "2", "200"]),
        ("Classes, boxes, churches, bushes, status, axis", ["class", "box", "church", "bush", "status", "axis"]),
        ("Countries' ministries", ["country", "ministry"]),
        ("don't  O’Brien\u{00A0}said", ["dont", "obrien", "said"]),
        ("Café owners in Zürich", ["café", "owner", "in", "zürich"]),
        ("’Tis", ["tis"]),
        ("Søren Ødegård’s ÉTUDES, naïve cafés", ["søren", "ødegård", "étude", "naïve", "café"]),
        ("Ağrı İzmir Ελλάδας ΑΘΗΝΑ", ["ağrı", "i̇zmir", "ελλάδας", "αθηνα"]),
        ("Das ist größer: ½ × 3², 東京都 2021年", ["das", "ist", "größer", "½", "3²", "東京都", "2021年"]),
        ("aés ends, ﬁnes", ["aés", "end", "ﬁne"]),
        // Lowercasing that makes the term longer in UTF-8 (two bytes become three).
        ("ȺȺȺ İİ", ["ⱥⱥⱥ", "i̇i̇"]),
    ]

    @Test(arguments: cases)
    func bytesAndStringsAgree(_ text: String, _ expected: [String]) {
        var fromBytes: [String] = []
        SearchTokenizer.forEachTerm(in: text) { fromBytes.append(String(decoding: $0, as: UTF8.self)) }
        #expect(SearchTokenizer.terms(text) == expected)
        #expect(fromBytes == expected)
    }
}
