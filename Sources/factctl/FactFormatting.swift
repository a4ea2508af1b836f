import FactModel

/// How facts, times and quantities read in tables.
enum FactFormatting {
    static func object(_ object: FactObject?) -> String {
        switch object {
        case .entity(let ref)?: return ref.name
        case .text(let text)?: return text
        case nil: return "—"
        }
    }

    static func time(_ time: TimeExpression?) -> String {
        guard let time else { return "" }
        var out = time.value
        if let mod = time.mod { out += " (\(mod.lowercased()))" }
        if let signal = time.signal { out = signal + " " + out }
        return out
    }

    static func number(_ value: Double) -> String {
        if value.rounded() == value && abs(value) < 1e15 {
            let digits = String(Int64(value))
            var out = ""
            for (i, c) in digits.reversed().enumerated() {
                if i > 0 && i % 3 == 0 && c != "-" { out.append(",") }
                out.append(c)
            }
            return String(out.reversed())
        }
        return String(value)
    }

    static func quantity(_ q: Quantity?) -> String {
        guard let q else { return "" }
        var out: String
        switch q.bound {
        case .exact: out = q.value.map(number) ?? "?"
        case .lower: out = "≥ " + (q.min ?? q.value).map(number)!
        case .upper: out = "≤ " + (q.max ?? q.value).map(number)!
        case .range: out = (q.min.map(number) ?? "?") + "–" + (q.max.map(number) ?? "?")
        }
        if q.approximate { out = "~" + out }
        if let currency = q.currency { out += " " + currency }
        if let unit = q.unit { out += " " + unit }
        return out
    }

    static func subject(_ ref: EntityRef?) -> String { ref?.name ?? "—" }

    static func predicate(_ fact: Fact) -> String { fact.negated ? "not " + fact.predicate : fact.predicate }

    /// The standard fact table.
    static func table(_ facts: [Fact], showDocument: Bool = true) -> Table {
        var table = Table("SUBJECT", "PREDICATE", "OBJECT", "WHEN", "HOW MANY", "WHERE", "SOURCE")
        for f in facts {
            let source = (f.attribution.map { "per " + $0.name + " · " } ?? "") + (showDocument ? "\(f.evidence.document):\(f.evidence.line)" : "line \(f.evidence.line)")
            table.rows.append([subject(f.subject), predicate(f), object(f.object), time(f.time), quantity(f.quantity),
                               f.place?.name ?? "", source])
        }
        return table
    }
}
