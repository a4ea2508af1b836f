import FactModel

/// An entity occurrence in a sentence, tied to its document-local entity.
struct EntityOccurrence: Sendable {
    var tokens: Range<Int>
    var local: Int
    var type: EntityType
    /// Read as a dateline by ``EntityRecognizer``: neither a subject nor an antecedent.
    var isDateline = false
}

/// A time or quantity found in a sentence, ready for facts. Boxed once: its mention and every
/// fact with it share the box, and a copy retains one reference, not the value's strings.
struct SentenceFinding<Value: Hashable & Sendable>: TokenSpanned {
    var tokens: Range<Int>
    let boxed: Boxed<Value>

    init(tokens: Range<Int>, _ value: Value) {
        self.tokens = tokens
        boxed = Boxed(value)
    }
}

typealias SentenceTime = SentenceFinding<TimeExpression>
typealias SentenceQuantity = SentenceFinding<Quantity>

extension SentenceFinding where Value == TimeExpression {
    var time: TimeExpression { boxed.value }
}

extension SentenceFinding where Value == Quantity {
    var quantity: Quantity { boxed.value }
}

/// What a sentence found on a range of its tokens.
protocol TokenSpanned { var tokens: Range<Int> { get } }

extension ArraySlice where Element: TokenSpanned {
    // Searches by the tokens alone, by index: `first(where:)` and the like copy each element,
    // retaining every string in its time or quantity.

    /// The index of the first element whose tokens pass `test`.
    func firstIndex(tokens test: (Range<Int>) -> Bool) -> Int? {
        for n in indices where test(self[n].tokens) { return n }
        return nil
    }

    /// The index of the last element whose tokens pass `test`.
    func lastIndex(tokens test: (Range<Int>) -> Bool) -> Int? {
        for n in indices.reversed() where test(self[n].tokens) { return n }
        return nil
    }

    func contains(tokens test: (Range<Int>) -> Bool) -> Bool { firstIndex(tokens: test) != nil }
}

/// Builds subject–predicate–object facts from one sentence, with the clause's time, place,
/// quantity and attribution. Deterministic heuristics over the token stream: verbs come from
/// ``VerbLexicon``, subjects are the entities (or resolved pronouns) before a verb in its
/// clause, objects the entity or noun phrase after it; passives swap roles.
///
/// A class, made once per document: as a struct of arrays it was copied (every array retained
/// and released) into the closures and helpers of each verb.
final class RelationExtractor: TokenReader {
    let tokens: [Token]
    /// Each token lowercased.
    let words: [String]
    let source: SourceText
    let entityNames: [String]
    let entityTypes: [EntityType]
    /// The key of each entity name's last word, for coreference ("the agency").
    let entityHeads: [WordKey]
    /// The noun before "of" in names such as "Bank of Veloria", else none (``Coreference/nameKeys(of:)``).
    let entityLeads: [WordKey]
    // The verb lexicons, read once per document: a lexicon global read in the verb loop is a
    // `swift_once` call each time.
    private let knownWords = Lexicon.knownWords
    private let verbLemmas = Lexicon.verbLemmas
    private let chainAdverbs = VerbLexicon.chainAdverbs
    private let beForms = VerbLexicon.beForms
    private let adjectivalParticiples = VerbLexicon.adjectivalParticiples
    private let irregular = VerbLexicon.irregular
    private let reportingVerbs = VerbLexicon.reportingVerbs
    private let speechVerbs = VerbLexicon.speechVerbs
    private let creationVerbs = VerbLexicon.creationVerbs

    /// ``VerbLexicon/lemma(_:)`` through the tables read once.
    @inline(__always) func verbLemma(_ key: WordKey) -> String? {
        guard let number = knownWords.lookup(key)?.lemmaNumber, number > 0 else { return nil }
        return verbLemmas[Int(number) - 1]
    }

    @inline(__always) func verbLemma(_ word: String) -> String? { verbLemma(WordKey(word)) }

    /// The lemma of a verb more often a noun that its place makes a verb: a role right after
    /// "who" ("who chairs the committee"), a participle opening a clause after a comma or "and"; nil for
    /// any other word.
    @inline(__always) func verbByPosition(_ i: Int, _ r: Range<Int>) -> String? {
        guard i > r.lowerBound else { return nil }
        let previous = tokens[i - 1].key
        if previous == "who", !tokens[i - 1].isCapitalized { return VerbLexicon.presentAfterWho[tokens[i].key] }
        // ", flooding at least six villages": a participle of a verb more often a noun, opening
        // a clause with its object (or joined to one: "sending smoke over the town and forcing").
        if previous == "," || previous == "and", tokens[i].flags.contains(.plainWord), let lemma = VerbLexicon.participlesAfterComma[tokens[i].key], opensObject(i + 1, r) {
            return lemma
        }
        // "The round values the company at $300 million": a verb more often a noun, as the one
        // finite verb after the sentence's subject and before its object.
        if tokens[i].flags.contains(.plainWord), key(i + 1, r).isOne(of: "the", "a", "an", "its", "their"),
           let lemma = VerbLexicon.presentOfNounVerbs[tokens[i].key], isSoleVerbAfterSubject(i, r) {
            return lemma
        }
        return nil
    }

    /// Whether the form in "-s" at `i` is the sentence's one finite verb after a subject of its
    /// own: a determiner opens the sentence, then a noun (maybe after one describing word), and
    /// no verb in the past, in "-s" or after an auxiliary follows. "The race ends in Zaragoza on
    /// July 5", where "the security forces in the region clashed" is a noun compound.
    func isSoleVerbAfterSubject(_ i: Int, _ r: Range<Int>) -> Bool {
        guard words[i].endsWith("s"), !words[i].endsWith("ss"), i - 2 >= r.lowerBound else { return false }
        func isDescribingWord(_ k: Int) -> Bool {
            let flags = tokens[k].flags
            return tokens[k].kind == .word && !tokens[k].isCapitalized && !flags.contains(.functionWord)
                && !flags.contains(.preposition) && !flags.contains(.auxiliary) && !flags.contains(.determiner)
        }
        let noun = i - 1
        guard isDescribingWord(noun), !words[noun].endsWith("s") else { return false }
        var d = noun - 1
        if d > r.lowerBound, isDescribingWord(d) { d -= 1 }
        // "The Dane's exit hands": an owner's noun.
        if tokens[d].key == "'s" {
            d -= 1
            while d > r.lowerBound, tokens[d - 1].isCapitalized, tokens[d - 1].kind == .word { d -= 1 }
            guard d >= r.lowerBound, tokens[d].isCapitalized else { return false }
            if d > r.lowerBound { d -= 1 }
            if d == r.lowerBound, tokens[d].isCapitalized, tokens[d].kind == .word { return hasNoVerbAfter(i, r) }
        }
        guard d == r.lowerBound, tokens[d].key.isOne(of: "the", "a", "an", "its", "their", "his", "her", "our", "this") else { return false }
        return hasNoVerbAfter(i, r)
    }

    /// Whether no verb in the past, in "-s" or after an auxiliary follows `i` in its sentence
    /// (leaving out who says so after a comma).
    func hasNoVerbAfter(_ i: Int, _ r: Range<Int>) -> Bool {
        for j in (i + 1)..<r.upperBound {
            // ", a person familiar with the deal said.": who says so, after the clause.
            if tokens[j].key == ",", (j + 1..<r.upperBound).contains(where: { tokens[$0].key.isOne(of: "said", "says", "according") }) { break }
            let flags = tokens[j].flags
            if flags.contains(.auxiliary) || flags.contains(.verb) && (isPastForm(j) || words[j].endsWith("s")) { return false }
        }
        return true
    }

    init(tokens: [Token], words: [String], source: SourceText, entityNames: [String], entityTypes: [EntityType]) {
        (self.tokens, self.words, self.source) = (tokens, words, source)
        (self.entityNames, self.entityTypes) = (entityNames, entityTypes)
        var heads: [WordKey] = [], leads: [WordKey] = []
        heads.reserveCapacity(entityNames.count)
        leads.reserveCapacity(entityNames.count)
        for (name, type) in zip(entityNames, entityTypes) {
            // Only organizations are called by the noun before "of": "the bank", "the ministry".
            if type == .organization {
                let keys = Coreference.nameKeys(of: name)
                heads.append(keys.head)
                leads.append(keys.lead)
            } else {
                heads.append(Coreference.headKey(of: name))
                leads.append(.none)
            }
        }
        (entityHeads, entityLeads) = (heads, leads)
    }

