import FactExtraction
import FactModel
import Foundation

/// Scores extraction against the hand annotations of seeds/ (Tests/Gold/seeds.json).
struct GoldSet: Decodable {
    struct Document: Decodable {
        var path: String
        var entities: [[String]]
        var times: [[String]]
        var quantities: [[String]]
        var facts: [[String?]]
    }

    var documents: [Document]

    /// Per category: (found in gold, extracted, gold) counts, summed over documents.
    static func score(goldPath: String, seeds: String, extractor: Extractor) throws -> [(String, Int, Int, Int)] {
        guard let data = FileManager.default.contents(atPath: goldPath) else { throw ValidationErrorMessage("cannot read \(goldPath)") }
        let gold = try JSONDecoder().decode(GoldSet.self, from: data)
        var totals: [String: (Int, Int, Int)] = [:]
        func add(_ category: String, _ matched: Int, _ predicted: Int, _ expected: Int) {
            let t = totals[category, default: (0, 0, 0)]
            totals[category] = (t.0 + matched, t.1 + predicted, t.2 + expected)
        }
        for doc in gold.documents {
            guard let bytes = FileManager.default.contents(atPath: seeds + "/" + doc.path) else {
                throw ValidationErrorMessage("cannot read \(seeds)/\(doc.path)")
            }
            let x = extractor.extract(SourceText(decoding: bytes), fallbackDate: CalendarDate(year: 2000, month: 1, day: 1),
                                      markdown: doc.path.hasSuffix(".md"))
            // Entities: name (normalized) and type.
            let predicted = Set(x.entities.filter { $0.mentions > 0 }.map { EntityKey.normalize($0.name) + "|" + $0.type.rawValue })
            let expected = Set(doc.entities.map { EntityKey.normalize($0[0]) + "|" + $0[1] })
            add("entities", predicted.intersection(expected).count, predicted.count, expected.count)
            // Times: text and value.
            let times = Set(x.mentions.compactMap(\.time).map { $0.text + "|" + $0.value })
            let goldTimes = Set(doc.times.map { $0[0] + "|" + $0[1] })
            add("times", times.intersection(goldTimes).count, times.count, goldTimes.count)
            // Quantities: text, bound and numbers, unit or currency.
            let quantities = Set(x.mentions.compactMap(\.quantity).map(GoldSet.describe))
            let goldQuantities = Set(doc.quantities.map { $0.joined(separator: "|") })
            add("quantities", quantities.intersection(goldQuantities).count, quantities.count, goldQuantities.count)
            // Key facts: subject and predicate (recall only: the gold lists the key facts, not all).
            let facts = Set(x.facts.map { f in (f.subject.map { EntityKey.normalize(x.entities[$0].name) } ?? "-") + "|" + f.predicate })
            let goldFacts = Set(doc.facts.map { ($0[0].map(EntityKey.normalize) ?? "-") + "|" + ($0[1] ?? "") })
            add("key facts (recall only)", facts.intersection(goldFacts).count, -1, goldFacts.count)
        }
        return totals.keys.sorted().map { ($0, totals[$0]!.0, totals[$0]!.1, totals[$0]!.2) }
    }

    static func describe(_ q: Quantity) -> String {
        func n(_ d: Double?) -> String {
            guard let d else { return "?" }
            return d.rounded() == d ? String(Int64(d)) : String(d)
        }
        let numbers: String
        switch q.bound {
        case .range: numbers = "range:\(n(q.min))-\(n(q.max))"
        case .lower: numbers = "lower:\(n(q.min ?? q.value))"
        case .upper: numbers = "upper:\(n(q.max ?? q.value))"
        case .exact: numbers = "exact:\(n(q.value))"
        }
        return q.text + "|" + numbers + "|" + (q.currency ?? q.unit ?? "")
    }
}
