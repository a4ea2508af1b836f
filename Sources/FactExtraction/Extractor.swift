import FactModel

/// Turns one document's text into entities, times, quantities, facts and mentions.
///
/// Pure and deterministic: the same bytes, path and date give the same result. Thread-safe;
/// share one extractor between tasks.
public struct Extractor: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = Gazetteer()) {
        self.gazetteer = gazetteer.frozen()
    }

    /// Extracts from `source`. `fallbackDate` (usually the file's modification day) anchors
    /// relative times unless front matter gives a `date:` or a line near the top gives the
    /// document's date (``BylineDate``). Markdown rules apply when `markdown`.
    /// Without `keepingMentions` no mentions are made (as after ``DocumentExtraction/dropMentions()``,
    /// for a server that reads them again with ``mentions(of:)`` when asked): less work and memory.
    public func extract(_ source: SourceText, fallbackDate: CalendarDate, markdown: Bool = false,
                        keepingMentions: Bool = true) -> DocumentExtraction {
        let front = FrontMatter(parsing: source.bytes)
        var warnings = front.warnings
        if source.hadInvalidUTF8 { warnings.append("invalid UTF-8 replaced with U+FFFD") }
        let tokenized = Tokenizer.tokenize(source.bytes, from: front.bodyStart)
        let tokens = tokenized.items
        let words = tokenized.words
        // Front matter's date, else a date line at the top ("Published 2025-01-09"), else the caller's.
        let date = front.date
            ?? BylineDate.find(in: tokenized, reading: TimeRecognizer(tokens: tokens, words: words, documentDate: fallbackDate))
            ?? fallbackDate
        let sentences = SentenceSplitter.split(tokenized, bytes: source.bytes, markdown: markdown)
        var taken = [Bool](repeating: false, count: tokens.count)
        var builder = DocumentBuilder(source: source, tokens: tokenized, keepsMentions: keepingMentions)

        let timeRecognizer = TimeRecognizer(tokens: tokens, words: words, documentDate: date)
        // Made once: each sentence only sets what is taken (a copy per sentence retains every array).
        var quantityRecognizer = QuantityRecognizer(tokens: tokens, words: words, taken: TokenMask(0..<0), gazetteer: gazetteer)
        var entityRecognizer = EntityRecognizer(tokens: tokens, words: words, source: source, gazetteer: gazetteer, taken: TokenMask(0..<0))
        var shortForms: [WordKey] = []  // the words that shorten the names found so far
        var anchor = TimeAnchor()
        // What each sentence finds goes into one array per kind for the whole document, a
        // sentence holding a range of each (``SentenceParts``): no arrays made per sentence.
        var times: [SentenceTime] = []
        var quantities: [SentenceQuantity] = []
        var entityMatches: [EntityMatch] = []
        var parts: [SentenceParts] = []
        parts.reserveCapacity(sentences.count)
        // Sized once for news (a time or an amount per 20-odd tokens, a name per 8), where growing
        // them by doubling was a fifth of the document's allocations.
        times.reserveCapacity(tokens.count / 16)
        quantities.reserveCapacity(tokens.count / 16)
        entityMatches.reserveCapacity(tokens.count / 6)
        // Reused by every sentence, sized for a long one (grown by doubling from empty, they cost
        // five allocations per document).
        var timeMatches: [TimeMatch] = []
        var quantityMatches: [QuantityMatch] = []
        timeMatches.reserveCapacity(16)
        quantityMatches.reserveCapacity(16)
        for sentence in sentences {
            let r = sentence.tokens
            let firstTime = times.count, firstQuantity = quantities.count, firstEntity = entityMatches.count
            // Masks sized to the sentence: marking tokens never copies the document's arrays.
            var timeTaken = TokenMask(r)
            var durationFree = TokenMask(r)  // durations are quantities too ("at least 18 months")
            timeMatches.removeAll(keepingCapacity: true)
            timeRecognizer.matches(in: r, anchor: &anchor, into: &timeMatches)
            // By index, here and below: `for m in` copies each match, retaining every string in it.
            for n in timeMatches.indices {
                let isDuration: Bool
                if case .duration = timeMatches[n].point { isDuration = true } else { isDuration = false }
                let matched = timeMatches[n].tokens
                for k in matched {
                    taken[k] = true
                    timeTaken[k] = true
                    if !isDuration { durationFree[k] = true }
                }
                times.append(SentenceTime(tokens: matched, builder.timeExpression(timeMatches[n], documentDate: date)))
            }
            quantityRecognizer.taken = durationFree
            quantityMatches.removeAll(keepingCapacity: true)
            quantityRecognizer.matches(in: r, into: &quantityMatches)
            for n in quantityMatches.indices {
                let matched = quantityMatches[n].tokens
                // A duration is a quantity as well only with a bound on it: "at least 18 months".
                let overlapsDuration = matched.contains { timeTaken[$0] }
                if overlapsDuration && !(matched.first.map { !timeTaken[$0] } ?? false) { continue }
                if overlapsDuration && tokens[matched.lowerBound].key == "over" { continue }  // "over two years": during
                var q = quantityMatches[n].quantity
                q.text = builder.text(matched)
                quantities.append(SentenceQuantity(tokens: matched, q))
            }
            // Numbers read as quantities are not names either, nor their hedges ("More than 250,000"),
            // nor a temperature's scale ("41 degrees Celsius") or a unit in capitals ("1.2 GW", "40 MW").
            var entityTaken = timeTaken
            for n in firstQuantity..<quantities.count {
                for k in quantities[n].tokens where tokens[k].kind == .number || Lexicon.smallNumbers[tokens[k].key] != nil
                    || tokens[k].flags.contains(.quantityStart) && !tokens[k].isAllCaps
                    || tokens[k].isCapitalized && (Lexicon.temperatureScales[tokens[k].key] != nil
                        || Lexicon.unitsOfMeasure[tokens[k].key] != nil && k == quantities[n].tokens.upperBound - 1) { entityTaken[k] = true }
            }
            entityRecognizer.taken = entityTaken
            entityRecognizer.matches(in: r, shortForms: &shortForms, into: &entityMatches)
            parts.append(SentenceParts(times: firstTime..<times.count, quantities: firstQuantity..<quantities.count,
                                       entities: firstEntity..<entityMatches.count))
        }
        // Register entities, then aliases, so facts can use final local indices.
        builder.reserveEntities(entityMatches.count)
        for (s, sentence) in sentences.enumerated() {
            for n in parts[s].entities { builder.register(entityMatches[n]) }
            builder.findAliases(in: sentence.tokens, entities: entityMatches[parts[s].entities])
        }
        builder.mergeShortForms()
        for k in builder.consumedVerbs { taken[k] = true }
        var coreference = Coreference(entities: builder.entities.count,
                                      genders: builder.entities.map { $0.type == .person ? PersonGender.of(name: $0.name) : nil })
        let relations = RelationExtractor(tokens: tokens, words: words, source: source, entityNames: builder.entityNames,
                                          entityTypes: builder.entities.map(\.type))
        var facts: [ExtractedFact] = []
        facts.reserveCapacity(tokens.count / 10)  // a fact per 14 tokens of news
        var spans: [SentenceSpan] = []
        spans.reserveCapacity(sentences.count)
        var occurrences: [EntityOccurrence] = []
        occurrences.reserveCapacity(32)
        var relationScratch = RelationExtractor.Scratch()
        for (s, sentence) in sentences.enumerated() {
            spans.append(builder.span(sentence.tokens))
            let p = parts[s]
            occurrences.removeAll(keepingCapacity: true)
            for n in p.entities {
                let local = builder.local(for: entityMatches[n])
                occurrences.append(EntityOccurrence(tokens: entityMatches[n].tokens, local: local, type: builder.entities[local].type,
                                                    isDateline: entityMatches[n].isDateline))
            }
            builder.appendAliasFacts(sentence: s, to: &facts)
            relations.appendFacts(to: &facts, sentence: s, range: sentence.tokens, entities: occurrences, times: times[p.times],
                                  quantities: quantities[p.quantities], taken: taken, coreference: &coreference,
                                  scratch: &relationScratch)
            builder.addMentions(entities: entityMatches[p.entities], times: times[p.times], quantities: quantities[p.quantities])
        }
        let final = builder.compacted(facts: consume facts)
        var extraction = DocumentExtraction(title: front.title, date: date, text: source.text, markdown: markdown, sentences: spans, entities: final.entities,
                                            entityNameStarts: final.nameStarts, facts: final.facts, mentions: final.mentions, warnings: warnings)
        if !keepingMentions { extraction.dropMentions() }
        return extraction
    }

    /// The mentions of an extraction that let them go (``DocumentExtraction/dropMentions()``),
    /// read again from its text: the same as when it was made, extraction being deterministic.
    public func mentions(of extraction: DocumentExtraction) -> [ExtractedMention] {
        if extraction.keepsMentions { return extraction.mentions }
        return extract(SourceText(extraction.text), fallbackDate: extraction.date, markdown: extraction.markdown).mentions
    }
}

/// Where one sentence's times, quantities and entity matches lie in the document's arrays.
struct SentenceParts {
    var times: Range<Int>
    var quantities: Range<Int>
    var entities: Range<Int>
}