    static let determiners: WordSet = [
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "several",
        "many", "some", "each", "every", "no", "any", "all", "both", "few", "more", "most", "other", "such",
    ]
    static let prepositions: WordSet = [
        "of", "in", "on", "at", "for", "with", "by", "from", "into", "onto", "against", "across", "near",
        "to", "over", "under", "between", "among", "during", "through", "toward", "towards", "via", "within",
        "without", "about", "after", "before", "since", "until", "as", "than", "like", "per",
        "along", "alongside", "outside", "inside", "throughout", "beyond", "behind", "amid", "amidst", "despite",
        "upon", "beneath", "beside",
    ]
    static let compassPoints: WordSet = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "north-east", "north-west", "south-east", "south-west",
    ]
    static let subordinators: WordSet = ["after", "before", "since", "until", "as", "when", "while", "because", "once", "although", "though", "if"]
    static let placePrepositions: WordSet = ["in", "at", "near", "across", "from", "into", "throughout", "inside", "outside", "around", "off", "along", "within"]
    static let clauseBreakers: WordSet = [
        ";", ":", "which", "who", "whom", "while", "whereas", "because", "although", "though", "after",
        "before", "when", "according", "including", "where", "but", "as", "if", "unless",
        "saying", "adding", "noting", "citing", "arguing",  // ", saying inflation had eased"
    ]
    static let phrasalParticles: WordMap<Set<String>> = [
        "stand": ["for"], "set": ["up"], "carry": ["out"], "take": ["over", "place"], "step": ["down"], "shut": ["down"],
        "call": ["for", "off"], "pull": ["out", "back"], "break": ["up", "down", "out"], "date": ["back"], "account": ["for"], "pay": ["for"],
        "walk": ["out", "off"], "drop": ["out"], "back": ["down"], "lay": ["off"], "ramp": ["up"],
        "sweep": ["away"], "wash": ["away"],
        "shoot": ["down"], "wipe": ["out"], "rule": ["out"], "roll": ["out", "back"],
        "scale": ["back"], "hand": ["over", "back"], "free": ["up"], "touch": ["down"], "give": ["up", "back", "way"],
        "bring": ["back"], "send": ["back"], "fight": ["back"], "hit": ["back"], "win": ["back"], "buy": ["back"],
        "sell": ["off"], "cut": ["off", "back", "short"], "turn": ["down"], "sign": ["up"], "swear": ["in"], "phase": ["out"],
    ]

    func text(_ a: Int, _ b: Int) -> String { source.string(tokens[a].start, tokens[b - 1].end) }
    /// Tokens `[a, b)` as a span of the document's text.
    func span(_ a: Int, _ b: Int) -> TextSpan { source.span(tokens[a].start, tokens[b - 1].end) }

    struct Verb {
        var chainStart: Int
        var index: Int
        var end: Int
        var passive: Bool
        var negated: Bool
        /// What the lemma is, looked up once per verb: the rules ask several times per clause.
        var reports = false
        var speaks = false
        var creates = false
        var isCopula = false
        /// Where " to " and the lemma of an infinitive joined to the verb ("tried to consolidate")
        /// start in the verb's predicate (UTF-8 offset), or -1.
        var infinitiveAt = -1
        /// ", killing at least three people": a participle opening a clause of the subject before it.
        var participle = false
    }

    /// Buffers that every sentence of a document reuses.
    struct Scratch {
        var verbs: [Verb] = []
        /// `predicates[n]` is the lemma of `verbs[n]` with a particle or a joined infinitive ("set
        /// up", "try to consolidate"). Beside the verbs, not in them: without a string a verb is a
        /// plain value, copied without reference counting.
        var predicates: [String] = []
        var candidates: [Int] = []
    }

    /// Appends the facts of one sentence to `facts` (the document's, so none is copied again).
    func appendFacts(to facts: inout [ExtractedFact], sentence: Int, range r: Range<Int>, entities: [EntityOccurrence],
                     times: ArraySlice<SentenceTime>, quantities: ArraySlice<SentenceQuantity>, taken: [Bool],
                     coreference: inout Coreference, scratch: inout Scratch) {
        let first = facts.count
        let entityStarting = EntityStarts(entities)
        var covered = TokenMask(r)
        for e in entities { covered.formUnion(e.tokens) }
        // Attribution: "according to X" — a phrase to its comma, left out of subject search.
        var attribution: (name: String, entity: Int?)? = nil
        var excluded = TokenMask(r)
        var i = r.lowerBound
        while i < r.upperBound {
            if tokens[i].key == "according", key(i + 1, r) == "to" {
                var end = i + 2
                // "according to Dr. Lucia Petrenko.": an abbreviation's period is inside the phrase.
                while end < r.upperBound, !tokens[end].key.isOne(of: ",", ";", ".")
                        || tokens[end].key == "." && !tokens[end].spaceBefore && end + 1 < r.upperBound - 1 && tokens[end + 1].isCapitalized { end += 1 }
                // "according to the national farmers' union, UNAGRO,": the name in apposition is the source.
                if key(end, r) == ",", !entities.contains(where: { $0.tokens.lowerBound >= i && $0.tokens.upperBound <= end }),
                   let named = entities.first(where: { $0.tokens.lowerBound == end + 1 }),
                   named.type == .organization || named.type == .person,
                   named.tokens.upperBound >= r.upperBound || key(named.tokens.upperBound, r).isOne(of: ",", ".", ";") {
                    end = named.tokens.upperBound
                }
                excluded.formUnion(i..<end)
                let inside = entities.filter { $0.tokens.lowerBound >= i && $0.tokens.upperBound <= end }
                let chosen = inside.first { $0.type == .organization || $0.type == .person } ?? inside.first
                if let chosen {
                    attribution = (entityNames[chosen.local], chosen.local)
                } else if end == i + 4, key(i + 2, r) == "the", let e = coreference.resolve(description: key(i + 3, r)) {
                    attribution = (entityNames[e], e)  // "according to the agency"
                } else if end > i + 2 {
                    let content = (i + 2..<end).filter { !tokens[$0].flags.contains(.determiner) }
                    if let f = content.first, let l = content.last { attribution = (text(f, l + 1), nil) }
                }
                i = end
            } else {
                i += 1
            }
        }
        var quantityTokens = TokenMask(r)
        for n in quantities.indices { quantityTokens.formUnion(quantities[n].tokens) }
        scratch.verbs.removeAll(keepingCapacity: true)
        scratch.predicates.removeAll(keepingCapacity: true)
        findVerbs(r, covered: covered, taken: taken, excluded: excluded, quantityTokens: quantityTokens,
                  into: &scratch.verbs, predicates: &scratch.predicates)
        // Share the buffers, which are unique again when this returns.
        let verbs = scratch.verbs
        let predicates = scratch.predicates
        var backgroundFacts: [Int] = []  // empty unless a relative clause makes a fact
        var reportFacts: [Int] = []  // facts of reporting verbs: "the agency warned that …"
        // Reported speech: "X said" attributes the rest of the sentence to X.
        var occurrenceIndex = 0
        // The last subject read in the sentence, fact or not: "it was … and was considering".
        var clauseSubject: Int? = nil
        // The sentence's quantities (by index, the first 64) that a verb took in its object.
        var objectQuantities: UInt64 = 0
        // The name an aside participle was about ("Tarrow Motors, employing 300 people,").
        var asideSubject: Int? = nil
        // The first fact an attribution covers, when not the sentence's first.
        var reportedFrom: Int? = nil
        // "down 11% from a year earlier": a time an amount is compared with dates no fact.
        // Nor does a margin: "beating Maja Dorn by 1.8 seconds", "finished third, 12 seconds back".
        let ownTimes = times.contains(tokens: { isComparisonBase($0, r) || isMargin($0, r) })
            ? ArraySlice(times.filter { !isComparisonBase($0.tokens, r) && !isMargin($0.tokens, r) }) : times
        // "Founded in 2021 by …, Lumina employs": the comma ending an opening participle's phrase,
        // whose names and time are the participle's, not the clause's after it.
        let opener = verbs.isEmpty ? nil : participleOpenerEnd(r, before: verbs[0].chainStart)
        let isQuestion = key(r.upperBound - 1, r) == "?"
        for n in verbs.indices {
            // One copy of the verb per clause: the enumerated pair was copied again at every use.
            let verb = verbs[n]
            // (Never past the verb's chain, whatever the verb before took in.)
            let clauseStart = n > 0 ? min(verbs[n - 1].end, verb.chainStart) : r.lowerBound
            let clauseEnd = n + 1 < verbs.count ? verbs[n + 1].chainStart : r.upperBound
            // Whether the verb before is a participle's phrase about a name ("The 22-year-old, ranked 14th,").
            let afterParticiple = n > 0 && isReducedRelative(verbs, n - 1, r)
            // Update coreference with the entities before this verb.
            while occurrenceIndex < entities.count, entities[occurrenceIndex].tokens.lowerBound < verb.chainStart {
                let e = entities[occurrenceIndex]
                // Resolve pronouns before registering the entity that follows them.
                if !isAside(e, r) && !e.isDateline { see(e, r, coreference: &coreference) }
                occurrenceIndex += 1
            }
            scratch.candidates.removeAll(keepingCapacity: true)
            // "Founded in 2021 by Rachel Osei, Lumina employs": the names of an opening participle's
            // phrase are not the subject of the clause after it.
            var subjectsFrom = n == 0 ? (opener.map { $0 + 1 } ?? clauseStart) : clauseStart
            // "residents whose drinking water was contaminated": what "whose" owns is the subject,
            // no name before it.
            if let whose = ownedByWhose(before: verb.chainStart, r), whose >= subjectsFrom { subjectsFrom = verb.chainStart }
            subjectCandidates(subjectsFrom, verb.chainStart, r, entities: entities, excluded: excluded, into: &scratch.candidates)
            var subjects = scratch.candidates
            // "Dvorak will meet Prime Minister Kenji Sato … and is expected to sign": a verb right
            // after "and" shares the subject before it; the names between are the first verb's.
            // (A reporting verb after "and" is read below, with what it reports.)
            // With no subject before ("A wildfire has burned 12,000 acres east of Marlow and forced
            // 3,000 residents to leave"), the names between are still the first verb's.
            if n > 0, !verb.participle, !verb.reports, key(verb.chainStart - 1, r).isOne(of: "and", "but") { subjects = clauseSubject.map { [$0] } ?? [] }
            // A participle's subject is the clause's before it ("Storm Idris hit Marren, killing
            // 14 people"), not a name in between.
            if verb.participle {
                // "Tarrow Motors, employing 300 people, said": an aside about the name right before it,
                // whose subject the verb after the aside keeps.
                if n == 0, key(verb.chainStart - 1, r) == ",", let e = nameEnding(at: verb.chainStart - 1, r, entities: entities) {
                    subjects = [e]
                    asideSubject = e
                } else if let named = clauseSubject ?? nameBeforeApposition(containing: verb.chainStart, from: r.lowerBound, r, entities: entities) {
                    // "Orbis Corp, a company founded in 2016, launched": the apposition's name.
                    subjects = [named]
                } else {
                    subjects = []
                }
            } else if let aside = asideSubject, scratch.candidates.isEmpty, key(verb.chainStart - 1, r) == "," {
                subjects = [aside]
            }
            if !verb.participle { asideSubject = nil }
            var subject: Int? = subjects.first
            // "a coalition with the Greens, who won 11 seats": "who" is the name right before it,
            // whatever phrase that name is in; but that name is then no subject of the sentence's
            // next clause ("…, was likely": the coalition was).
            var relativeToPhrase = false
            if subject == nil, key(verb.chainStart - 1, r).isOne(of: "who", "which"), key(verb.chainStart - 2, r) == ",",
               let e = entities.last(where: { $0.tokens.upperBound == verb.chainStart - 2 }),
               // "its plant in Kassel, which employs": a place in a phrase of place is where the thing "which" means is.
               e.type != .place || key(verb.chainStart - 1, r) == "which" && !RelationExtractor.placePrepositions.contains(placeListLead(of: e, r, entities: entities)) {
                subject = e.local
                relativeToPhrase = RelationExtractor.prepositions.contains(placeLead(e.tokens.lowerBound, r))
            }
            if subject == nil { subject = appositiveName(before: verb.chainStart, from: clauseStart, r, entities: entities) }
            // "Gov. Greg Abbott, who signed the measure, called the decision": after a relative
            // clause set off by commas, the verb's subject is the one the clause was about — not a
            // description inside it ("Brandt, who had led the museum since 2017, said").
            if subject == nil, n > 0, key(verb.chainStart - 1, r) == ",", opensRelativeClause(verbs[n - 1].chainStart, r) { subject = clauseSubject }
            if subject == nil { subject = resolveReference(before: verb.chainStart, from: clauseStart, r, coreference, covered: covered, entities: entities) }
            // "The quake hit the peninsula. It triggered …": "it" is the quake, not the agency before.
            if subject == nil, n == 0, opensWithUnnamedSubject(before: verb.chainStart, r, covered: covered) { coreference.sawUnnamedSubject() }
            // "Ghana's central bank raised …": what "the bank" means from here on has no name.
            if subject == nil, let noun = unnamedDescription(before: verb.chainStart, from: clauseStart, r, covered: covered) {
                coreference.sawUnnamed(description: noun)
            }
            // "Volta Cells, a startup spun out of the university last autumn, has raised": the
            // verb of an apposition is not a clause of its own; the name before it is the subject.
            if subject == nil, n > 0, key(verb.chainStart - 1, r) == "," {
                subject = nameBeforeApposition(containing: verbs[n - 1].chainStart, from: r.lowerBound, r, entities: entities)
                // "The 22-year-old, ranked 14th in the world, saved": after a participle's phrase
                // set off by commas, the subject is the one that phrase was about.
                if subject == nil, key(verbs[n - 1].chainStart - 1, r) == ",", afterParticiple { subject = clauseSubject }
            }
            // "Orbis Corp, a company founded in 2016,": the participle is about the name described.
            if subject == nil, n == 0, isReducedRelative(verbs, n, r) {
                subject = nameBeforeApposition(containing: verb.chainStart, from: r.lowerBound, r, entities: entities)
            }
            // "The telescope, launched in 2023, is operated by …": an aside before the verb, whose
            // time and amount are its participle's (read once per verb).
            let asideOpen = participleAside(before: verb.chainStart, r)
            // Who the clause is about before a passive turns it round: "X, which is listed in New
            // York and employs 12,000 people" — X employs.
            let grammaticalSubject = subject
            var object: ExtractedObject? = nil
            let objectEnd = objectBoundary(after: verb.end, clauseEnd, r)
            // "warned that …", "announced on Monday that …": a report of a clause of its own.
            // So is "could not prove that the drug caused …", whose clause has a verb of its own.
            let reportsClause = verb.reports && key(times.firstIndex(tokens: { $0.lowerBound == verb.end || $0.lowerBound == verb.end + 1 }).map { times[$0].tokens.upperBound } ?? verb.end, r) == "that"
                || key(verb.end, r) == "that" && objectEnd == clauseEnd && n + 1 < verbs.count
            if let o = objectEntity(at: verb.end, objectEnd, r, entityStarting) { object = .entity(o) }
            else if key(verb.end, r) == "the", let e = coreference.resolve(description: key(verb.end + 1, r)),
                    objectEnd == verb.end + 2 || RelationExtractor.prepositions.contains(key(verb.end + 2, r)) {
                object = .entity(e)  // "created the branch in January 2015"
            } else if reportsClause {
                // "warned that food prices would rise": what is reported is a clause of its own.
            } else if case let textEnd = objectTextEnd(verb.end, objectEnd, times, r), verb.end < textEnd,
                      (verb.end..<textEnd).contains(where: { tokens[$0].kind != .punctuation }) {
                object = .text(span(verb.end, textEnd))
            }
            // "fined the tech giant": a business described, not named — not the one "the company" means.
            if case .text = object, key(verb.end, r) == "the",
               (verb.end + 1..<max(verb.end + 1, min(objectEnd, verb.end + 4))).contains(where: { Coreference.businessNouns.contains(tokens[$0].key) && !tokens[$0].isCapitalized }) {
                coreference.sawUnnamedBusiness()
            }
            var predicate = predicates[n]
            // "The company's revenue was $3 billion": what the subject has is what is, not the
            // subject itself ("revenue be").
            if verb.isCopula, subject != nil, let owned = possessedWords(before: verb.chainStart, from: clauseStart, r) { predicate = owned + " " + predicate }
            var agents: [Int] = []
            // "none of its 220 workers had been hurt": the verb's "no" is in its patient.
            var negated = verb.negated
            if verb.passive, verb.infinitiveAt >= 0 {
                // "Ruto is expected to sign it", "the minister was forced to resign": the subject
                // does what the infinitive says; the passive is how it is framed.
                predicate = "be " + words[verb.index] + String(decoding: predicate.utf8.dropFirst(verb.infinitiveAt), as: UTF8.self)
            } else if verb.passive {
                // "X was killed by Y": Y acts on X.
                let modifier = entities.last { $0.local == subject && $0.tokens.upperBound <= verb.chainStart }.map { isModifier($0, verb.chainStart, r) } ?? false
                // "The frog, which measures 2 cm, was found": the phrase before the relative clause.
                let afterRelative = n > 0 && key(verb.chainStart - 1, r) == "," && opensRelativeClause(verbs[n - 1].chainStart, r)
                // "Three men who tried to smuggle … were jailed": the phrase before a relative
                // clause set off by no comma.
                let restrictive = afterRelative || subject != nil ? nil : (0..<n).first { m in
                    let start = verbs[m].chainStart
                    return key(start - 1, r).isOne(of: "who", "which") && r.contains(start - 2) && tokens[start - 2].kind == .word
                        && !(start..<verb.chainStart).contains { tokens[$0].key == "," || tokens[$0].key == ";" }
                }
                let phrase = (afterRelative
                    ? nounPhrase(before: verbs[n - 1].chainStart - 2, from: n > 1 ? verbs[n - 2].end : r.lowerBound, r, quantityTokens: quantityTokens)
                    : restrictive.flatMap { m in
                        nounPhrase(before: verbs[m].chainStart - 1, from: m > 0 ? verbs[m - 1].end : r.lowerBound, r, quantityTokens: quantityTokens)
                    } ?? nounPhrase(before: asideOpen ?? verb.chainStart, from: clauseStart, r,
                                    quantityTokens: quantityTokens)).map { ExtractedObject.text($0) }
                // "Its chief executive was arrested", "none of its 220 workers had been hurt": what
                // the owner has, not the owner, is acted on.
                let owned = scratch.candidates.isEmpty && (max(clauseStart, verb.chainStart - 6)..<verb.chainStart).contains {
                    tokens[$0].key.isOne(of: "its", "their", "his", "her")
                }
                let patient: ExtractedObject? = modifier || owned ? phrase : (subject.map { .entity($0) } ?? phrase)
                if (max(clauseStart, verb.chainStart - 8)..<verb.chainStart).contains(where: { tokens[$0].key == "none" && key($0 + 1, r) == "of" }) {
                    negated = !negated
                }
                var agent: Int? = nil
                var passiveAgents: [Int] = []
                // Not the "by" of an attribution: "according to a draft seen by Reuters".
                // Nor the "by" of a participle after the verb: "launched aboard a rocket built by Orbis".
                let by = (verb.end..<max(verb.end, min(clauseEnd, r.upperBound))).first(where: { tokens[$0].key == "by" && !excluded.contains($0) })
                    .flatMap { $0 > verb.end && tokens[$0 - 1].kind == .word && isPastForm($0 - 1) ? nil : $0 }
                if let by, let a = objectEntity(at: by + 1, clauseEnd, r, entityStarting) {
                    agent = a
                    // "by Kestrel Motors and the University of Tessaly"
                    passiveAgents = entities.filter { $0.tokens.lowerBound > by && $0.tokens.lowerBound < clauseEnd && $0.local != a }
                        .prefix { e in (by + 1..<e.tokens.lowerBound).allSatisfy { covered.contains($0) || tokens[$0].key.isOne(of: "and", ",", "the")
                            || isRoleWord($0, before: e.tokens.lowerBound) } }
                        .map(\.local)
                } else if let by, let from = (by + 2..<max(by + 2, min(clauseEnd, r.upperBound, by + 10))).first(where: { tokens[$0].key == "from" }),
                          !(by + 1..<from).contains(where: { tokens[$0].kind == .punctuation || covered.contains($0) || tokens[$0].flags.contains(.clauseBreaker) }),
                          let a = objectEntity(at: from + 1, clauseEnd, r, entityStarting),
                          entityTypes[a] == .organization || entityTypes[a] == .person {
                    agent = a  // "funded by a grant from the Verne Foundation": the grant's giver
                }
                subject = agent
                agents = passiveAgents
                object = patient
                subjects = []
            } else if verb.creates, case .entity(let created)? = object, !subjects.isEmpty {
                // "A, B and C formed D": the fact is about D, made by A, B and C.
                agents = subjects
                subject = created
                object = nil
            } else if subjects.count > 1 {
                agents = Array(subjects.dropFirst())
            }
            // ", the agency said.": the source at the end of a sentence is not what it is about.
            let reportsAtEnd = n > 0 && n == verbs.count - 1 && verb.reports
            if let subject, subject < entityTypes.count { coreference.salient(subject, type: entityTypes[subject], topic: !reportsAtEnd) }
            // ", the agency said.": the sentence's last word on its source, over "X reported" before it.
            let closingSpeech = verb.speaks && n == verbs.count - 1 && n > 0
                && (clauseStart..<verb.chainStart).contains { tokens[$0].key == "," }
            // "criticized the plan and said it would sue": the speaker is the one of the verb before,
            // and what it did before speaking is not what it said.
            if verb.reports, subject == nil, attribution == nil, key(verb.chainStart - 1, r).isOne(of: "and", "but"), clauseSubject != nil {
                subject = clauseSubject
                reportedFrom = facts.count
            }
            // Not a relative clause's report: "the party, which has ruled since 2011, trailed" says nothing of its own.
            if verb.reports, let s = subject, attribution == nil || closingSpeech,
               verbs.count > 1 || key(verb.end, r) == "that", !opensRelativeClause(verb.chainStart, r) {
                attribution = (entityNames[s], s)
                // "Hallmark Cloud laid off 4,000 workers in March, and Penrose Data said it would close
                // offices": a speaker in a clause of its own speaks for what follows only.
                if n > 0, reportedFrom == nil,
                   (clauseStart..<verb.chainStart).contains(where: { tokens[$0].key.isOne(of: "and", "but") && key($0 - 1, r) == "," }) {
                    reportedFrom = facts.count
                }
                if verbs.count > 1 && verb.speaks { continue }
            }
            // "We expect demand to stay weak," said Zhang Wei, an economist at …: the speaker after
            // the verb, once a quote or a clause has been reported.
            if verb.speaks, subject == nil, n > 0, key(verb.chainStart - 1, r).isOne(of: ",", "\"", "\u{201D}"),
               let speaker = objectEntity(at: verb.end, clauseEnd, r, entityStarting),
               entityTypes[speaker] == .person || entityTypes[speaker] == .organization {
                attribution = (entityNames[speaker], speaker)
                continue
            }
            // ", officers said." — a source without a name: attribution by its words, no fact of its own;
            // so too ", a doctors' union said on Sunday, as …" (only a time before the clause ends).
            var afterReport = verb.end
            if let t = times.firstIndex(tokens: { $0.lowerBound >= verb.end && $0.lowerBound <= verb.end + 1 }) { afterReport = times[t].tokens.upperBound }
            if verb.reports, subject == nil, attribution == nil, verbs.count > 1,
               afterReport >= r.upperBound - 1 || key(afterReport, r).isOne(of: ".", "!", "?", ","),
               let commaIndex = (clauseStart..<verb.chainStart).last(where: { tokens[$0].key == "," }),
               commaIndex + 1 < verb.chainStart {
                // "…, two diplomats familiar with the matter said."; not "…, above the $395 million
                // analysts had forecast", a relative clause of what is compared.
                var first = commaIndex + 1
                if tokens[first].flags.contains(.preposition) || tokens[first].key.isOne(of: "above", "below", "than", "short") { continue }
                while first < verb.chainStart, tokens[first].key.isOne(of: "the", "a", "an") { first += 1 }
                if first < verb.chainStart { attribution = (text(first, verb.chainStart), nil) }
                continue
            }
            // "The IMF, which approved a loan in 2021, has urged": the relative clause's time and
            // amount are its own, not the main verb's.
            let relative = n > 0 && key(verb.chainStart - 1, r) == "," && opensRelativeClause(verbs[n - 1].chainStart, r)
                ? (verbs[n - 1].chainStart - 1)..<verb.chainStart : nil
            var clauseTimes = relative.map { span in ArraySlice(ownTimes.filter { !span.contains($0.tokens.lowerBound) }) } ?? ownTimes
            if let opener, clauseTimes.contains(tokens: { $0.lowerBound < opener }) {
                clauseTimes = ArraySlice(clauseTimes.filter { $0.tokens.lowerBound > opener })
            }
            // "will face Lukas Brandt, who beat Jan Novak in straight sets, on Sunday": a relative
            // clause set off by commas ends at its comma; the time after it is the main clause's.
            if opensRelativeClause(verb.chainStart, r), clauseTimes.contains(tokens: { $0.lowerBound > verb.end }),
               let close = (verb.end..<clauseEnd).first(where: { tokens[$0].key == "," }) {
                clauseTimes = ArraySlice(clauseTimes.filter { $0.tokens.lowerBound < close })
            }
            let aside = asideOpen.map { $0..<verb.chainStart }
            if let aside, clauseTimes.contains(tokens: { aside.contains($0.lowerBound) }) {
                clauseTimes = ArraySlice(clauseTimes.filter { !aside.contains($0.tokens.lowerBound) })
            }
            // "won 54% of the vote, according to results announced on Wednesday": the source's time
            // is not the fact's.
            if attribution != nil, clauseTimes.contains(tokens: { excluded.contains($0.lowerBound) }) {
                clauseTimes = ArraySlice(clauseTimes.filter { !excluded.contains($0.tokens.lowerBound) })
            }
            // "the deadliest since 1998, when 31 people died": the time compared with is when the
            // clause it opens happened. (The time's box, which the fact shares.)
            let time = pickTime(clauseTimes, verb: verb, clauseStart: clauseStart, clauseEnd: clauseEnd,
                                afterVerb: n > 0, afterParticiple: afterParticiple, afterRelative: n > 0 && key(verbs[n - 1].chainStart - 1, r).isOne(of: "that", "which", "who"),
                                opensRelative: opensRelativeClause(verb.chainStart, r))
                ?? (times.isEmpty ? nil : timeOpeningWhen(times, from: clauseStart, to: verb.chainStart, r))
            // Where the verb's own clause starts: after the last comma or clause word before it.
            var localStart = verb.chainStart
            while localStart > clauseStart, !(tokens[localStart - 1].key == "," || tokens[localStart - 1].flags.contains(.clauseBreaker)) { localStart -= 1 }
            // The amount in the verb's object, else one in its clause that no verb before took as
            // its object's: "would cut about 1,200 jobs … and sell its stake" sells no jobs.
            var quantityIndex: Int? = nil  // an index: a `Quantity?` variable is copied and destroyed whole
            var countsInObject = false  // "confirmed 47 cases": the object is the amount
            if reportsClause {
                // "announced that 85% of the grain had been moved": the amount is the clause's.
            } else if let first = quantities.indices.first(where: { quantities[$0].tokens.lowerBound >= verb.end && quantities[$0].tokens.lowerBound < objectEnd
                                                                     && !isApposedAge(quantities[$0].tokens, r) }) {
                let q = amountReached(from: first, quantities, before: objectEnd, r)
                quantityIndex = q
                // Not a clause's subject: "said 300 people were evacuated", "estimated 40 homes had flooded".
                // "took 31% and conceded" is two verbs of one subject.
                let subjectOfNext = n + 1 < verbs.count && verbs[n + 1].chainStart <= quantities[q].tokens.upperBound + 1
                    && !key(verbs[n + 1].chainStart - 1, r).isOne(of: "and", "but", "or")
                countsInObject = !verb.speaks && !subjectOfNext && key(verb.end, r) != "that"
                // Every amount in the object is the object's: "recorded 1,340 cases and 27 deaths since
                // the outbreak began" began with no deaths.
                if countsInObject {
                    for o in q..<quantities.endIndex where quantities[o].tokens.lowerBound < objectEnd && o - quantities.startIndex < 64 {
                        objectQuantities |= 1 << UInt64(o - quantities.startIndex)
                    }
                }
            } else if !quantities.isEmpty {
                // Before the verb, only after the last comma or clause word: "compared with a
                // profit of $540 million a year ago, as lower prices hit revenue" hit no profit.
                // "Around 600 firefighters, backed by 14 aircraft, were fighting": the subject's
                // amount before an aside.
                let phraseStart = subjectPhraseStart(localStart, verbs, n, r)
                let from = phraseStart < localStart ? phraseStart : max(relative?.upperBound ?? clauseStart, localStart)
                // Nor one after "and" past the verb: "A woman died and three other people were injured".
                for q in quantities.indices where quantities[q].tokens.lowerBound >= from && quantities[q].tokens.upperBound <= clauseEnd
                    && !(aside?.contains(quantities[q].tokens.lowerBound) ?? false)
                    && !(verb.end..<max(verb.end, quantities[q].tokens.lowerBound)).contains(where: { tokens[$0].key.isOne(of: "and", "but") })
                    && !(q - quantities.startIndex < 64 && objectQuantities & (1 << UInt64(q - quantities.startIndex)) != 0)
                    && !isApposedAge(quantities[q].tokens, r) {
                    quantityIndex = q
                    break
                }
            }
            // A few entities at most: tested in place, not gathered into a set or an array per verb.
            let objectEntity: Int?
            if case .entity(let o)? = object { objectEntity = o } else { objectEntity = nil }
            // Places near the verb, not already a party to it: in its own clause, up to the clause end;
            // where it happened before where someone came from ("ministers from Norvia … talks in Geneva").
            var place: Int? = nil
            var placeFrom: Int? = nil
            for e in entities.indices where entities[e].type == .place && entities[e].tokens.lowerBound >= localStart
                && entities[e].tokens.lowerBound < clauseEnd && !excluded.contains(entities[e].tokens.lowerBound) {
                let local = entities[e].local
                guard local != subject, local != objectEntity, !agents.contains(local) else { continue }
                let lead = placeLead(entities[e].tokens.lowerBound, r)
                guard RelationExtractor.placePrepositions.contains(lead) else { continue }
                if lead != "from" { place = local; break }
                if placeFrom == nil { placeFrom = local }
            }
            if place == nil { place = placeFrom }
            if let subject { coreference.salient(subject, type: entityTypes[subject], topic: !reportsAtEnd) }
            // "…, and promised to rebuild": a verb joined by "and" shares the subject before it
            // (a passive's, "and was made a dame in 2004", is its patient, already read).
            if subject == nil, !verb.passive, key(verb.chainStart - 1, r).isOne(of: "and", "but") { subject = clauseSubject }
            if let s = grammaticalSubject ?? subject, !relativeToPhrase { clauseSubject = s }
            // "Founded in 2021 by Rachel Osei, Lumina employs …": the opening participle is a fact
            // of the clause's subject, with the names, time and place of its own phrase.
            if n == 0, !isQuestion, let opener, let s = grammaticalSubject ?? subject,
               let fact = openerFact(of: s, r, before: opener, entities: entities, times: times, sentence: sentence) {
                facts.append(fact)
            }
            // A bare "said" with no speaker states nothing of its own; "have confirmed 47 cases" does.
            if subject == nil && verb.reports && !countsInObject { continue }
            // "did not say whether it had paid a ransom", "if talks fail": what may or may not be
            // is no fact.
            // Nor does a question: "When does it take effect?"
            if isQuestion { continue }
            // So is "would last 72 hours unless the port operator, Calver Terminals, returned".
            if key(localStart - 1, r).isOne(of: "if", "unless") || (localStart..<verb.chainStart).contains(where: { tokens[$0].key == "whether" })
                || (clauseStart..<localStart).contains(where: { tokens[$0].key.isOne(of: "if", "unless") && !tokens[$0].isCapitalized }) { continue }
            // "has raised $180 million in a round led by Halden Ventures, valuing the company at":
            // a participle whose object is the clause's subject is not that subject's act.
            if verb.participle, let s = subject, case .entity(let o)? = object, o == s { subject = nil }
            let hasEntity = subject != nil || { if case .entity = object { return true } else { return false } }()
            // "Researchers find 2,000-year-old shipwreck off Crete": a place makes a fact of an object too.
            guard hasEntity || quantityIndex != nil || ((time != nil || place != nil) && object != nil) else { continue }
            // "it was \"deeply disappointed\"" cut at the quote: a copula with nothing after it says nothing.
            let isCopula = verb.isCopula
            if isCopula && object == nil && quantityIndex == nil { continue }
            // Nor does "do" with nothing done: "what it always does when …".
            if object == nil, quantityIndex == nil, predicate == "do" { continue }
            // "ISIS-K … is the regional branch of the Islamic State": a later "the branch" is ISIS-K.
            if isCopula, !verb.passive, !verb.negated, let subject, let noun = definedNoun(after: verb.end, objectEnd, r) {
                coreference.define(noun, as: subject)
            }
            // "The group, which was founded in 2019, said …": what the relative clause says is
            // background, not what the speaker said.
            if opensRelativeClause(verb.chainStart, r) || isRelativeInApposition(verb.chainStart, r) { backgroundFacts.append(facts.count) }
            if verb.reports { reportFacts.append(facts.count) }
            facts.append(ExtractedFact(
                subject: subject, predicate: predicate, object: object, agents: agents, boxedQuantity: quantityIndex.map { quantities[$0].boxed },
                boxedTime: time, place: place, attributionName: nil, attributionEntity: nil, negated: negated,
                sentence: sentence))
        }
        while occurrenceIndex < entities.count {
            let e = entities[occurrenceIndex]
            if !isAside(e, r) && !e.isDateline { see(e, r, coreference: &coreference) }
            occurrenceIndex += 1
        }
        // "Hokuriku Electric said it had found no abnormalities": the company's own claim is still
        // a claim, so a fact whose subject is the speaker is attributed too — but not the report
        // itself ("the agency warned that …" is the agency's act, not something it says of itself).
        if let attribution {
            for k in (reportedFrom ?? first)..<facts.count where !backgroundFacts.contains(k)
                && !(reportFacts.contains(k) && facts[k].subject == attribution.entity) {
                facts[k].attributionName = attribution.name
                facts[k].attributionEntity = attribution.entity
            }
        }
    }

    /// Words that take a part of what follows "of": "most of its strength", "half of their members".
    static let partitives: WordSet = ["most", "much", "many", "some", "all", "part", "half", "none", "one", "each", "both", "few", "several"]

    /// Nouns for people whose organisation is named after them: "analysts at X", "officials from Y".
    /// Participles after a comma that open a phrase, not a clause: ", including five children",
    /// ", saying it would …" (a report), ", starting in May".
    static let notClauseParticiples: WordSet = [
        "including", "according", "following", "regarding", "concerning", "excluding", "saying", "citing", "adding",
        "noting", "involving", "depending", "beginning", "starting", "ending", "totaling", "totalling", "bringing",
        "making", "using", "taking", "leading",
    ]

    /// Adjectives that, after a determiner, make the next word a noun even when it could be a
    /// verb: "a first cut", "the latest attack", "a sharp rise".
    static let nounAdjectives: WordSet = [
        "next", "last", "final", "further", "new", "latest", "fresh", "possible", "sharp", "deep", "steep",
        "surprise", "recent", "previous", "initial", "major", "big", "small", "large", "modest", "slight",
    ]

    /// "the highest since 1998": a record is measured from a time.
    static let superlatives: WordSet = [
        "highest", "lowest", "largest", "biggest", "smallest", "strongest", "weakest", "fastest", "slowest", "worst",
        "best", "most", "least", "greatest", "deadliest", "hottest", "coldest", "wettest", "driest", "warmest",
        "busiest", "longest", "shortest", "steepest", "sharpest", "fewest", "heaviest", "worst-ever", "oldest", "youngest",
        "earliest", "latest", "richest", "poorest", "tallest", "widest", "cheapest", "safest", "newest", "costliest",
    ]

    /// People of an organization or a place written after its name who are not the ones it acts
    /// by: "Northstar shareholders", "Kestrel workers" (but "US forces killed" and "Boeing
    /// executives said" are the country's and the company's acts).
    static let memberNouns: WordSet = [
        "shareholders", "investors", "workers", "employees", "customers", "passengers", "residents", "fans",
        "members", "voters", "users", "pilots", "nurses", "doctors", "teachers", "students", "farmers", "drivers",
    ]

    /// Participles that give a name in an aside: ", called the Tessera Fold Pro,".
    static let namingWords: WordSet = ["called", "named", "dubbed"]

    /// Verbs that take an infinitive as their object: "and plans to immunize", "and vowed to rebuild".
    static let infinitiveVerbs: WordSet = [
        "plan", "aim", "hope", "intend", "want", "expect", "seek", "try", "agree", "decide", "promise", "vow", "pledge",
        "threaten", "refuse", "fail", "need", "continue", "start", "begin", "prepare", "offer", "ask", "urge", "hesitate",
        "attempt", "choose", "wish", "struggle", "manage", "move", "vote", "opt", "decline", "demand", "appear", "seem",
    ]

    /// Verbs of change that take no object, so have no passive: "fell by a third".
    static let changeVerbs: WordSet = [
        "rise", "fall", "grow", "drop", "climb", "jump", "decline", "shrink", "slide", "slip", "soar", "surge",
        "plunge", "tumble", "dip", "sink", "plummet", "rebound", "increase", "decrease",
    ]

    /// Words a number measures on, not counts: "magnitude 6.4", "Category 4", "level 3".
    static let scaleWords: WordSet = ["magnitude", "category", "level", "grade", "stage", "phase"]

    /// One person by what they are or do: "a firefighter", "the driver".
    static let personNouns: WordSet = [
        "man", "woman", "boy", "girl", "child", "person", "firefighter", "officer", "soldier", "driver", "pilot",
        "passenger", "worker", "resident", "victim", "nurse", "doctor", "teacher", "student", "farmer", "witness",
        "suspect", "gunman", "attacker", "spokesman", "spokeswoman", "spokesperson", "official", "employee",
        "guard", "miner", "fisherman", "journalist", "reporter", "photographer", "patient", "survivor", "climber",
        "hiker", "cyclist", "pedestrian", "motorist", "shopkeeper", "owner", "lawyer", "judge", "teenager",
        "businessman", "businesswoman", "entrepreneur", "investor", "billionaire", "tycoon", "daughter", "son",
        "wife", "husband", "mother", "father", "brother", "sister",
    ]

    /// People named by whom they belong to: "her client", "his lawyers", "their families".
    static let relations: WordSet = [
        "client", "clients", "family", "families", "friend", "friends", "colleague", "colleagues", "aide", "aides",
        "successor", "predecessor", "rival", "rivals", "opponent", "opponents", "partner", "partners", "lawyers",
        "attorney", "attorneys", "supporters", "allies", "children", "parents", "sons", "daughters", "relatives",
        "lawyer", "wife", "husband", "mother", "father", "brother", "sister", "son", "daughter",
    ]

    /// People who speak or act for the organisation a preposition leads to: "analysts at the
    /// Center", "a team from the University", "a spokesperson for the ministry".
    static let peopleNouns: WordSet = [
        "analysts", "economists", "officials", "researchers", "experts", "scientists", "spokesman", "spokeswoman",
        "spokesperson", "engineers", "investigators", "lawyers", "doctors", "executives", "staff", "diplomats",
        "sources", "strategists", "observers", "monitors", "inspectors", "auditors", "representatives",
        "analyst", "economist", "official", "researcher", "expert", "scientist", "engineer", "investigator",
        "lawyer", "attorney", "attorneys", "doctor", "executive", "diplomat", "source", "strategist",
        "representative", "team", "teams", "delegation", "negotiators", "negotiator",
    ]

    /// The word before the preposition that leads to an entity: "analysts at the Center" → "analysts".
    func wordBefore(lead start: Int, _ r: Range<Int>) -> WordKey {
        var k = start - 1
        while k >= r.lowerBound, tokens[k].flags.contains(.determiner) { k -= 1 }
        return key(k - 1, r)
    }

    /// The word before an entity, skipping "the": "in the Nangahar province" → "in".
    func placeLead(_ i: Int, _ r: Range<Int>) -> WordKey {
        var k = i - 1
        // "in southern Spain": a compass word written small is part of the place.
        // "founded by engineer Marcus Webb", "with former finance minister Anneli Kask": a role
        // written small before a person's name is part of the phrase, not what leads it.
        // "on the 10-year Treasury note": a count joined to its noun describes the name too.
        while k >= r.lowerBound {
            if tokens[k].flags.contains(.determiner) || tokens[k].kind == .number
                || !tokens[k].isCapitalized && (EntityRecognizer.compassWords.contains(tokens[k].key)
                    || NameLexicon.personTitles.contains(tokens[k].key) || NameLexicon.occupations.contains(tokens[k].key)
                    || tokens[k].key == "former") {
                k -= 1
            } else if tokens[k].kind == .word, !tokens[k].isCapitalized, k - 2 >= r.lowerBound, tokens[k - 1].key == "-",
                      !tokens[k].spaceBefore, !tokens[k - 1].spaceBefore, tokens[k - 2].kind == .number {
                k -= 3
            } else if k == i - 1 || k == i - 2 && key(i - 1, r) == "the", !tokens[k].isCapitalized, Coreference.descriptions[tokens[k].key] != nil || tokens[k].key.isOne(of: "weekly", "daily") {
                // "a reporter for the independent weekly The Copperbelt Voice": a description
                // before the name, and up to two words describing it, are in its phrase.
                k -= 1
                var describing = 0
                while describing < 2, k >= r.lowerBound, tokens[k].kind == .word, !tokens[k].isCapitalized,
                      !tokens[k].flags.contains(.determiner), !tokens[k].flags.contains(.preposition),
                      !tokens[k].flags.contains(.functionWord), !tokens[k].flags.contains(.verb) {
                    k -= 1
                    describing += 1
                }
            } else if tokens[k].key == "'s", k - 1 >= r.lowerBound, tokens[k - 1].isCapitalized, k == i - 1 {
                // "on Iceland's Reykjanes peninsula": a possessor before the name is in its phrase.
                k -= 2
                while k >= r.lowerBound, tokens[k].isCapitalized, tokens[k].kind == .word { k -= 1 }
            } else {
                break
            }
        }
        // "in the province of Aldea", "from the coastal towns of Marren": the word before the
        // place noun and up to two words describing it.
        if key(k, r) == "of", r.contains(k - 1), !tokens[k - 1].isCapitalized,
           NameLexicon.placeFollowers.contains(tokens[k - 1].key) || NameLexicon.placeOwners.contains(tokens[k - 1].key) {
            k -= 2
            var described = 0
            while k >= r.lowerBound, tokens[k].flags.contains(.determiner)
                    || described < 2 && tokens[k].kind == .word && !tokens[k].isCapitalized && !tokens[k].flags.contains(.preposition)
                        && !tokens[k].flags.contains(.verb) && !tokens[k].flags.contains(.functionWord) {
                if !tokens[k].flags.contains(.determiner) { described += 1 }
                k -= 1
            }
        }
        return key(k, r)
    }

    /// Appends the verbs of `r` to `verbs` (empty when called).
    func findVerbs(_ r: Range<Int>, covered: TokenMask, taken: [Bool], excluded: TokenMask, quantityTokens: TokenMask,
                   into verbs: inout [Verb], predicates: inout [String]) {
        var i = r.lowerBound
        while i < r.upperBound {
            defer { i += 1 }
            let t = tokens[i]
            guard let lemma = (t.flags.contains(.verb) ? verbLemma(t.key) : nil) ?? verbByPosition(i, r),
                  !t.isCapitalized, !covered.contains(i), !taken[i], !excluded.contains(i) else { continue }
            // "'s" is "is" or "has" only after a pronoun ("it's", "there's"); after a name or a
            // noun it is a possessive: "Nigeria, Africa's biggest economy, imports".
            if t.key == "'s", !isContraction(i, r) { continue }
            // Walk back over adverbs, negation and auxiliaries.
            var k = i - 1
            var negated = false
            var hasAuxiliary = false
            var hasBeAuxiliary = false  // "was killed": a passive
            var afterPossessive = false  // "Thursday's close": a noun
            while k >= r.lowerBound {
                let w = words[k]
                let wk = tokens[k].key
                // "'s" is "is" or "has" after a pronoun ("it's", "he's"), else a possessive.
                if wk == "'s", !isContraction(k, r) {
                    afterPossessive = true
                    break
                }
                if tokens[k].flags.contains(.auxiliary) {
                    hasAuxiliary = true
                    if beForms.contains(wk) { hasBeAuxiliary = true }
                    k -= 1
                    continue
                }
                if wk == "not" || wk == "n't" || wk == "never" { negated = true; k -= 1; continue }
                if w.endsWith("ly") && w.utf8.count > 4 && !covered.contains(k) && verbLemma(wk) == nil { k -= 1; continue }
                if chainAdverbs.contains(wk) && wk != "since" { k -= 1; continue }
                // "has since gained": "since" between an auxiliary and its verb.
                if wk == "since", k > r.lowerBound, tokens[k - 1].flags.contains(.auxiliary) { k -= 1; continue }
                if wk == "longer", key(k - 1, r) == "no" { negated = true; k -= 2; continue }
                // "had so far identified": an adverb phrase inside the chain.
                if wk == "far", key(k - 1, r) == "so" { k -= 2; continue }
                // "Net profit more than doubled": a hedge on the verb.
                if wk == "than", key(k - 1, r).isOne(of: "more", "less") { k -= 2; continue }
                break
            }
            let chainStart = k + 1
            let previous = lower(k, r)
            let previousKey = key(k, r)
            let lemmaKey = WordKey(lemma)
            let isBe = lemmaKey == "be"
            // "also known as", "known locally as": an alias phrase, not a clause; so is ", called
            // the Tessera Fold Pro," after a description.
            if tokens[i].key == "known", key(i + 1, r) == "as" || key(i + 2, r) == "as" { continue }
            // ", close to the record of $3.44": an adjective's phrase set off by a comma, no verb.
            if tokens[i].key == "close", previousKey == ",", !hasAuxiliary, key(i + 1, r) == "to" { continue }
            if RelationExtractor.namingWords.contains(tokens[i].key), previousKey == ",", !hasAuxiliary,
               case let named = key(i + 1, r) == "the" ? i + 2 : i + 1, r.contains(named), covered.contains(named) {
                var end = named
                while end < r.upperBound, covered.contains(end) { end += 1 }
                if key(end, r) == "," { continue }  // (not "A spokesman, Luis Ferreira, called the union's demands …")
            }
            // "fell 72% compared with last year": a participle that opens a comparison.
            if tokens[i].key == "compared", key(i + 1, r).isOne(of: "with", "to"), !hasAuxiliary { continue }
            // "once it is fully open", "the road was clear": a bare form after "be" is an adjective
            // (not a participle that is its bare form too: "was cut", "is run by").
            if hasBeAuxiliary, !isBe, WordKey(lemma) == tokens[i].key, irregular[tokens[i].key] == nil,
               !tokens[i].key.isOne(of: "run", "come", "become", "overcome", "beat") { continue }
            let isAuxiliaryUse = t.flags.contains(.auxiliary) && nextIsVerbPart(i, r)
            if isAuxiliaryUse || afterPossessive { continue }
            // "the quarter ended Dec. 28": a participle after a period of time (but "figures
            // published last week showed" is the clause's verb).
            if k >= r.lowerBound, words[i].endsWith("ed"), !hasAuxiliary, lemmaKey.isOne(of: "end", "close", "finish"),
               tokens[k].flags.contains(.timeUnit) || tokens[k].key.isOne(of: "quarter", "period", "half", "season") { continue }
            // "30-fold", "long-awaited": the end of a hyphenated word.
            if k >= r.lowerBound, tokens[k].key == "-", !t.spaceBefore, !tokens[k].spaceBefore { continue }
            // "finance ministers agreed", "trade officials said": a bare form before a plural noun
            // and the clause's finite verb names what the noun is about.
            if !hasAuxiliary, lemmaKey == tokens[i].key, k >= r.lowerBound, !isPronoun(previousKey), r.contains(i + 2), tokens[i + 1].kind == .word,
               !tokens[i + 1].isCapitalized, words[i + 1].endsWith("s"), tokens[i + 2].flags.contains(.verb),
               isPastForm(i + 2) { continue }
            // "the 10-year Treasury note rose", "The EU ban took effect": a bare form after a name
            // and before a verb in the past is the noun the name modifies.
            if !hasAuxiliary, lemmaKey == tokens[i].key, k >= r.lowerBound, tokens[k].isCapitalized, tokens[k].kind == .word,
               r.contains(i + 1), !tokens[i + 1].isCapitalized, tokens[i + 1].flags.contains(.verb), isPastForm(i + 1),
               verbLemma(tokens[i + 1].key) != nil { continue }
            // "Nexar shares, which have lost half their value,": a company's shares, not its sharing.
            if !hasAuxiliary, tokens[i].key.isOne(of: "shares", "stock"), k >= r.lowerBound, tokens[k].isCapitalized, !startsNounPhrase(i + 1, r) { continue }
            // "Kestrel Motors shares rose": a plural noun followed by a past-tense verb.
            if !hasAuxiliary, words[i].endsWith("s"), r.contains(i + 1), let nextLemma = verbLemma(tokens[i + 1].key),
               WordKey(nextLemma) != tokens[i + 1].key, !words[i + 1].endsWith("s"), !words[i + 1].endsWith("ing") { continue }
            // "In 2021, fires on Evia destroyed": a present form right after an opening phrase has no
            // subject, so it is a plural noun.
            if !hasAuxiliary, verbs.isEmpty, previousKey == ",", words[i].endsWith("s"), !words[i].endsWith("ss"),
               let opening = (r.lowerBound..<k).first(where: { tokens[$0].kind != .punctuation }),
               tokens[opening].flags.contains(.preposition) { continue }
            if !hasAuxiliary {
                // Nouns that look like verbs: "100 attacks", "a report", "the attack", "of training",
                // "analysts' estimates", "the company's plans".
                let previousFlags = k >= r.lowerBound ? tokens[k].flags : []
                // "a wildfire that broke out": "that" after a noun and before a verb in the past opens a clause.
                let relativeThat = previousKey == "that" && isPastForm(i) && k - 1 >= r.lowerBound && tokens[k - 1].kind == .word
                    && !tokens[k - 1].flags.contains(.verb) && !tokens[k - 1].flags.contains(.functionWord)
                if previousFlags.contains(.determiner) && !relativeThat || previousFlags.contains(.preposition) && previousKey != "to" { continue }
                // "a first cut", "the latest attack": a determiner and an adjective before a noun.
                if k - 1 >= r.lowerBound, tokens[k - 1].flags.contains(.determiner),
                   Lexicon.ordinalWords[previousKey] != nil || RelationExtractor.nounAdjectives.contains(previousKey) { continue }
                if previousKey.isOne(of: "'", "'s", "\u{2019}") { continue }
                // "a suspected broken collarbone": two participles after a determiner describe the noun after them.
                if k - 1 >= r.lowerBound, tokens[k - 1].flags.contains(.determiner), tokens[k].kind == .word, !t.flags.contains(.auxiliary),
                   r.contains(i + 1), tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized, !tokens[i + 1].flags.contains(.functionWord),
                   !tokens[i + 1].flags.contains(.preposition), !tokens[i + 1].flags.contains(.determiner),
                   words[k].endsWith("ed"), isPastForm(i) { continue }
                // "the oldest known example", "the most wanted man": a participle after a superlative.
                if RelationExtractor.superlatives.contains(previousKey), isPastForm(i) { continue }
                // "a tailings spill", "an oil leak": a bare form after "a" and a word is the phrase's noun.
                if key(k - 1, r).isOne(of: "a", "an"), tokens[k].kind == .word, !covered.contains(k), lemmaKey == tokens[i].key,
                   !isPastForm(i) { continue }
                // "in public funds", "for new jobs": the head of a phrase after a preposition and a
                // word ("after police arrested" is a clause: "after" opens one).
                if !isPastForm(i), k - 1 >= r.lowerBound, tokens[k].kind == .word, !tokens[k].isCapitalized, !covered.contains(k),
                   tokens[k - 1].flags.contains(.preposition), tokens[k - 1].key != "to",
                   !RelationExtractor.subordinators.contains(tokens[k - 1].key), !isPronoun(previousKey) { continue }
                // "100 attacks", "23 people killed in": a noun or participle after a count; but "two
                // officials said,", "250,000 homes lost power": a verb in the past with no phrase after it.
                // "At least 13 people died in the region": a past form followed by a phrase is still the
                // verb when no finite verb comes after it.
                // "An earthquake of magnitude 6.4 struck": a number on a scale counts nothing after it,
                // nor one in a name ("Flight 370 disappeared").
                // "with two games left", "with ten minutes remaining": a count's participle after "with".
                if k >= r.lowerBound, quantityTokens.contains(k), isPastForm(i) || words[i].endsWith("ing") {
                    var q = k
                    while q > r.lowerBound, quantityTokens.contains(q - 1) { q -= 1 }
                    if key(q - 1, r) == "with" { continue }
                }
                // "Officers found 41 phones hidden in cells": a participle after the count another
                // verb took as its object describes what was counted.
                if k >= r.lowerBound, quantityTokens.contains(k), isPastForm(i), r.contains(i + 1), tokens[i + 1].flags.contains(.preposition),
                   let last = verbs.last, last.end <= k,
                   !(last.end..<k).contains(where: { tokens[$0].kind == .punctuation || tokens[$0].flags.contains(.clauseBreaker) || tokens[$0].key.isOne(of: "and", "but", "that") }) { continue }
                let onScale = k - 1 >= r.lowerBound && tokens[k].kind == .number && RelationExtractor.scaleWords.contains(tokens[k - 1].key) && isPastForm(i)
                if k >= r.lowerBound, !onScale, !covered.contains(k), tokens[k].kind == .number || quantityTokens.contains(k),
                   !isPastForm(i) || tokens[k].kind == .number || !r.contains(i + 1)
                    || tokens[i + 1].flags.contains(.preposition) && (i + 1..<r.upperBound).contains(where: { tokens[$0].flags.contains(.auxiliary) }) { continue }
                // "five approved photo documents", "elderly and disabled voters": a participle between
                // a count or a word joined to it and the plural noun it describes.
                // So is "two stolen cars".
                if k >= r.lowerBound,
                   quantityTokens.contains(k) && Lexicon.smallNumbers[previousKey] != nil
                    || k - 1 >= r.lowerBound && previousKey.isOne(of: "and", "or") && tokens[k - 1].kind == .word && !tokens[k - 1].flags.contains(.verb) && !covered.contains(k - 1)
                        // "toppled trees and blocked roads", "employs 3,000 people and supplied batteries": two verbs
                        && !words[k - 1].endsWith("s") && !quantityTokens.contains(k - 1),
                   isPastForm(i), describesPluralNoun(after: i, r) { continue }
                // "The company, based in Austin, …": a participle opening an aside (the sentence's first
                // comma; after a later one, "The port, known as …, opened in 1911", it is the verb).
                if previousKey == ",", words[i].endsWith("ed"), r.contains(i + 1), tokens[i + 1].flags.contains(.preposition),
                   !(r.lowerBound..<k).contains(where: { tokens[$0].key == "," }) { continue }
                // ", killing at least three people", "damaging dozens of buildings and killing": a
                // participle opening a clause after a comma is a verb of its own.
                let opensParticipleClause = previousKey == "," || previousKey == "and" && verbs.last?.participle == true
                if words[i].endsWith("ing"), !opensParticipleClause || RelationExtractor.notClauseParticiples.contains(tokens[i].key) { continue }
                if previousKey == "to" {
                    // An infinitive joins the verb before it ("tried to consolidate").
                    if let last = verbs.last, last.end == k {
                        verbs[verbs.count - 1].infinitiveAt = predicates[predicates.count - 1].utf8.count
                        predicates[predicates.count - 1] += " to " + lemma
                        verbs[verbs.count - 1].end = i + 1
                    }
                    continue
                }
                if adjectivalParticiples.contains(tokens[i].key) && k >= r.lowerBound && !covered.contains(k) && tokens[k].kind == .word && !isPronoun(words[k]) { continue }
                // "a man killed by police": a participle after its noun; but "rose by 3%" is the verb.
                // Nor "grants fell by a third": a verb of change has no passive.
                if isPastForm(i) && key(i + 1, r) == "by" && !covered.contains(k)
                    && !isPronoun(previousKey) && !quantityTokens.contains(i + 2) && !RelationExtractor.changeVerbs.contains(lemmaKey) { continue }
                // "- cuts of £18 million to library services": a list item's first word before "of" is a noun.
                if key(i + 1, r) == "of", !isPastForm(i), (r.lowerBound..<i).allSatisfy({ tokens[$0].kind == .punctuation }) { continue }
                if k >= r.lowerBound, tokens[k].kind == .word, !covered.contains(k), !isPronoun(previousKey), !tokens[k].isCapitalized,
                   !isPastForm(i), !words[i].endsWith("ing"),
                   // "the company plans", "Central bank holds" (not "freeing up state funds"): a
                   // description acts, but not after a particle or preposition.
                   Coreference.descriptions[previousKey] == nil
                    || k - 1 >= r.lowerBound && (tokens[k - 1].flags.contains(.preposition) || tokens[k - 1].key.isOne(of: "up", "out", "off", "down")),
                   !(previous.endsWith("s") && !words[i].endsWith("s")), !startsNounPhrase(i + 1, r),
                   !opensTwoObjects(i, after: previousKey, r),
                   !(words[i].endsWith("s") && startsName(i + 1, r, covered: covered)),
                   // "The dispute dates back to 1921": a verb with its particle.
                   !(RelationExtractor.phrasalParticles[lemma]?.contains(lower(i + 1, r)) ?? false),
                   // (only a verb that takes one: "tax breaks and grants to win the project" are nouns)
                   !(previousKey.isOne(of: "and", "or") && RelationExtractor.infinitiveVerbs.contains(lemmaKey) && opensInfinitive(i + 1, r)),
                   !isSecondVerbInS(i, after: previousKey, verbs, r), !isSoleVerbAfterSubject(i, r) {
                    continue  // "terror attack in", "security forces": a noun compound, not a verb
                }
            }
            // "estimates damage at": right after another verb, a bare form is that verb's object.
            if !hasAuxiliary, let last = verbs.last, last.end == i, !words[i].endsWith("ed"), !words[i].endsWith("ing") { continue }
            // "ignored repeated warnings", "cited increased costs": a participle before the object's noun.
            if !hasAuxiliary, let last = verbs.last, last.end == i, words[i].endsWith("ed"), r.contains(i + 1), tokens[i + 1].kind == .word,
               !tokens[i + 1].isCapitalized, !tokens[i + 1].flags.contains(.preposition), !tokens[i + 1].flags.contains(.determiner),
               !tokens[i + 1].flags.contains(.functionWord), !tokens[i + 1].flags.contains(.verb) || words[i + 1].endsWith("s") { continue }
            let passive = !isBe && hasBeAuxiliary
                && (words[i].endsWith("ed") || words[i].endsWith("en") || irregular[tokens[i].key] != nil)
            var end = i + 1
            // "was not", "has never": negation after the finite verb.
            if t.flags.contains(.auxiliary), key(i + 1, r).isOne(of: "not", "n't", "never") {
                negated = true
                end = i + 2
            }
            var predicate = lemma
            if let particles = RelationExtractor.phrasalParticles[lemma], particles.contains(lower(end, r)) {
                predicate = lemma + " " + words[end]
                end += 1
            }
            if isBe, let last = verbs.last, last.end == chainStart { continue }
            // "she added." or "added that …" reports; "it would add 30 routes" does not.
            let addsThings = lemmaKey == "add" && r.contains(end) && tokens[end].kind != .punctuation && tokens[end].key != "that"
            // "costs had more than doubled": a verb read before ("had", with "more" its object) that
            // this verb's chain takes in was its auxiliary.
            while let last = verbs.last, last.index >= chainStart {
                verbs.removeLast()
                predicates.removeLast()
            }
            predicates.append(predicate)
            verbs.append(Verb(chainStart: chainStart, index: i, end: end,
                              passive: passive, negated: negated,
                              reports: reportingVerbs.contains(lemmaKey) && !addsThings,
                              speaks: speechVerbs.contains(lemmaKey) && !addsThings,
                              creates: creationVerbs.contains(lemmaKey), isCopula: isBe,
                              participle: !hasAuxiliary && words[i].endsWith("ing")))
            i = end - 1
        }
    }

    /// Whether lowercase words from `i + 1` end in a plural noun before any phrase or clause
    /// word: "approved photo documents", "disabled voters".
    func describesPluralNoun(after i: Int, _ r: Range<Int>) -> Bool {
        var k = i + 1
        while k < min(r.upperBound, i + 4), tokens[k].kind == .word, !tokens[k].isCapitalized, !tokens[k].flags.contains(.preposition),
              !tokens[k].flags.contains(.determiner), !tokens[k].flags.contains(.functionWord), !tokens[k].flags.contains(.timeStart) {
            if words[k].endsWith("s") && !words[k].endsWith("ss") && words[k].utf8.count > 3 { return true }
            k += 1
        }
        return false
    }

    /// Whether the amount at `t` is an age set off after a name: "Tomas Novak, 39, received".
    func isApposedAge(_ t: Range<Int>, _ r: Range<Int>) -> Bool {
        // "A 57-year-old man died": an age joined to its noun describes who, it counts nothing.
        if let last = t.last, tokens[last].key == "old" && key(last - 1, r) == "-"
            || tokens[last].flags.contains(.hasHyphen) && words[last].endsWith("-old") { return true }
        return t.count == 1 && key(t.lowerBound - 1, r) == "," && key(t.upperBound, r) == "," && tokens[t.lowerBound].kind == .number
            && r.contains(t.lowerBound - 2) && tokens[t.lowerBound - 2].isCapitalized
    }

    /// Whether the form in "-s" at `i`, after "and", is a second verb of the subject of one in
    /// "-s" before it, with its phrase after it: "weighs 1.3 kg and runs for up to 14 hours".
    func isSecondVerbInS(_ i: Int, after previousKey: WordKey, _ verbs: [Verb], _ r: Range<Int>) -> Bool {
        previousKey.isOne(of: "and", "or") && words[i].endsWith("s") && !words[i].endsWith("ss")
            && verbs.last.map { words[$0.index].endsWith("s") } == true
            && r.contains(i + 1) && (tokens[i + 1].flags.contains(.preposition) || tokens[i + 1].flags.contains(.determiner) || tokens[i + 1].kind == .number)
    }

    /// Whether "to" and a verb's bare form start at `i`: "sent doses and plans to immunize".
    func opensInfinitive(_ i: Int, _ r: Range<Int>) -> Bool {
        guard key(i, r) == "to", r.contains(i + 1) else { return false }
        // "and plans to have 60 in orbit": the auxiliaries' bare forms are infinitives too.
        if tokens[i + 1].key.isOne(of: "have", "be", "do") { return true }
        guard let lemma = verbLemma(tokens[i + 1].key) else { return false }
        return WordKey(lemma) == tokens[i + 1].key
    }

    /// The comma that ends a participle's phrase opening the sentence before `verb`: "Founded in
    /// 2021 by …,", "Based in Denver,", "Backed by state funds,".
    func participleOpenerEnd(_ r: Range<Int>, before verb: Int) -> Int? {
        var k = r.lowerBound
        while k < verb, tokens[k].kind == .punctuation { k += 1 }
        guard k + 1 < verb, tokens[k].isCapitalized, tokens[k].kind == .word, words[k].endsWith("ed") || irregular[tokens[k].key] != nil,
              verbLemma(tokens[k].key) != nil, tokens[k + 1].flags.contains(.preposition) else { return nil }
        return (k + 2..<verb).first { tokens[$0].key == "," }
    }

    /// The fact of a participle opening the sentence ("Founded in 2021 by Rachel Osei and Ben
    /// Kowalski,", "Born in Lagos in 1972,") about `subject`, the clause's: the names after its
    /// "by" act, its time and place are the fact's. Nil when the phrase holds none of them.
    func openerFact(of subject: Int, _ r: Range<Int>, before comma: Int, entities: [EntityOccurrence],
                    times: ArraySlice<SentenceTime>, sentence: Int) -> ExtractedFact? {
        var k = r.lowerBound
        while k < comma, tokens[k].kind == .punctuation { k += 1 }
        guard let lemma = verbLemma(tokens[k].key) else { return nil }
        var agents: [Int] = []
        var place: Int? = nil
        // "by former utility engineers Rachel Osei and Ben Kowalski": every name after the "by".
        let by = (k + 1..<comma).first { tokens[$0].key == "by" } ?? comma
        for e in entities where e.tokens.lowerBound > k && e.tokens.upperBound <= comma && e.local != subject {
            if e.tokens.lowerBound > by, e.type == .person || e.type == .organization {
                agents.append(e.local)
            } else if e.type == .place, place == nil, RelationExtractor.placePrepositions.contains(placeLead(e.tokens.lowerBound, r)) {
                place = e.local
            }
        }
        let time = times.firstIndex(tokens: { $0.lowerBound > k && $0.upperBound <= comma }).map { times[$0].boxed }
        guard !agents.isEmpty || place != nil || time != nil else { return nil }
        return ExtractedFact(subject: subject, predicate: tokens[k].key == "born" ? "be born" : lemma, object: nil, agents: agents,
                             boxedQuantity: nil, boxedTime: time, place: place, attributionName: nil, attributionEntity: nil,
                             negated: false, sentence: sentence)
    }

    /// A past participle with no auxiliary right after a comma or a noun: a phrase about the
    /// name before ("Orbis Corp, a company founded in 2016,"; "The 22-year-old, ranked 14th,"),
    /// not a clause of its own.
    func isReducedRelative(_ verbs: [Verb], _ n: Int, _ r: Range<Int>) -> Bool {
        let index = verbs[n].index
        guard verbs[n].chainStart == index, index > r.lowerBound, isPastForm(index) else { return false }
        let before = tokens[index - 1]
        if before.key == "," { return true }
        guard before.kind == .word, !before.isCapitalized, !before.flags.contains(.functionWord) else { return false }
        // After a noun only inside an apposition ("A quake struck" is the clause's verb).
        var k = index - 2
        while k > r.lowerBound, index - k <= 8, tokens[k].key != ",", tokens[k].kind == .word { k -= 1 }
        return key(k, r) == "," && key(k + 1, r).isOne(of: "a", "an", "the")
    }

    /// Whether token `i` is a past form: "-ed" or an irregular one ("rose", "said", "known").
    func isPastForm(_ i: Int) -> Bool {
        words[i].endsWith("ed") || irregular[tokens[i].key] != nil
    }

    /// Whether the form in -s at `i` is a verb with two objects, a bare plural and then a noun
    /// phrase: "The deal gives workers a raise" (not "watches and rings worth …").
    func opensTwoObjects(_ i: Int, after previousKey: WordKey, _ r: Range<Int>) -> Bool {
        guard words[i].endsWith("s"), !previousKey.isOne(of: "and", "or"), r.contains(i + 2), tokens[i + 1].kind == .word,
              !tokens[i + 1].isCapitalized, words[i + 1].endsWith("s") else { return false }
        let flags = tokens[i + 1].flags
        return !flags.contains(.verb) && !flags.contains(.functionWord) && !flags.contains(.preposition) && key(i + 2, r).isOne(of: "a", "an", "the")
    }

    /// The words a possessive owns right before a verb, lowercase: "Kestrel's chief executive is"
    /// → "chief executive"; nil when no "'s" leads them.
    func possessedWords(before chainStart: Int, from: Int, _ r: Range<Int>) -> String? {
        var k = chainStart - 1
        while k > max(from, r.lowerBound), chainStart - k <= 3, tokens[k].kind == .word, !tokens[k].isCapitalized,
              !tokens[k].flags.contains(.determiner), !tokens[k].flags.contains(.preposition), tokens[k].key != "'s" { k -= 1 }
        guard k + 1 < chainStart, tokens[k].key == "'s" else { return nil }
        return text(k + 1, chainStart)
    }

    /// Whether an object can start at `i`: a noun phrase, "at least" an amount, a bare noun or a name.
    func opensObject(_ i: Int, _ r: Range<Int>) -> Bool {
        guard r.contains(i) else { return false }
        if startsNounPhrase(i, r) || tokens[i].key == "at" && key(i + 1, r) == "least" { return true }
        let flags = tokens[i].flags
        return tokens[i].kind == .word && !flags.contains(.preposition) && !flags.contains(.functionWord) && !flags.contains(.verb)
            && !flags.contains(.clauseBreaker)
    }

    /// Whether a noun phrase starts at `i` ("the", "a", a number, "about 3,200"): what a verb's object looks like.
    func startsNounPhrase(_ i: Int, _ r: Range<Int>) -> Bool {
        guard r.contains(i) else { return false }
        let w = tokens[i].key
        if w == "that" || w == "this" { return false }  // "a warehouse fire that caused": a relative clause
        // "lasts up to 30 hours": a hedge of two words before an amount.
        if w == "up", key(i + 1, r) == "to" { return startsAmount(i + 2, r) }
        if Lexicon.hedgePhrases[w] != nil {
            // "nearly 40", "about $3 million"; but "a pay rise over two years": a preposition
            // hedges only an amount after it, and not a length of time.
            return !tokens[i].flags.contains(.preposition) || startsAmount(i + 1, r) && !(r.contains(i + 2) && tokens[i + 2].flags.contains(.timeUnit))
        }
        return tokens[i].flags.contains(.determiner) || tokens[i].kind == .number
            || Lexicon.currencySymbols[w] != nil || w.isOne(of: "them", "it", "him", "her", "us")
    }

    /// Whether a name starts at `i` (a capitalized word in no lexicon class): "The fund includes
    /// Harbor Capital", where "security forces killed" has no name after the noun.
    func startsName(_ i: Int, _ r: Range<Int>, covered: TokenMask) -> Bool {
        r.contains(i) && covered.contains(i) && tokens[i].isCapitalized
    }

    /// "fell from 94% in 2019 to 88%": the amount a change reached, not the one it started from —
    /// the next amount of the object after "to", when the first follows "from"; else `first`.
    func amountReached(from first: Int, _ quantities: ArraySlice<SentenceQuantity>, before end: Int, _ r: Range<Int>) -> Int {
        guard key(quantities[first].tokens.lowerBound - 1, r) == "from" else { return first }
        for q in quantities.indices where q > first && quantities[q].tokens.lowerBound < end {
            if key(quantities[q].tokens.lowerBound - 1, r) == "to" { return q }
        }
        return first
    }

    /// Whether an amount starts at `i`: a number, a number word or a currency symbol.
    func startsAmount(_ i: Int, _ r: Range<Int>) -> Bool {
        guard r.contains(i) else { return false }
        return tokens[i].kind == .number || tokens[i].flags.contains(.numberWord) || Lexicon.currencySymbols[tokens[i].key] != nil
    }

    /// Whether token `k` is a dash that sets a phrase apart: an en or em dash, or a hyphen with
    /// space on both sides (not the one of "28-year").
    func isBreakingDash(_ k: Int) -> Bool {
        let w = tokens[k].key
        if w == "\u{2013}" || w == "\u{2014}" { return true }
        return w == "-" && tokens[k].spaceBefore && (k + 1 >= tokens.count || tokens[k + 1].spaceBefore)
    }

    /// The description noun that an object names its subject by: "the regional branch (of …)",
    /// "a Lisbon-based carmaker"; nil unless it comes within a few lowercase words of the article.
    func definedNoun(after start: Int, _ end: Int, _ r: Range<Int>) -> WordKey? {
        guard key(start, r).isOne(of: "the", "a", "an") else { return nil }
        var k = start + 1
        while k < min(end, start + 5), r.contains(k), tokens[k].kind == .word {
            if Coreference.descriptionNouns.contains(tokens[k].key) { return tokens[k].key }
            k += 1
        }
        return nil
    }

    /// Where the sentence's opening phrase ends when it names one person without a name: "One
    /// firefighter", "A police officer", "The driver" (an article or "one" and up to three
    /// lowercase words, the last a person noun).
    func unnamedPersonOpening(_ r: Range<Int>) -> Int? {
        var k = r.lowerBound
        while k < r.upperBound, tokens[k].kind == .punctuation { k += 1 }
        guard key(k, r).isOne(of: "a", "an", "the", "one", "another") else { return nil }
        var n = k + 1
        while n < min(r.upperBound, k + 4), tokens[n].kind == .word, !tokens[n].isCapitalized, !tokens[n].flags.contains(.preposition),
              !tokens[n].flags.contains(.auxiliary) {
            if RelationExtractor.personNouns.contains(tokens[n].key) { return n + 1 }
            n += 1
        }
        return nil
    }

    /// Whether the sentence opens with a thing that has no name as the verb's subject: "The quake
    /// hit", "A second vessel sank" (an article and one to three lowercase words).
    func opensWithUnnamedSubject(before verb: Int, _ r: Range<Int>, covered: TokenMask) -> Bool {
        // "The statue, which stands 1.2 metres tall, was bought": the phrase before the relative clause.
        var verb = key(verb - 1, r).isOne(of: "which", "that") && key(verb - 2, r) == "," ? verb - 2 : verb
        var k = r.lowerBound
        while k < verb, tokens[k].kind == .punctuation { k += 1 }
        // "The objects, including a brass cockerel and two plaques, were looted": the phrase before an aside.
        if verb - 1 > k + 1, key(verb - 1, r) == ",", let comma = (k + 1..<verb - 1).first(where: { tokens[$0].key == "," }),
           !(comma..<verb).contains(where: { covered.contains($0) }) { verb = comma }
        // "The quake hit", "Three journalists were detained", "12 protesters were hurt".
        let counted = k < verb && (tokens[k].kind == .number || Lexicon.smallNumbers[tokens[k].key] != nil)
        guard key(k, r).isOne(of: "the", "a", "an") || counted, (2...5).contains(verb - k) else { return false }
        // (A plural owner's apostrophe may stand among them: "The seafarers' union said".)
        return (k + 1..<verb).allSatisfy {
            tokens[$0].kind == .word && !tokens[$0].isCapitalized && !covered.contains($0)
                || tokens[$0].key.isOne(of: "'", "\u{2019}") && words[$0 - 1].endsWith("s")
        }
    }

    /// Whether `[from, to)` is "and" and a short description of the name at `to`: "Orbis Energy
    /// and Danish pension fund PensionDanmark will build", "Velto and its rival Arden".
    func describedAfterAnd(_ from: Int, _ to: Int) -> Bool {
        guard tokens[from].key == "and", (2...5).contains(to - from) else { return false }
        return (from + 1..<to).allSatisfy { k in
            tokens[k].kind == .word && !tokens[k].flags.contains(.preposition)
                && (!tokens[k].flags.contains(.functionWord) || k == from + 1 && tokens[k].flags.contains(.determiner))
                && (!tokens[k].flags.contains(.verb) || k == to - 1)
        }
    }

    /// Whether the name at `start` is the object of a participle after a noun: "Astronomers using
    /// the James Webb Space Telescope have detected" (the astronomers detected).
    func participleObject(_ start: Int, _ r: Range<Int>) -> Bool {
        let p = key(start - 1, r) == "the" ? start - 2 : start - 1
        guard p - 1 >= r.lowerBound, tokens[p].kind == .word, tokens[p].flags.contains(.verb), words[p].endsWith("ing"),
              tokens[p - 1].kind == .word, !tokens[p - 1].isCapitalized || p - 1 == r.lowerBound, !tokens[p - 1].flags.contains(.functionWord),
              !tokens[p - 1].flags.contains(.auxiliary), !tokens[p - 1].flags.contains(.preposition) else { return false }
        return words[p - 1].endsWith("s") && VerbLexicon.lemma(tokens[p - 1].key) == nil
    }

    /// The index of "whose" when up to three lowercase words after it end right before `verb`.
    func ownedByWhose(before verb: Int, _ r: Range<Int>) -> Int? {
        var k = verb - 1
        while k >= r.lowerBound, verb - k <= 4, tokens[k].kind == .word {
            if tokens[k].key == "whose" { return k < verb - 1 ? k : nil }
            if tokens[k].isCapitalized { return nil }
            k -= 1
        }
        return nil
    }

    /// The person or organization an appositive names right before the verb, when the clause
    /// opens with a description: "The ruling coalition's candidate, former prime minister Amadou
    /// Ba, came second", "The company's chief executive, Jane Marlow, said" (titles in lowercase,
    /// or known titles, may come before the name).
    func appositiveName(before verb: Int, from: Int, _ r: Range<Int>, entities: [EntityOccurrence]) -> Int? {
        guard key(verb - 1, r) == ",",
              let named = entities.last(where: { $0.tokens.upperBound == verb - 1 }),
              named.type == .person || named.type == .organization, !named.isDateline else { return nil }
        let first = max(from, r.lowerBound)
        var k = named.tokens.lowerBound - 1
        // Role words only: "claimed by Islamic State" (a participle and a preposition) is no role.
        while k > first, named.tokens.lowerBound - k <= 4, tokens[k].kind == .word,
              NameLexicon.personTitles.contains(tokens[k].key)
                || !tokens[k].isCapitalized && !tokens[k].flags.contains(.preposition) && !words[k].endsWith("ed") { k -= 1 }
        guard k > first, tokens[k].key == "," else { return nil }
        // The description: an article or a possessor's "'s" within its first words, no comma in it
        // (a verb in it would have begun the clause after it).
        var s = first
        while s < k, tokens[s].kind == .punctuation { s += 1 }
        guard tokens[s].key.isOne(of: "the", "a", "an") || (s..<min(k, s + 5)).contains(where: { tokens[$0].key == "'s" }),
              !(s..<k).contains(where: { tokens[$0].key == "," || tokens[$0].flags.contains(.clauseBreaker) }) else { return nil }
        // "the stoppage after talks with the port operator, Castrell Terminals, broke down": a name
        // set off in a prepositional phrase is not what the clause is about.
        if isInPhrase(nounBefore: k, r) { return nil }
        return named.local
    }

    /// The description noun that ends an unnamed subject owned by a name right before a verb:
    /// "Ghana's central bank", "the country's biggest lender" (a possessive, then up to two
    /// lowercase words). Only owned: "the group" with nothing named before it may yet be named.
    func unnamedDescription(before verb: Int, from: Int, _ r: Range<Int>, covered: TokenMask) -> WordKey? {
        let head = verb - 1
        let first = max(from, r.lowerBound)
        guard head > first, !covered.contains(head), tokens[head].kind == .word, !tokens[head].isCapitalized,
              Coreference.descriptionNouns.contains(tokens[head].key) else { return nil }
        var k = head - 1
        while k > first, head - k <= 2, tokens[k].kind == .word, !tokens[k].isCapitalized, !covered.contains(k),
              !tokens[k].key.isOne(of: "the", "'s") { k -= 1 }
        return tokens[k].key == "'s" ? tokens[head].key : nil
    }

    /// Whether the verb whose chain starts at `chainStart` opens a relative clause set off by a
    /// comma: ", who signed", ", which was founded".
    func opensRelativeClause(_ chainStart: Int, _ r: Range<Int>) -> Bool {
        key(chainStart - 1, r).isOne(of: "who", "which") && key(chainStart - 2, r) == ","
    }

    /// Whether the verb at `chainStart` opens a relative "that" clause in an apposition after a
    /// name: "Helix Bio, the biotech firm that made one of the first vaccines, said" (what the
    /// firm made is background, not what it said).
    func isRelativeInApposition(_ chainStart: Int, _ r: Range<Int>) -> Bool {
        guard key(chainStart - 1, r) == "that" else { return false }
        var k = chainStart - 2
        while k > r.lowerBound, chainStart - k <= 8, tokens[k].kind == .word, !tokens[k].isCapitalized, !tokens[k].flags.contains(.verb) || tokens[k].flags.contains(.determiner) {
            if tokens[k].key.isOne(of: "the", "a", "an") { return key(k - 1, r) == "," && r.contains(k - 2) && tokens[k - 2].isCapitalized }
            k -= 1
        }
        return false
    }

    /// Whether a name stands alone in parentheses: "(Reuters)" in a dateline, or an acronym after
    /// the name it shortens. Not what a later "it" or "the agency" means: the acronym's entity was
    /// seen under its full name already.
    /// Notes an occurrence for coreference, with the noun an apposition calls it by: "the
    /// national farmers' union, UNAGRO" and "UNAGRO, the farmers' union," make a later "the
    /// union" UNAGRO.
    @inline(__always) func see(_ e: EntityOccurrence, _ r: Range<Int>, coreference: inout Coreference) {
        coreference.saw(e.local, type: e.type, head: entityHeads[e.local], lead: entityLeads[e.local])
        if key(e.tokens.lowerBound - 1, r) == "," || key(e.tokens.upperBound, r) == ",", let noun = appositiveNoun(e, r) {
            coreference.define(noun, as: e.local)
        } else if key(e.tokens.lowerBound - 1, r) == "of", r.contains(e.tokens.lowerBound - 2), !tokens[e.tokens.lowerBound - 2].isCapitalized,
                  Coreference.descriptions[tokens[e.tokens.lowerBound - 2].key] == e.type {
            coreference.define(tokens[e.tokens.lowerBound - 2].key, as: e.local)  // "the state of Averland": "the state"
        }
    }

    /// The description noun of an apposition next to `e`, of `e`'s type: before it ("the
    /// national farmers' union, UNAGRO") or after it ("UNAGRO, the farmers' union,").
    func appositiveNoun(_ e: EntityOccurrence, _ r: Range<Int>) -> WordKey? {
        func describes(_ k: Int) -> Bool {
            r.contains(k) && !tokens[k].isCapitalized && Coreference.descriptions[tokens[k].key] == e.type
        }
        let before = e.tokens.lowerBound - 1
        if key(before, r) == ",", describes(before - 1),
           (before - 5..<before - 1).contains(where: { r.contains($0) && tokens[$0].flags.contains(.determiner) }) {
            return tokens[before - 1].key
        }
        return appositionNoun(after: e.tokens.upperBound, r).flatMap { Coreference.descriptions[$0] == e.type ? $0 : nil }
    }

    /// The entity right before ", a|an|the …" that holds token `i`, with no comma between: the
    /// name an apposition describes. Not a name led by a preposition ("in Kabul, a city …").
    func nameBeforeApposition(containing i: Int, from start: Int, _ r: Range<Int>, entities: [EntityOccurrence]) -> Int? {
        var j = i - 1
        while j > start, i - j < 12, tokens[j].key != ",", tokens[j].key != ";" { j -= 1 }
        guard key(j, r) == "," else { return nil }
        // "The nearby town of Grindavik, home to about 3,700 people before the eruptions began,":
        // what a place is to its people.
        if key(j + 1, r).isOne(of: "home", "site", "scene", "birthplace"), key(j + 2, r).isOne(of: "to", "of"),
           let e = entities.last(where: { $0.tokens.upperBound == j }), e.type == .place { return e.local }
        guard key(j + 1, r).isOne(of: "a", "an", "the") else { return nil }
        return nameEnding(at: j, r, entities: entities)
    }

    /// The entity ending at token `end` that can be a clause's subject: no place, and not led
    /// by a preposition ("in Kabul, …").
    func nameEnding(at end: Int, _ r: Range<Int>, entities: [EntityOccurrence]) -> Int? {
        guard let e = entities.last(where: { $0.tokens.upperBound == end }), e.type != .place,
              !RelationExtractor.prepositions.contains(placeLead(e.tokens.lowerBound, r)) else { return nil }
        return e.local
    }

    func isAside(_ e: EntityOccurrence, _ r: Range<Int>) -> Bool {
        key(e.tokens.lowerBound - 1, r) == "(" && key(e.tokens.upperBound, r) == ")"
    }

    /// Whether the "'s" at `i` stands for "is" or "has" ("it's", "there's"), not a possessive.
    func isContraction(_ i: Int, _ r: Range<Int>) -> Bool {
        isPronoun(lower(i - 1, r)) || key(i - 1, r).isOne(of: "there", "here", "what", "where")
    }

    func isPronoun(_ w: String) -> Bool {
        w.isOne(of: "it he she they we i you who which that")
    }

    /// ``isPronoun(_:)`` by a token's key.
    func isPronoun(_ key: WordKey) -> Bool { RelationExtractor.pronouns.contains(key) }

    static let pronouns: WordSet = ["it", "he", "she", "they", "we", "i", "you", "who", "which", "that"]

    /// Whether the auxiliary at `i` is followed (through adverbs) by a verb it belongs to.
    func nextIsVerbPart(_ i: Int, _ r: Range<Int>) -> Bool {
        var k = i + 1
        while k < r.upperBound {
            let w = words[k]
            let wk = tokens[k].key
            if beForms.contains(wk) { return true }  // "has been responsible": "been" is the verb
            if tokens[k].flags.contains(.auxiliary) || chainAdverbs.contains(wk) || (w.endsWith("ly") && w.utf8.count > 4) { k += 1; continue }
            if wk == "so", key(k + 1, r) == "far" { k += 2; continue }  // "had so far identified"
            if k == i + 1, wk.isOne(of: "\"", "\u{201C}") { k += 1; continue }  // 'had "narrowed their differences"'
            return verbLemma(w) != nil && !tokens[k].isCapitalized && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("ing") || irregular[wk] != nil || verbLemma(w) == w)
        }
        return false
    }

    /// Entities before the verb in its clause, outside prepositional phrases of place and time.
    /// Appends to `out` (empty when called).
    func subjectCandidates(_ from: Int, _ to: Int, _ r: Range<Int>, entities: [EntityOccurrence], excluded: TokenMask,
                           into out: inout [Int]) {
        var lastEnd: Int? = nil
        var listStart = from  // where the candidates' coordinated list starts
        var phraseEnd: Int? = nil  // end of the last entity inside a prepositional phrase
        var ofPhraseEnd = 0  // end of a name in the "of" phrase of the last candidate
        for e in entities where e.tokens.lowerBound >= from && e.tokens.upperBound <= to && !excluded.contains(e.tokens.lowerBound) {
            // "(Wire)": a name in parentheses is an aside, not a subject.
            if isAside(e, r) { continue }
            // "Britain's competition regulator blocked": whose agent it is, not the agent ("Ukraine's
            // economy shrank" stays about Ukraine).
            // Nor are a place's residents it: "Grindavik's 3,800 residents were evacuated".
            if key(e.tokens.upperBound, r) == "'s", let head = possessedHead(from: e.tokens.upperBound + 1, to: to, r),
               Coreference.descriptions[head] != nil || RelationExtractor.memberNouns.contains(head) { continue }
            // "HOUSTON — More than …": a dateline is where the story was filed.
            if e.isDateline { continue }
            // "the Premier League club announced": a name that only says which club is not the
            // subject; the description is (``resolveNear``).
            if describesFollowingNoun(e, r) { continue }
            // "Northstar shareholders will receive", "Kestrel workers walked out": the people of
            // the name act, not the name.
            if r.contains(e.tokens.upperBound), !tokens[e.tokens.upperBound].isCapitalized,
               RelationExtractor.memberNouns.contains(tokens[e.tokens.upperBound].key) { continue }
            // "A former mayor of Dunmore was sentenced", "Residents of Ostvik said": the person of
            // a place is who acts, not the place.
            var ofAt = key(e.tokens.lowerBound - 1, r) == "the" ? e.tokens.lowerBound - 2 : e.tokens.lowerBound - 1
            // "A former mayor of the city of Belmore": through the place's noun.
            if key(ofAt, r) == "of", NameLexicon.placeFollowers.contains(key(ofAt - 1, r)), key(ofAt - 2, r) == "the", key(ofAt - 3, r) == "of" {
                ofAt -= 3
            }
            if key(ofAt, r) == "of", r.contains(ofAt - 1), !tokens[ofAt - 1].isCapitalized,
               isPersonNoun(tokens[ofAt - 1].key) || tokens[ofAt - 1].key.isOne(of: "residents", "people", "citizens", "inhabitants") {
                phraseEnd = e.tokens.upperBound
                continue
            }
            // "ISIS-K, also known as the Islamic State Khorasan Province, is": the alias is an aside.
            var a = e.tokens.lowerBound - 1
            while a >= r.lowerBound, tokens[a].key.isOne(of: "the", "\"", "\u{201C}", "'") { a -= 1 }
            if key(a, r) == "as" && (key(a - 1, r) == "known" || key(a - 2, r) == "known")
                || key(a, r).isOne(of: "called", "dubbed", "aka") { continue }
            let lead = placeLead(e.tokens.lowerBound, r)
            // "after the union accepted": a subordinator starts a clause, it does not make a phrase.
            // "Analysts at the Center … estimate": the people's organisation speaks.
            let owner = lead.isOne(of: "at", "from", "with", "for", "in") ? wordBefore(lead: e.tokens.lowerBound, r) : WordKey.none
            let peopleAt = lead != "in" && RelationExtractor.peopleNouns.contains(owner)
            // "Shares in Solvane fell": the company's shares, as "Shares of Nvidia".
            let sharesIn = lead == "in" && owner.isOne(of: "shares", "stock")
            // "about 60 km west of Antofagasta": a direction's "of" makes a phrase of place; so does a
            // participle after a noun ("Researchers using the Kestrel Array").
            let otherPhrase = lead == "of" && RelationExtractor.compassPoints.contains(wordBefore(lead: e.tokens.lowerBound, r))
                || participleObject(e.tokens.lowerBound, r)
            if RelationExtractor.prepositions.contains(lead) && lead != "of" && !RelationExtractor.subordinators.contains(lead) && !peopleAt && !sharesIn
                || otherPhrase {
                phraseEnd = e.tokens.upperBound
                continue
            }
            // "talks with the port operator, Castrell Terminals, broke down": a name set off after
            // a noun in a prepositional phrase is in that phrase too.
            // So is a place that names the noun of an "of": "a former mayor of the capital, Ardent,".
            if lead == ",", key(e.tokens.upperBound, r) == ",", isInPhrase(nounBefore: e.tokens.lowerBound - 1, r, orOf: e.type == .place) {
                phraseEnd = e.tokens.upperBound
                continue
            }
            // "The Civic Renewal party of former finance minister Anneli Kask won": a name after an
            // "of" in the phrase of the name before it belongs to that phrase.
            if let lastEnd, (lastEnd..<e.tokens.lowerBound).contains(where: { tokens[$0].key == "of" }),
               !(lastEnd..<e.tokens.lowerBound).contains(where: {
                   tokens[$0].key.isOne(of: ",", ";", "and", "or", "who", "which", "that") || tokens[$0].flags.contains(.clauseBreaker)
               }) {
                phraseEnd = e.tokens.upperBound
                ofPhraseEnd = e.tokens.upperBound
                continue
            }
            // "between Armenia and Azerbaijan": a name coordinated with one in a phrase is in it too.
            if let end = phraseEnd, (end..<e.tokens.lowerBound).allSatisfy({ tokens[$0].key.isOne(of: "and", "or", ",", "the") })
                || describedAfterAnd(end, e.tokens.lowerBound) {
                phraseEnd = e.tokens.upperBound
                continue
            }
            // "Nigeria, Africa's biggest economy, imports": a possessor that opens an appositive
            // is inside it, not a name coordinated with the one before.
            // So does one after "the": "Dr. Amina Yusuf, the WHO's regional director, urged".
            if let lastEnd, lastEnd < e.tokens.lowerBound, key(e.tokens.upperBound, r) == "'s", tokens[lastEnd].key == ",",
               (lastEnd..<e.tokens.lowerBound).allSatisfy({ tokens[$0].key == "," || tokens[$0].key == "the" }) { continue }
            if let lastEnd {
                // Keep only a coordinated list: "A, B and C"; a comma-separated intro breaks it.
                let coordinated = (lastEnd..<e.tokens.lowerBound).allSatisfy { tokens[$0].key.isOne(of: ",", "and", "the", "or") }
                if !coordinated && !describedAfterAnd(lastEnd, e.tokens.lowerBound) { out.removeAll(keepingCapacity: true) }
            }
            if out.isEmpty { listStart = e.tokens.lowerBound }
            out.append(e.local)
            lastEnd = e.tokens.upperBound
        }
        // A comma or clause word between the last candidate (with its "of" phrase) and the verb
        // means they belong to another clause.
        if let lastEnd, max(lastEnd, ofPhraseEnd) < to {
            let gap = max(lastEnd, ofPhraseEnd)..<to
            // "ISIS-K, also known as …, is": an appositive between commas does not break the clause.
            // Commas inside it may only join names ("…, based in Oakland, California, employs"),
            // follow an age or set off a name ("Lindqvist, 58, a former mayor of the capital,
            // Ardent, has promised").
            let appositive = gap.count >= 3 && gap.count <= 14 && tokens[gap.lowerBound].key == "," && tokens[gap.upperBound - 1].key == ","
                && !gap.dropFirst().dropLast().contains(where: { k in
                    // (The WHO is no "who"; a relative clause whose verb is not known may open it:
                    // "Ana Ruiz, who fronts the campaign, said".)
                    tokens[k].key.isOne(of: ";", "which", "who") && !tokens[k].isCapitalized && k != gap.lowerBound + 1 || tokens[k].key == "," && !(tokens[k - 1].isCapitalized && tokens[k + 1].isCapitalized)
                        && !(k == gap.lowerBound + 2 && tokens[k - 1].kind == .number) && !tokens[k + 1].isCapitalized
                })
            // "Northbridge, which employs": the relative clause's subject is the name before it.
            // "Lula, 77, who led Brazil": an age between the name and its relative clause.
            let aged = gap.count == 4 && tokens[gap.lowerBound + 1].kind == .number && key(gap.lowerBound, r) == ","
                && key(gap.lowerBound + 2, r) == "," && key(gap.lowerBound + 3, r).isOne(of: "who", "which")
            // (Read by position: a variadic helper made an array of its words at every call.)
            let first = tokens[gap.lowerBound].key
            let relative = gap.count == 2 && first == "," && tokens[gap.lowerBound + 1].key.isOne(of: "which", "who")
                || gap.count == 1 && first.isOne(of: "which", "who", "that") || aged
            // "The company's chief executive, Sarah Whitfield, described": the name in apposition.
            // "Her main rival, former finance minister Viktor Hallan of the Civic Union, took": after
            // lowercase words of a title too. "Two of the developers, Brannock Homes and Westvale
            // Properties, were fined": names listed in apposition.
            var titleStart = listStart
            while titleStart > from, listStart - titleStart < 4, tokens[titleStart - 1].kind == .word, !tokens[titleStart - 1].isCapitalized,
                  !isPastForm(titleStart - 1), !words[titleStart - 1].endsWith("ing"), !tokens[titleStart - 1].flags.contains(.preposition) { titleStart -= 1 }
            let named = gap.count == 1 && first == "," && titleStart > from && tokens[titleStart - 1].key == ","
            // "told the Lindholm Gazette that the car hit": "that" opens a clause with a subject of its own;
            // so does "until" ("will run the Kessel Museum until a successor is found").
            if !appositive && !relative && !named,
               gap.contains(where: { tokens[$0].key.isOne(of: ",", ";", "that", "until", "once", "unless") || RelationExtractor.clauseBreakers.contains(tokens[$0].key) }) {
                out.removeAll(keepingCapacity: true)
            }
        }
        // Deduplicate in place, keeping order (a handful of candidates: no set needed).
        var kept = 0
        for k in out.indices where !out[..<kept].contains(out[k]) {
            out[kept] = out[k]
            kept += 1
        }
        out.removeLast(out.count - kept)
    }

    /// Whether the lowercase noun phrase ending before `end` is one a preposition opens: "with
    /// the port operator" (not "of", whose phrase belongs to the noun before it, unless `orOf`).
    func isInPhrase(nounBefore end: Int, _ r: Range<Int>, orOf: Bool = false) -> Bool {
        var k = end - 1
        while k >= r.lowerBound, end - k <= 5, tokens[k].kind == .word, !tokens[k].isCapitalized,
              !tokens[k].flags.contains(.preposition), !tokens[k].flags.contains(.auxiliary), !tokens[k].flags.contains(.clauseBreaker) { k -= 1 }
        guard k < end - 1, r.contains(k) else { return false }
        let lead = tokens[k].key
        return tokens[k].flags.contains(.preposition) && (lead != "of" || orOf) && !RelationExtractor.subordinators.contains(lead)
    }

    /// The last word of the lowercase noun phrase at `start` (before `limit`): "competition
    /// regulator" → "regulator".
    func possessedHead(from start: Int, to limit: Int, _ r: Range<Int>) -> WordKey? {
        var k = start
        if k < limit, r.contains(k), tokens[k].kind == .number { k += 1 }  // "Grindavik's 3,800 residents"
        while k < limit, r.contains(k), tokens[k].kind == .word, !tokens[k].isCapitalized,
              !tokens[k].flags.contains(.preposition), !tokens[k].flags.contains(.determiner) { k += 1 }
        return k > start ? tokens[k - 1].key : nil
    }

    /// Where the subject's phrase of the clause starting at `localStart` begins: there, or
    /// before an aside opened by a participle and a preposition that ends right before it
    /// ("Around 600 firefighters, backed by 14 aircraft, were").
    func subjectPhraseStart(_ localStart: Int, _ verbs: [Verb], _ n: Int, _ r: Range<Int>) -> Int {
        guard let open = participleAside(before: localStart, r) else { return localStart }
        // Verbs inside the aside ("sent from Spain") start no clause of the subject's.
        var limit = r.lowerBound
        if let m = verbs[..<n].lastIndex(where: { $0.chainStart < open }) { limit = verbs[m].end }
        var k = open
        while k > limit, !(tokens[k - 1].key == "," || tokens[k - 1].flags.contains(.clauseBreaker)) { k -= 1 }
        return k
    }

    /// The comma that opens an aside ending with the comma right before `start`, when the aside
    /// opens with a participle and a preposition: ", launched in 2023 at a cost of $3.2 billion,"
    /// (what it dates and counts is the participle's, not the clause's).
    func participleAside(before start: Int, _ r: Range<Int>) -> Int? {
        guard key(start - 1, r) == "," else { return nil }
        var open = start - 2
        // Commas between numbers are inside the aside: ", aged 28, 34 and 41,".
        while open > r.lowerBound, start - open <= 14,
              tokens[open].key != "," || tokens[open - 1].kind == .number && tokens[open + 1].kind == .number { open -= 1 }
        guard open > r.lowerBound, tokens[open].key == ",", isPastForm(open + 1), r.contains(open + 2),
              tokens[open + 2].flags.contains(.preposition) || tokens[open + 1].key == "aged" && tokens[open + 2].kind == .number else { return nil }
        return open
    }

    /// Whether token `k` is one of at most two lowercase words that say what the person named
    /// at `name` is: "by Sorensen and virologist Karl Obst".
    func isRoleWord(_ k: Int, before name: Int) -> Bool {
        name - k <= 2 && (k..<name).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized
            && !tokens[$0].flags.contains(.preposition) && !tokens[$0].flags.contains(.functionWord) && !tokens[$0].flags.contains(.determiner) }
    }

    /// The word that leads the list a name ends: "plants in Leiden and Marburg, which" → "in".
    func placeListLead(of e: EntityOccurrence, _ r: Range<Int>, entities: [EntityOccurrence]) -> WordKey {
        var start = e.tokens.lowerBound
        var lead = placeLead(start, r)
        while lead.isOne(of: "and", "or", ","), let before = entities.last(where: { $0.tokens.upperBound == start - 1 }) {
            start = before.tokens.lowerBound
            lead = placeLead(start, r)
        }
        return lead
    }

    /// Whether `noun` names a person or people by role or relation: "founder", "lawyers".
    func isPersonNoun(_ noun: WordKey) -> Bool {
        RelationExtractor.personNouns.contains(noun) || RelationExtractor.peopleNouns.contains(noun)
            || RelationExtractor.relations.contains(noun) || NameLexicon.personTitles.contains(noun)
            || Coreference.descriptions[noun] == .person
    }

    /// Whether `noun` describes an organization other than a country's own institutions: "club",
    /// "company", not "government".
    func isOrganizationDescription(_ noun: WordKey) -> Bool {
        Coreference.descriptions[noun] == .organization && !Coreference.institutions.contains(noun)
    }

    /// Whether a name after "the" only says which one the organization noun after it is: "the
    /// Premier League club", "the US company" (but "the IG BCE union", "the Wagner group" are
    /// the names of the union and the group).
    func describesFollowingNoun(_ e: EntityOccurrence, _ r: Range<Int>) -> Bool {
        // "The Marbury city council": a word of a council between.
        let next = NameLexicon.localCouncils.contains(key(e.tokens.upperBound, r)) && !tokens[e.tokens.upperBound].isCapitalized
            ? e.tokens.upperBound + 1 : e.tokens.upperBound
        return key(e.tokens.lowerBound - 1, r) == "the" && r.contains(next) && !tokens[next].isCapitalized
            && isOrganizationDescription(tokens[next].key) && !NameLexicon.organizationFollowers.contains(tokens[next].key)
    }

    /// Whether a name only modifies the noun after it: "an ISIS-Khorasan planner".
    func isModifier(_ e: EntityOccurrence, _ limit: Int, _ r: Range<Int>) -> Bool {
        let next = e.tokens.upperBound
        guard next < limit, r.contains(next), tokens[next].kind == .word, !tokens[next].isCapitalized else { return false }
        let w = words[next]
        return !tokens[next].flags.contains(.preposition) && !tokens[next].flags.contains(.functionWord) && verbLemma(w) == nil
            && !(w.endsWith("ly") && w.utf8.count > 4)
    }

    /// A pronoun or "the group" right before the verb, resolved; else "The company, based in …, did":
    /// a description opening the clause.
    func resolveReference(before verb: Int, from: Int, _ r: Range<Int>, _ coreference: Coreference, covered: TokenMask,
                          entities: [EntityOccurrence] = []) -> Int? {
        if let near = resolveNear(before: verb, from: from, r, coreference, covered: covered) { return near }
        var k = max(from, r.lowerBound)
        while k < verb, tokens[k].kind == .punctuation { k += 1 }
        guard key(k, r) == "the", k + 1 < verb else { return nil }
        var n = k + 1
        // "The 22-year-old, ranked 14th, saved": an age joined to its noun is one description.
        while n + 1 < verb, !Coreference.descriptionNouns.contains(tokens[n].key), n - k < 4,
              tokens[n].kind == .word || tokens[n].kind == .number || tokens[n].key == "-" && !tokens[n].spaceBefore { n += 1 }
        // "The company's shares, which peaked at $310, closed": what the description owns is
        // about its owner, as "Its shares" is; but not who it has ("The company's founder, …, said").
        if key(n + 1, r) == "'s", r.contains(n + 2), tokens[n + 2].kind == .word, !tokens[n + 2].isCapitalized, key(n + 3, r) == ",",
           !isPersonNoun(tokens[n + 2].key), Coreference.descriptions[tokens[n].key] != .person {
            return coreference.resolve(description: tokens[n].key)
        }
        // Only when what follows the description is an aside set off by commas.
        guard key(n + 1, r) == "," else { return nil }
        // "The port, known locally as the Lundmark Docks, opened": the aside names it.
        var a = n + 2
        if key(a, r) == "also" { a += 1 }
        if key(a, r) == "known" {
            while a < verb, key(a, r) != "as" { a += 1 }
            a += 1
            if key(a, r) == "the" { a += 1 }
            if let named = entities.first(where: { $0.tokens.lowerBound == a }) { return named.local }
        }
        // "The device, called the Tessera Fold Pro, will go on sale".
        if RelationExtractor.namingWords.contains(key(a, r)) {
            a += key(a + 1, r) == "the" ? 2 : 1
            if let named = entities.first(where: { $0.tokens.lowerBound == a }) { return named.local }
        }
        return coreference.resolve(description: tokens[n].key)
    }

    /// Whether the sentence's first verb before `k` follows a plural noun written small, with no
    /// name before it: "Among member states, prices rose …".
    func opensWithUnnamedPlural(before k: Int, _ r: Range<Int>, covered: TokenMask) -> Bool {
        for j in r.lowerBound..<k {
            if covered.contains(j) { return false }
            guard j > r.lowerBound, tokens[j].flags.contains(.verb), isPastForm(j) || words[j].endsWith("s") else { continue }
            let noun = j - 1
            if tokens[noun].kind == .word, !tokens[noun].isCapitalized, !tokens[noun].flags.contains(.functionWord),
               tokens[noun].key != "'s", words[noun].endsWith("s"), !words[noun].endsWith("ss") { return true }
        }
        return false
    }

    func resolveNear(before verb: Int, from: Int, _ r: Range<Int>, _ coreference: Coreference, covered: TokenMask) -> Int? {
        var k = verb - 1
        while k >= max(from, r.lowerBound), verb - k <= 4 {
            let w = tokens[k].key
            // "He said": a pronoun opening the sentence is capitalized.
            // "It was the highest since 1951", "It was the first such attack": opening a sentence,
            // "it" is a measure or an event, not the organisation named before ("Solvane said it
            // was the largest" is Solvane).
            if w == "it", k == r.lowerBound, beForms.contains(key(verb, r)), key(verb + 1, r) == "the",
               RelationExtractor.superlatives.contains(key(verb + 2, r)) || Lexicon.ordinalWords[key(verb + 2, r)] != nil { return nil }
            // "One firefighter was injured when his truck overturned": he is the one the sentence
            // opened with, who has no name.
            if w.isOne(of: "he", "she", "his", "her"), let opening = unnamedPersonOpening(r), opening < k { return nil }
            // "producers said they would extend", "Police said they were": the people who speak.
            if w == "they", NameLexicon.speechVerbs.contains(key(k - 1, r)), let speaker = speakerBefore(k - 1, r), !covered.contains(speaker),
               tokens[speaker].kind == .word, !isPronoun(tokens[speaker].key) { return nil }
            // "prices rose fastest in Estonia and slowest in Cyprus, where they fell 0.3%": the
            // plural the sentence opened with.
            if w == "they", k > r.lowerBound, opensWithUnnamedPlural(before: k, r, covered: covered) { return nil }
            if !covered.contains(k), w.isOne(of: "it", "he", "she", "they"), let e = coreference.resolve(pronoun: w) { return e }
            // "Its shares rose" and "most of its strength is" are about its owner; "demand for its
            // chips kept growing" is not.
            // "her client denied", "his lawyers said": someone else, whom the owner has ("its
            // fighters and their families surrendered" are still its).
            if w.isOne(of: "its", "their", "his", "her"),
               !RelationExtractor.prepositions.contains(key(k - 1, r)) || key(k - 1, r) == "of" && RelationExtractor.partitives.contains(key(k - 2, r)) {
                if w.isOne(of: "his", "her"), RelationExtractor.relations.contains(key(k + 1, r)) { k -= 1; continue }
                if let e = coreference.resolve(pronoun: w) { return e }
            }
            if covered.contains(k) || tokens[k].isCapitalized { k -= 1; continue }
            // "the group", "the electric carmaker", "The 22-year-old" (an age joined to its noun).
            let joined = key(k - 1, r) == "-" && r.contains(k - 2) && tokens[k - 2].kind == .number
            // "the Premier League club": a name between the article and its noun.
            var named = k - 1
            while named >= r.lowerBound, covered.contains(named), k - named <= 4 { named -= 1 }
            let article = joined ? (key(k - 3, r) == "the" ? k - 3 : nil)
                : named < k - 1 ? (key(named, r) == "the" && isOrganizationDescription(w) ? named : nil)
                : w.isOne(of: "side", "squad") ? nil
                : key(k - 1, r) == "the" ? k - 1 : (key(k - 2, r) == "the" && tokens[k - 1].kind == .word ? k - 2 : nil)
            if let article {
                // Not "in the city"; but "after the company agreed": a clause's subject after its
                // subordinator (an organization or person: "as the region prepared" names no place).
                let lead = key(article - 1, r)
                if !RelationExtractor.prepositions.contains(lead)
                    || k == verb - 1 && RelationExtractor.subordinators.contains(lead) && Coreference.descriptions[w] != .place {
                    // "The central bank kept its rate": a country's central bank, named or not at all.
                    if w == "bank" && key(k - 1, r) == "central" { return coreference.resolveNamed(description: w) }
                    // "the city's airport diverted 12 flights": what the description owns acts,
                    // not the owner (but "The company's shares closed" are about the company).
                    if key(k + 1, r) == "'s", let owned = possessedHead(from: k + 2, to: verb, r),
                       Coreference.descriptions[owned] != nil || NameLexicon.placeHeads.contains(owned)
                        || NameLexicon.facilityNouns.contains(owned) || isPersonNoun(owned) { return nil }
                    if let e = coreference.resolve(description: w) { return e }
                    // "The port authority said": the head of the phrase stands for nothing named, and
                    // the noun before it ("port") is not what it describes.
                    if Coreference.descriptions[w] != nil { return nil }
                }
            }
            k -= 1
        }
        return nil
    }

    /// The last word of who speaks before the speech verb at `verb`, over an aside set off by
    /// commas: "Mortgage lenders, including Banco Meridional, said they" → "lenders".
    func speakerBefore(_ verb: Int, _ r: Range<Int>) -> Int? {
        guard r.contains(verb - 1) else { return nil }
        guard tokens[verb - 1].key == "," else { return verb - 1 }
        var k = verb - 2
        while k > r.lowerBound, verb - k <= 14, tokens[k].key != "," { k -= 1 }
        return k > r.lowerBound && tokens[k].key == "," && !key(k + 1, r).isOne(of: "who", "which") ? k - 1 : nil
    }

    /// The words before a passive verb that name what it acts on; a quantity's hedge ("at least
    /// 300 homes") stays whole.
    func nounPhrase(before verb: Int, from: Int, _ r: Range<Int>, quantityTokens: TokenMask) -> TextSpan? {
        // "takes effect on Saturday and will be monitored by": the passive shares the subject before.
        if key(verb - 1, r).isOne(of: "and", "or", "but") { return nil }
        var k = verb - 1
        var start = verb
        while k >= max(from, r.lowerBound) {
            let w = tokens[k].key
            // A hyphen inside a word ("US-led") stays; a spaced dash ("(Wire) - At least") ends the phrase.
            if tokens[k].kind == .punctuation && (w != "-" || tokens[k].spaceBefore) { break }
            if tokens[k].flags.contains(.preposition) && w != "of" && !quantityTokens.contains(k) {
                // "Three people in the car were killed", "A planned strike on the railway was called
                // off": a phrase of place after the clause's noun phrase is part of it.
                if let opening = nounPhraseOpening(before: k, from: from, r) { start = opening }
                break
            }
            if w.isOne(of: "that", "which", "who") { break }  // "found that sales had been overstated"
            if tokens[k].flags.contains(.clauseBreaker) { break }  // "a mediator if no agreement was reached"
            start = k
            k -= 1
        }
        while start < verb, tokens[start].key.isOne(of: "and", "or", "but", "then") { start += 1 }
        return start < verb ? span(start, verb) : nil
    }

    /// Where a noun phrase opening the clause starts, when the preposition at `p` follows it:
    /// a few words from an article or a count ("Three people", "A planned three-day strike")
    /// right after the clause's start. Not a time's preposition, nor "by".
    func nounPhraseOpening(before p: Int, from: Int, _ r: Range<Int>) -> Int? {
        guard !tokens[p].key.isOne(of: "by", "after", "before", "during", "since", "until", "following", "than", "as") else { return nil }
        let clauseStart = max(from, r.lowerBound)
        var j = p - 1
        while j >= clauseStart, p - j <= 6, tokens[j].kind != .punctuation || tokens[j].key == "-",
              !tokens[j].flags.contains(.preposition), !tokens[j].flags.contains(.clauseBreaker),
              !tokens[j].key.isOne(of: "that", "which", "who", "and", "or", "but") { j -= 1 }
        let first = j + 1
        guard first < p, j < clauseStart || tokens[j].key == "," else { return nil }
        return tokens[first].flags.contains(.determiner) || tokens[first].kind == .number || Lexicon.smallNumbers[tokens[first].key] != nil
            ? first : nil
    }

    /// Where the object phrase ends: a comma, clause word, or the next verb.
    /// Whether "before" or "after" at `k` leads a noun phrase, not a clause: "will appear before
    /// a judge on Friday" (not "before the spring term begins").
    func opensPhraseOfTime(_ k: Int, _ r: Range<Int>) -> Bool {
        guard tokens[k].key.isOne(of: "before", "after"), r.contains(k + 1), tokens[k + 1].flags.contains(.determiner) else { return false }
        var j = k + 2
        while j < r.upperBound, tokens[j].kind != .punctuation {
            let flags = tokens[j].flags
            if flags.contains(.auxiliary) || flags.contains(.clauseBreaker)
                || flags.contains(.verb) && !tokens[j].isCapitalized && (isPastForm(j) || words[j].endsWith("s")) { return false }
            j += 1
        }
        return true
    }

    func objectBoundary(after start: Int, _ clauseEnd: Int, _ r: Range<Int>) -> Int {
        // "at least 23 people had died and …": nothing follows the verb.
        if key(start, r).isOne(of: "and", "or", "but", "then") { return start }
        var k = start
        while k < min(clauseEnd, r.upperBound) {
            // "worked as a schoolteacher": "as" right after the verb and before "a" leads its object.
            if tokens[k].flags.contains(.clauseBreaker), !(k == start && tokens[k].key == "as" && key(k + 1, r).isOne(of: "a", "an", "the")),
               !(k == start && opensPhraseOfTime(k, r)) { break }
            // "a regional trade pact that Dravonia left": the relative clause is not the object.
            // So is "farmers whose crops were destroyed".
            if k > start && tokens[k].key.isOne(of: "that", "whose", "who", "which") { break }
            // "38,000 passengers a day once it is fully open": a clause of time or condition.
            if k > start, tokens[k].key.isOne(of: "once", "unless"), r.contains(k + 1),
               tokens[k + 1].flags.contains(.determiner) || RelationExtractor.pronouns.contains(tokens[k + 1].key) { break }
            if tokens[k].kind == .punctuation {
                let w = tokens[k].key
                // "on Feb. 9": a period inside the sentence ends an abbreviation, not the object.
                let abbreviation = w == "." && !tokens[k].spaceBefore && k + 1 < r.upperBound - 1
                if w == "," || w == "." && !abbreviation || w == "!" || w == "?" { break }
            }
            if k - start >= 14 {
                // Long enough, but not in the middle of a noun phrase ("spread quickly in strong
                // winds"), nor of an amount ("from $7.1 billion"): to its end, a few words at most.
                let limit = min(clauseEnd, r.upperBound, k + 4)
                while k < limit, tokens[k].kind != .punctuation, !tokens[k].flags.contains(.preposition), !tokens[k].flags.contains(.clauseBreaker),
                      !tokens[k].flags.contains(.determiner), !tokens[k].key.isOne(of: "and", "or", "but") { k += 1 }
                break
            }
            k += 1
        }
        // "denied the charges and his lawyers said": the next verb's subject after "and" is no object.
        // So is a name set off by an aside before its verb: "received 14 years and lorry driver
        // Paul Green, 52, was jailed".
        let asideBeforeVerb = k < clauseEnd && tokens[k].key == "," && key(clauseEnd - 1, r) == "," && clauseEnd - k <= 6
        if k == clauseEnd || asideBeforeVerb, clauseEnd < r.upperBound, k - start > 2,
           let and = (start + 1..<k).last(where: { tokens[$0].key.isOne(of: "and", "but") }),
           k - and >= 2, k - and <= 5, (and + 1..<k).allSatisfy({ tokens[$0].kind == .word }),
           tokens[and + 1].flags.contains(.determiner) || tokens[and + 1].isCapitalized || asideBeforeVerb && tokens[k - 1].isCapitalized {
            k = and
        }
        while k > start, tokens[k - 1].flags.contains(.preposition) || tokens[k - 1].flags.contains(.determiner) || tokens[k - 1].key == "and"
                || k - 1 > start && RelationExtractor.pronouns.contains(tokens[k - 1].key) { k -= 1 }  // "than the ones they"
        return k
    }

    /// Where the words of an object phrase `[start, end)` end: before a time the fact has in its
    /// own field ("the company $2.1 million last year", "delivery of the first 12 aircraft in
    /// 2027"; not "the 2024 election"), a verb joined by "and" ("power to 210,000 homes and
    /// forcing the closure of three ports") and an adverb ("with hammers shortly").
    func objectTextEnd(_ start: Int, _ end: Int, _ times: ArraySlice<SentenceTime>, _ r: Range<Int>) -> Int {
        var k = end
        if start + 1 < k, let joined = (start + 1..<k).first(where: { opensJoinedParticiple($0, r) }) { k = joined }
        if k - start >= 3, tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized, isAdverbInLy(words[k - 1]) { k -= 1 }
        // Times that end the phrase, last first ("to the province on February 2", "the company
        // $2.1 million last year"); one inside it stays ("voted 7-2 on Tuesday to build …"), and
        // so does one that says which thing ("the 2024 election", "Sunday's vote") or dates an
        // amount compared with ("from 94% in 2019 to 88%").
        var cut = true
        while cut {
            cut = false
            k = trimmedPhraseEnd(start, k)
            for t in times.indices.reversed() where times[t].tokens.lowerBound > start && times[t].tokens.lowerBound < k
                && partOfDayEnd(times[t].tokens.upperBound, r) >= k {
                let lead = times[t].tokens.lowerBound - 1
                if !tokens[lead].flags.contains(.determiner), !tokens[lead].key.isOne(of: "of", "'s", "'"),
                   !key(times[t].tokens.upperBound, r).isOne(of: "'s", "'"), !isComparisonBase(times[t].tokens, r) {
                    k = times[t].tokens.lowerBound
                    cut = true
                }
            }
        }
        // "opened in 1911", "is scheduled to end in late 2026": when the time is all there is, it stays the object.
        return k > start ? k : end
    }

    /// The end of a time with the part of the day after it: "on Wednesday morning".
    func partOfDayEnd(_ end: Int, _ r: Range<Int>) -> Int {
        key(end, r).isOne(of: "morning", "afternoon", "evening", "night") ? end + 1 : end
    }

    /// `end` moved back over the words that only lead into what was cut after them: "in less
    /// than six hours", "right now", "and".
    func trimmedPhraseEnd(_ start: Int, _ end: Int) -> Int {
        var k = end
        while k > start, tokens[k - 1].flags.contains(.preposition) || tokens[k - 1].flags.contains(.determiner)
                || tokens[k - 1].key.isOne(of: "and", "or", ",", "right", "just", "less", "more", "nearly", "almost", "least")
                || tokens[k - 1].key.isOne(of: "around", "about", "approximately", "roughly")  // "at around 6:40 a.m."
                || tokens[k - 1].key.isOne(of: "early", "late")  // "buried part of a village early on Tuesday"
                || tokens[k - 1].key == "up" && k < tokens.count && tokens[k].key == "to" { k -= 1 }  // "lasts up to 30 hours"
        return k
    }

    /// Whether "and"/"or" at `k` joins a participle with an object of its own: "and forcing the
    /// closure", "and leaving 3,000 homes" (not "and rising prices").
    func opensJoinedParticiple(_ k: Int, _ r: Range<Int>) -> Bool {
        guard tokens[k].key.isOne(of: "and", "or"), r.contains(k + 2), tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized,
              words[k + 1].utf8.count > 5, words[k + 1].endsWith("ing") else { return false }
        // (or a hedged amount: "and forcing about 1,500 people to leave")
        return tokens[k + 2].flags.contains(.determiner) || tokens[k + 2].kind == .number || startsNounPhrase(k + 2, r)
    }

    /// Nouns and adjectives that end in "ly" as adverbs do.
    static let lyWords: WordSet = [
        "family", "supply", "assembly", "rally", "ally", "reply", "monopoly", "duopoly", "oligopoly", "anomaly", "july",
        "italy", "belly", "jelly", "lily", "folly", "holly", "butterfly", "homily", "panoply", "tally", "gully", "bully",
        "daily", "weekly", "monthly", "quarterly", "yearly", "early", "elderly", "friendly", "only", "fly", "apply", "rely",
    ]

    /// Whether a lowercased word is an adverb in "-ly": "shortly", "sharply".
    func isAdverbInLy(_ w: String) -> Bool {
        w.utf8.count > 4 && w.endsWith("ly") && !RelationExtractor.lyWords.contains(WordKey(w))
    }

    /// The entity the object phrase starts with ("formed ISIS-K as …"), unless it only modifies a noun.
    func objectEntity(at start: Int, _ end: Int, _ r: Range<Int>, _ entityStarting: EntityStarts) -> Int? {
        var k = start
        // "sentenced former mayor Gregor Falk", "signed by President Arne Holm", "by Dr. Lucia
        // Petrenko": a title before the name.
        while k < end, tokens[k].flags.contains(.determiner) || tokens[k].key == "former"
                || NameLexicon.personTitles.contains(tokens[k].key) && entityStarting[k] == nil
                || tokens[k].key == "." && k > start && NameLexicon.personTitles.contains(tokens[k - 1].key)
                // "former transport minister Victor Ionescu": the field of a title.
                || tokens[k].kind == .word && !tokens[k].isCapitalized && entityStarting[k] == nil && k + 1 < end
                    && NameLexicon.personTitles.contains(tokens[k + 1].key) && !tokens[k].flags.contains(.functionWord)
                    && !tokens[k].flags.contains(.preposition) { k += 1 }
        guard let e = entityStarting[k] else { return nil }
        let after = lower(e.tokens.upperBound, r)
        if after == "'s" { return nil }
        if e.tokens.upperBound < end, tokens[e.tokens.upperBound].kind == .word, !tokens[e.tokens.upperBound].isCapitalized,
           !RelationExtractor.prepositions.contains(after), after != "and", verbLemma(after) == nil {
            return nil  // "an ISIS-Khorasan planner": the name modifies a noun
        }
        return e.local
    }

    /// Whether the time at `t` is what an amount is compared with: "from a year earlier", "than
    /// a year ago", "compared with 2023", "from the same period last year".
    /// Whether the time at `t` is a length by which one thing is ahead of another: after "by"
    /// ("won by 1.8 seconds", "delayed by two hours") or before "behind", "back", "ahead", "clear".
    func isMargin(_ t: Range<Int>, _ r: Range<Int>) -> Bool {
        // A count of units ("1.8 seconds", "two hours"), not "by the end of the week".
        guard RelationExtractor.marginUnits.contains(tokens[t.upperBound - 1].key),
              tokens[t.lowerBound].kind == .number || tokens[t.lowerBound].flags.contains(.numberWord) else { return false }
        return key(t.lowerBound - 1, r) == "by" || key(t.upperBound, r).isOne(of: "behind", "back", "ahead", "clear", "adrift")
    }

    static let marginUnits: WordSet = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks"]

    func isComparisonBase(_ t: Range<Int>, _ r: Range<Int>) -> Bool {
        let before = key(t.lowerBound - 1, r)
        if tokens[t.upperBound - 1].key.isOne(of: "earlier", "ago", "before") {
            // "from 590 million euros a year ago": through the amount compared with.
            var k = t.lowerBound - 1
            while k >= max(r.lowerBound, t.lowerBound - 6), !tokens[k].key.isOne(of: ",", ";"), !tokens[k].flags.contains(.verb) || tokens[k].kind == .number {
                if tokens[k].key.isOne(of: "than", "from") { return true }
                k -= 1
            }
            // "compared with a profit of $310 million a year earlier".
            k = t.lowerBound - 2
            while k > max(r.lowerBound, t.lowerBound - 10), !tokens[k].key.isOne(of: ",", ";") {
                if tokens[k].key.isOne(of: "with", "to"), tokens[k - 1].key.isOne(of: "compared", "comparison") { return true }
                k -= 1
            }
        }
        if before.isOne(of: "with", "to"), key(t.lowerBound - 2, r).isOne(of: "compared", "comparison") { return true }
        // "down from 67% in 2020", "up from $3.1 billion in 2023": when the amount compared with was.
        // So "up from 61% at the last election in 2021": a few words of when between the amount and the date.
        if before == "in" {
            var k = t.lowerBound - 2
            while k >= r.lowerBound, t.lowerBound - k <= 10, tokens[k].kind != .punctuation,
                  !tokens[k].flags.contains(.verb) || tokens[k].kind == .number || tokens[k].key.isOne(of: "percent", "points") {
                // (Not a bound: "returned more than 20 bronzes in 2022" is when they were returned.)
                if tokens[k].key.isOne(of: "from", "than"), startsAmount(k + 1, r),
                   tokens[k].key == "from" || !key(k - 1, r).isOne(of: "more", "less", "fewer") { return true }
                // "smaller than the previous one in August": when what is compared with was.
                if tokens[k].key == "than", key(k + 1, r) == "the", key(k + 2, r).isOne(of: "previous", "last", "one", "year's", "record") { return true }
                // "compared with 380,000 in March 2025", "against 4.1% in 2024".
                if tokens[k].key == "with" && key(k - 1, r).isOne(of: "compared", "comparison") || tokens[k].key == "against",
                   startsAmount(k + 1, r) { return true }
                k -= 1
            }
        }
        if before.isOne(of: "period", "quarter", "month"), key(t.lowerBound - 2, r) == "same" { return true }
        // "71%, the highest since 1998": the record's start, not when.
        // "the deadliest rail accident in the country since 1998", "the highest level since 2008",
        // "the first national strike in the sector since 2011".
        if before == "since" {
            var k = t.lowerBound - 2
            while k >= r.lowerBound, t.lowerBound - k <= 7, tokens[k].kind == .word, !tokens[k].flags.contains(.auxiliary) {
                if RelationExtractor.superlatives.contains(tokens[k].key) || tokens[k].key == "first" && key(k - 1, r) == "the" { return true }
                k -= 1
            }
        }
        return before.isOne(of: "versus", "vs")
    }

    /// The clause's time: the nearest before the verb in the sentence, else the first after it in the clause.
    func pickTime(_ times: ArraySlice<SentenceTime>, verb: Verb, clauseStart: Int, clauseEnd: Int, afterVerb: Bool, afterParticiple: Bool,
                  afterRelative: Bool, opensRelative: Bool) -> Boxed<TimeExpression>? {
        // The clause's own time, before the verb or after it; else the nearest before the clause
        // ("In January 2015, …, the groups formed"); none from a later clause.
        // A time before the verb but across "and", "but" or a clause word (", saying …") belongs
        // to the verb before it; one inside an aside ("Brightline, founded in 2009, agreed in
        // October") gives way to the clause's own after the verb.
        // A day before a length of time: "sentenced him to six years in prison on Monday" was on Monday.
        // A day over a reference word too: "postponed the work twice, most recently in March".
        // (One pass, by index: a time copied out of the array retains every string in it.)
        var firstAfter: Int? = nil, firstNotDuration: Int? = nil, firstPoint: Int? = nil
        for t in times.indices where times[t].tokens.lowerBound >= verb.end && times[t].tokens.lowerBound < clauseEnd {
            // "jumped 4% to $3.12, close to the record of $3.44 set in February": the time of a
            // participle that describes an amount after the verb is the participle's.
            let lead = times[t].tokens.lowerBound - 1
            if lead - 1 > verb.end, tokens[lead].flags.contains(.preposition), tokens[lead - 1].kind == .word,
               !tokens[lead - 1].isCapitalized, isPastForm(lead - 1), tokens[lead - 2].kind == .number { continue }
            if firstAfter == nil { firstAfter = t }
            guard !times[t].time.isDuration else { continue }
            if firstNotDuration == nil { firstNotDuration = t }
            if !times[t].time.isReference { firstPoint = t; break }
        }
        let after = (firstPoint ?? firstNotDuration ?? firstAfter).map { times[$0].boxed }
        // "A wildfire that broke out on Saturday had burned 4,500 hectares by Monday": the relative
        // clause's day is its own when the verb has one.
        if afterRelative, let after { return after }
        // "to vaccinate 1.2 million children in the next month with help from the WHO, which has
        // sent 600,000 doses": a relative clause's time is after its "which", not before.
        if opensRelative { return after }
        if let inClause = times.lastIndex(tokens: { $0.lowerBound >= clauseStart && $0.upperBound <= verb.chainStart }).map({ times[$0] }),
           !(inClause.tokens.upperBound..<verb.chainStart).contains(where: {
               tokens[$0].key.isOne(of: "and", "but", "that") || tokens[$0].flags.contains(.clauseBreaker) || isBreakingDash($0) && after != nil
           }) {
            // So does one after the verb before, set off by a comma: "Orbis, the company founded in
            // 2016, launched … on Tuesday"; "cut rates in March, then raised them in April".
            let inAside = (afterVerb || (clauseStart..<inClause.tokens.lowerBound).contains { tokens[$0].key == "," })
                && (inClause.tokens.upperBound..<verb.chainStart).contains { tokens[$0].key == "," }
            // "Orbis Corp, a company founded in 2016, launched": the participle's time, not the clause's.
            if inAside && afterParticiple { return after }
            // "Amira Haddad, the chemist who shared the 2004 Nobel Prize, has died": the relative
            // clause's time is its own.
            if inAside && isInClosedRelative(inClause.tokens, before: verb.chainStart) { return after }
            // "six months earlier than it forecast in January": a day after the verb over a length before it.
            if inClause.time.isDuration, let after, !after.value.isDuration { return after }
            if !inAside || after == nil { return inClause.boxed }
        }
        if let after { return after }
        // Not from inside a quotation the clause follows: "'… anything we saw in 2019,' said
        // Governor Haddad, who declared an emergency" declared nothing in 2019; nor across a
        // semicolon ("a rise over two years; the company has offered 4.5%").
        guard let before = times.lastIndex(tokens: { $0.upperBound <= verb.chainStart }).map({ times[$0] }),
              !(before.tokens.upperBound..<verb.chainStart).contains(where: { tokens[$0].key.isOne(of: "\"", "\u{201D}", ";") }) else { return nil }
        // "The Harnes plant, which opened in 1979, supplies … and employs 420 people": the time of
        // a relative clause closed before the verb is that clause's own.
        if isInClosedRelative(before.tokens, before: verb.chainStart) { return nil }
        // "had taken the lead after 23 minutes, but Dunmore equalised": a length of time belongs to
        // its own clause, not to one joined after a comma.
        if before.time.isDuration, (before.tokens.upperBound..<verb.chainStart).contains(where: {
            tokens[$0].key.isOne(of: "but", "and", "while") && tokens[$0 - 1].key == ","
        }) { return nil }
        // "was founded in 1998 and is based in Denver": a verb joined by "and" in the present
        // keeps no time of a clause in the past before it ("takes effect on Saturday and will be
        // monitored" keeps Saturday).
        if verb.chainStart > 0, tokens[verb.chainStart - 1].key.isOne(of: "and", "but"),
           tokens[verb.chainStart].key.isOne(of: "is", "are", "am", "has", "have"),
           (max(0, before.tokens.lowerBound - 6)..<before.tokens.lowerBound).contains(where: { tokens[$0].key.isOne(of: "was", "were", "had") }) { return nil }
        return before.boxed
    }

    /// The time right before a ", when" between `start` and `end`: "since 1998, when 31 people died".
    /// By index: a time copied out of the array retains every string in it.
    func timeOpeningWhen(_ times: ArraySlice<SentenceTime>, from start: Int, to end: Int, _ r: Range<Int>) -> Boxed<TimeExpression>? {
        for t in times.indices.reversed() {
            let when = times[t].tokens.upperBound + 1
            if when >= start && when < end && key(when - 1, r) == "," && key(when, r) == "when" { return times[t].boxed }
        }
        return nil
    }

    /// Whether tokens `t` are in a relative clause (", which", ", who", or one inside an
    /// apposition: ", the chemist who shared the 2004 Nobel Prize,") that a comma closes before `end`.
    func isInClosedRelative(_ t: Range<Int>, before end: Int) -> Bool {
        guard (t.upperBound..<end).contains(where: { tokens[$0].key == "," }) else { return false }
        var k = t.lowerBound - 1
        while k >= 1, t.lowerBound - k <= 12, tokens[k].key != "," {
            if tokens[k].key.isOne(of: "which", "who") {
                if tokens[k - 1].key == "," { return true }
                // The apposition's article right after a comma: ", the Lebanese-born chemist who".
                var a = k - 1
                while a >= 1, k - a <= 5, tokens[a].key != ",", !tokens[a].key.isOne(of: "the", "a", "an") { a -= 1 }
                return a >= 1 && tokens[a].key.isOne(of: "the", "a", "an") && tokens[a - 1].key == ","
            }
            k -= 1
        }
        return false
    }
}
