import FactModel

/// The optional block between `---` lines at the top of a document.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var date: CalendarDate?
    public var source: String?
    /// Byte offset where the body starts (0 when there is no front matter).
    public var bodyStart: Int
    /// What could not be read, for the document's warning.
    public var warnings: [String]

    /// Reads front matter from the start of `bytes`. Never throws: problems become warnings.
    public init(parsing bytes: [UInt8]) {
        title = nil
        date = nil
        source = nil
        bodyStart = 0
        warnings = []
        guard bytes.starts(with: Array("---".utf8)) else { return }
        // Lines up to the closing "---" only: the body is not scanned here.
        var lines: [(start: Int, end: Int)] = []
        var close: Int? = nil
        var lineStart = 0
        func text(_ l: (start: Int, end: Int)) -> String { String(decoding: bytes[l.start..<l.end], as: UTF8.self) }
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            var end = i
            if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
            lines.append((lineStart, end))
            lineStart = i + 1
            if lines.count == 1 {
                guard text(lines[0]).trimmingSpaces() == "---" else { return }
            } else if text(lines[lines.count - 1]).trimmingSpaces() == "---" {
                close = lines.count - 1
                break
            }
        }
        guard let close else {
            warnings.append("front matter has no closing '---' line; read as text")
            return
        }
        bodyStart = min(bytes.count, lineStart)  // the line after the closing one (after "\r\n" too)
        for l in lines[1..<close] {
            let line = text(l)
            guard let colon = line.firstIndex(of: ":") else {
                if !line.trimmingSpaces().isEmpty { warnings.append("front matter line without 'key:' ignored: \(line)") }
                continue
            }
            let key = line[..<colon].trimmingSpaces().lowercased()
            var value = line[line.index(after: colon)...].trimmingSpaces()
            if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
                value = String(value.dropFirst().dropLast())
            }
            switch key {
            case "title": title = value
            case "source": source = value
            case "date":
                // Accept a full timestamp by reading its date part.
                let day = String(value.prefix(10))
                if let d = CalendarDate(iso: day), value.count == 10 || value.count > 10 {
                    date = d
                } else {
                    warnings.append("front matter date '\(value)' is not an ISO date (YYYY-MM-DD); file time used")
                }
            default: break
            }
        }
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
