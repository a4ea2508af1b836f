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
    ///
    /// Read on the bytes (every document of a folder starts here): only a line that is not
    /// plain ASCII at its ends goes through `String`'s Unicode whitespace rules.
    public init(parsing bytes: [UInt8]) {
        title = nil
        date = nil
        source = nil
        bodyStart = 0
        warnings = []
        guard bytes.count >= 3, bytes[0] == 0x2D, bytes[1] == 0x2D, bytes[2] == 0x2D else { return }
        func trimmed(_ range: Range<Int>) -> String { FrontMatter.trimmed(bytes, range) }
        func isFence(_ range: Range<Int>) -> Bool { trimmed(range) == "---" }
        // Lines up to the closing "---" only: the body is not scanned here.
        var lines: [Range<Int>] = []
        var close: Int? = nil
        var lineStart = 0
        var i = 0
        while i <= bytes.count {
            guard i == bytes.count || bytes[i] == 0x0A else { i += 1; continue }
            var end = i
            if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(lineStart..<end)
            lineStart = i + 1
            i += 1
            if lines.count == 1 {
                guard isFence(lines[0]) else { return }
            } else if isFence(lines[lines.count - 1]) {
                close = lines.count - 1
                break
            }
        }
        guard let close else {
            warnings.append("front matter has no closing '---' line; read as text")
            return
        }
        bodyStart = min(bytes.count, lineStart)  // the line after the closing one (after "\r\n" too)
        for line in lines[1..<close] {
            guard let colon = bytes[line].firstIndex(of: 0x3A) else {
                if !trimmed(line).isEmpty {
                    warnings.append("front matter line without 'key:' ignored: \(String(decoding: bytes[line], as: UTF8.self))")
                }
                continue
            }
            let key = trimmed(line.lowerBound..<colon).lowercased()
            var value = trimmed(colon + 1..<line.upperBound)
            // Quoted: "…" or '…' (tested on bytes: counting Characters walks graphemes).
            if value.utf8.count >= 2, let f = value.utf8.first, f == 0x22 || f == 0x27, value.utf8.last == f {
                value = String(decoding: value.utf8.dropFirst().dropLast(), as: UTF8.self)
            }
            switch key {
            case "title": title = value
            case "source": source = value
            case "date":
                // Accept a full timestamp by reading its date part.
                if value.utf8.count >= 10, let d = CalendarDate(iso: String(decoding: value.utf8.prefix(10), as: UTF8.self)) {
                    date = d
                } else {
                    warnings.append("front matter date '\(value)' is not an ISO date (YYYY-MM-DD); file time used")
                }
            default: break
            }
        }
    }

    /// The text of `bytes[range]` without the whitespace around it.
    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var start = range.lowerBound
        var end = range.upperBound
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        // Ends that are ASCII and not space are where Unicode's trimming stops too.
        if start == end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80) {
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        return String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces()
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
