/// A sentence as a range of token indices.
public struct SentenceRange: Sendable, Hashable {
    public var tokens: Range<Int>
}

/// Finds sentence boundaries in a token stream.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes) when the next token can
/// start a sentence, except after abbreviations and initials; at a blank line; and at every
/// line break in plain text. In Markdown a single line break joins wrapped lines, but headings,
/// list items and quotes are sentences of their own and their markers are left out.
public enum SentenceSplitter {
    public static func split(_ text: Tokens, bytes: [UInt8], markdown: Bool) -> [SentenceRange] {
        let tokens = text.items
        let words = text.words
        var sentences: [SentenceRange] = []
        var start: Int? = nil
        var lineIsBlock = false  // a heading or list item: ends at its line break
        var i = 0
        func close(_ end: Int) {
            if let s = start, s < end { sentences.append(SentenceRange(tokens: s..<end)) }
            start = nil
        }
        while i < tokens.count {
            let t = tokens[i]
            let atLineStart = i == 0 || t.newlinesBefore > 0
            if atLineStart && i > 0 {
                if t.newlinesBefore >= 2 || !markdown || lineIsBlock { close(i) }
                lineIsBlock = false
            }
            // List and heading markers at a line start are not part of the sentence.
            if atLineStart, markdown || start == nil, let skip = markerLength(tokens, words, i) {
                close(i)
                lineIsBlock = markdown
                i += skip
                continue
            }
            if start == nil { start = i }
            // A period inside a word ("USD3.14", "example.com") does not end a sentence.
            let glued = i + 1 < tokens.count && !tokens[i + 1].spaceBefore
            let inWord = glued && t.kind == .punctuation && tokens[i].key == "."
                && (tokens[i + 1].kind == .number || i > 0 && !t.spaceBefore && tokens[i + 1].kind == .word)
            if isTerminal(t) && !inWord {
                var end = i + 1
                while end < tokens.count, tokens[end].newlinesBefore == 0, isClosing(tokens[end]) { end += 1 }
                if end >= tokens.count || canStart(tokens[end]) && !isAbbreviation(tokens, words, i, next: end) {
                    close(end)
                    i = end
                    continue
                }
            } else if t.kind == .word, words[i].endsWith("."), i + 1 < tokens.count,
                      tokens[i + 1].newlinesBefore == 0, tokens[i + 1].isCapitalized,
                      SentenceSplitter.openers.contains(tokens[i + 1].key), words[i].utf8.count > 2 {
                // "… by the U.S. The group …"
                close(i + 1)
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }

    /// Words that begin sentences but rarely names: after "U.S." they mean a new sentence.
    static let openers: WordSet = [
        "the", "a", "an", "it", "he", "she", "they", "we", "i", "in", "on", "at", "but", "and", "this", "that",
        "there", "these", "those", "its", "their", "his", "her", "our", "after", "before", "when", "while", "as",
    ]

    /// Length of a Markdown block marker at token `i` ("#", "##", "-", "*", "+", ">", "1."), or nil.
    static func markerLength(_ tokens: [Token], _ words: [String], _ i: Int) -> Int? {
        let t = tokens[i]
        switch t.key {
        case "#":
            var j = i
            while j < tokens.count, tokens[j].key == "#", j == i || !tokens[j].spaceBefore { j += 1 }
            return j - i
        case "-", "*", "+", ">", "\u{2022}":
            return i + 1 < tokens.count && tokens[i + 1].spaceBefore && tokens[i + 1].newlinesBefore == 0 ? 1 : nil
        default:
            if t.kind == .number, words[i].utf8.count <= 3, i + 1 < tokens.count, tokens[i + 1].key == "." || tokens[i + 1].key == ")",
               !tokens[i + 1].spaceBefore, i + 2 < tokens.count, tokens[i + 2].spaceBefore {
                return 2
            }
            return nil
        }
    }

    static func isTerminal(_ t: Token) -> Bool {
        t.kind == .punctuation && t.key.isOne(of: ".", "!", "?", "\u{2026}")
    }

    static func isClosing(_ t: Token) -> Bool {
        t.kind == .punctuation && t.key.isOne(of: "\"", "'", "\u{201D}", "\u{2019}", ")", "]", ".")
    }

    static func canStart(_ t: Token) -> Bool {
        t.newlinesBefore > 0 || t.isCapitalized || t.kind == .number
            || t.key.isOne(of: "\"", "\u{201C}", "'", "\u{2018}", "(", "[") || t.key.isOne(of: "*", "_")  // "**Risks:**"
    }

    /// Whether the period at `i` belongs to an abbreviation or an initial rather than ending the sentence.
    static func isAbbreviation(_ tokens: [Token], _ words: [String], _ i: Int, next: Int) -> Bool {
        guard tokens[i].key == ".", i > 0, !tokens[i].spaceBefore, tokens[next].newlinesBefore == 0 else { return false }
        let previous = tokens[i - 1]
        guard previous.kind == .word else { return false }
        if words[i - 1].utf8.count == 1 && previous.isCapitalized { return true }  // an initial: "J. Smith"
        if Lexicon.abbreviations.contains(tokens[i - 1].key) {
            // "Valdane Inc. The company said" still ends; "Dr. Smith" does not.
            return !(tokens[next].isCapitalized && SentenceSplitter.openers.contains(tokens[next].key))
        }
        return false
    }
}
