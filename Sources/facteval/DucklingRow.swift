import FactModel
import Foundation

/// One line of the Duckling corpus, as converted in ../shared/eval.
struct DucklingRow: Decodable {
    var dimension: String
    var text: String
    var expected: Expected?
    var reference_time: String
    var locale: String
    var latent: Bool?
    var kind: String?

    struct Point: Decodable {
        var value: JSONNumberOrString?
        var grain: String?
        var unit: String?
    }

    struct Expected: Decodable {
        var type: String
        var value: JSONNumberOrString?
        var unit: String?
        var grain: String?
        var holiday: String?
        var from: Point?
        var to: Point?
    }

    enum JSONNumberOrString: Decodable {
        case number(Double)
        case string(String)

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let d = try? c.decode(Double.self) { self = .number(d) } else { self = .string(try c.decode(String.self)) }
        }

        var number: Double? { if case .number(let d) = self { return d } else { return nil } }
        var string: String? { if case .string(let s) = self { return s } else { return nil } }
    }

    static func load(_ path: String) throws -> [DucklingRow] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationErrorMessage("cannot read \(path); pass --data with the folder of the Duckling corpus")
        }
        let decoder = JSONDecoder()
        return try data.split(separator: UInt8(ascii: "\n")).filter { !$0.isEmpty }.map { try decoder.decode(DucklingRow.self, from: Data($0)) }
    }

    /// The document date: the reference time's calendar day.
    var referenceDate: CalendarDate { CalendarDate(iso: String(reference_time.prefix(10)))! }

    func inScope(_ d: Dimension) -> Bool {
        guard locale == "EN", latent != true else { return false }
        switch d {
        case .time:
            guard let e = expected, e.holiday == nil else { return false }
            let grain = e.grain ?? e.from?.grain ?? e.to?.grain ?? ""
            return ["day", "week", "month", "quarter", "year"].contains(grain)
        case .duration:
            // One number and one unit: "3 days", "a month"; not "1 hour and fifteen".
            return !text.contains(" and ") && !text.contains(",") && !text.contains("/") && !text.contains("half")
                && !text.contains("quarter")
        default:
            return true
        }
    }

    var expectedSummary: String {
        guard let e = expected else { return "-" }
        if e.type == "interval" {
            return "[\(e.from?.value.map(describe) ?? "…") – \(e.to?.value.map(describe) ?? "…")] \(e.from?.unit ?? e.to?.unit ?? "") \(e.from?.grain ?? e.to?.grain ?? "")"
        }
        return "\(e.value.map(describe) ?? "-") \(e.unit ?? "") \(e.grain ?? "")"
    }

    func describe(_ v: JSONNumberOrString) -> String {
        switch v {
        case .number(let d): return String(d)
        case .string(let s): return s
        }
    }
}

struct ValidationErrorMessage: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
