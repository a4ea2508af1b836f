/// Renders rows as aligned columns for a terminal, cutting long cells with "…".
struct Table {
    var headers: [String]
    var rows: [[String]] = []
    var maxWidth = 48

    init(_ headers: String...) { self.headers = headers }

    mutating func add(_ cells: String...) { rows.append(cells) }

    func render() -> String {
        let cut = rows.map { $0.map { Table.shorten(Table.oneLine($0), maxWidth) } }
        var widths = headers.map(\.count)
        for row in cut { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (i, cell) in cells.enumerated() {
                let last = i == cells.count - 1
                out += last ? cell : cell + String(repeating: " ", count: widths[i] - cell.count + 2)
            }
            return out
        }
        return ([line(headers)] + cut.map(line)).joined(separator: "\n")
    }

    static func oneLine(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
    }

    static func shorten(_ s: String, _ width: Int) -> String {
        s.count <= width ? s : String(s.prefix(width - 1)) + "…"
    }
}
