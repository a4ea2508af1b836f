import FactModel

/// The date a document gives itself on a line of its own near its top, for documents without a
/// front matter `date:` — as pages saved from news sites have it: "*Published 2025-01-09*",
/// "Updated: March 3, 2024 14:05 GMT", "9 January 2025".
///
/// Only a full date with its year counts, alone on its line but for one leading word
/// (``leadWords``), Markdown marks and a time of day; a date inside a sentence ("On January 5,
/// 2020, the group …") is the story's, not the document's.
enum BylineDate {
    /// How many lines from the top are looked at.
    static let lineLimit = 8
    /// Words that may open the line.
    static let leadWords: WordSet = ["published", "updated", "posted", "date", "dated", "filed", "modified", "released"]
    /// Words a time of day may leave after the date.
    static let clockWords: WordSet = ["am", "pm", "a.m.", "p.m.", "utc", "gmt", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "cest", "at"]

    /// The byline's day, or nil when the top of the document has none.
    static func find(in tokens: Tokens, reading dates: TimeRecognizer) -> CalendarDate? {
        let items = tokens.items
        var lineStart = 0
        var lines = 0
        while lineStart < items.count, lines < lineLimit {
            var lineEnd = lineStart + 1
            while lineEnd < items.count, items[lineEnd].newlinesBefore == 0 { lineEnd += 1 }
            if let day = day(onLine: lineStart..<lineEnd, tokens, dates) { return day }
            lineStart = lineEnd
            lines += 1
        }
        return nil
    }

    private static func day(onLine line: Range<Int>, _ tokens: Tokens, _ dates: TimeRecognizer) -> CalendarDate? {
        guard line.count <= 16 else { return nil }  // prose, not a byline
        let items = tokens.items
        var start = line.lowerBound
        var end = line.upperBound
        // Markdown marks around the line: "*…*", "_…_", "# …", "> …".
        while start < end, items[start].kind == .punctuation || items[start].kind == .symbol { start += 1 }
        while end > start, items[end - 1].kind == .punctuation { end -= 1 }
        if start < end, leadWords.contains(items[start].key) {
            start += 1
            while start < end, items[start].key == ":" || items[start].key == "on" { start += 1 }
        }
        guard start < end, let m = dates.singleMatch(at: start, start..<end, anchor: TimeAnchor()), let day = m.point.anchorDay,
              m.tokens.contains(where: { dates.year(tokens.words[$0]) != nil }) else { return nil }
        // What may follow the date: a time of day and its zone.
        for k in m.tokens.upperBound..<end where items[k].kind == .word && !clockWords.contains(items[k].key) { return nil }
        return day
    }
}
