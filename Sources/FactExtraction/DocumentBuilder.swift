import FactModel

/// Collects one document's entities (merging names, aliases and short forms), its mentions,
/// and the facts that alias patterns state ("X stands for Y").
struct DocumentBuilder: TokenReader {
    let source: SourceText
    let tokens: [Token]
    /// Each token lowercased.
    let words: [String]
    private(set) var entities: [ExtractedEntity] = []
    private var certain: [Bool] = []
    /// Normalized name (by ``EntityKey/hash(_:)``, as the snapshot keys corpus names) → local
    /// index (before `parent` merges).
    private var byKey = HashIndex()
    /// The entry each registered match joined, by its first token (-1: none), with its last
    /// token to be sure it is the same match: arrays over the document's tokens, read without
    /// hashing (a match's tokens decide its name).
    private var entryByMatchStart: [Int32]
    private var endByMatchStart: [Int32]
    /// The entry the last ``register(name:type:certain:at:)`` joined or made.
    private var lastEntry = 0
    /// Union-find over local indices: merged entities point at the one they joined.
    private var parent: [Int] = []
    /// Where each entry's name was first read (the UTF-8 offset of its match), so the stored
    /// table finds it in the text without searching.
    private var nameStarts: [Int] = []
    private(set) var mentions: [ExtractedMention] = []
    private var aliasFactsBySentence: [Int: [(subject: String, object: String)]] = [:]
    /// "stand(s)" tokens already turned into facts here.
    private(set) var consumedVerbs: Set<Int> = []
    private var sentenceCounter = 0

    /// Whether mentions are made at all (a server reads them again when asked; see
    /// ``Extractor/extract(_:fallbackDate:markdown:keepingMentions:)``). Entity mention counts are kept either way.
    let keepsMentions: Bool

    init(source: SourceText, tokens: Tokens, keepsMentions: Bool = true) {
        self.source = source
        self.keepsMentions = keepsMentions
        self.tokens = tokens.items
        self.words = tokens.words
        entryByMatchStart = [Int32](repeating: -1, count: tokens.items.count)
        endByMatchStart = [Int32](repeating: -1, count: tokens.items.count)
        // A name, time or amount per four tokens covers news: the array is not grown by doubling.
        if keepsMentions { mentions.reserveCapacity(tokens.items.count / 4) }
    }

    func text(_ r: Range<Int>) -> String { source.string(tokens[r.lowerBound].start, tokens[r.upperBound - 1].end) }

    func span(_ r: Range<Int>) -> SentenceSpan {
        let start = tokens[r.lowerBound].start
        let end = tokens[r.upperBound - 1].end
        return SentenceSpan(line: source.line(ofByte: start), start: source.scalarOffset(start),
                            end: source.scalarOffset(end), text: source.span(start, end))
    }

    // MARK: Entities

    private func root(_ i: Int) -> Int {
        var i = i
        while parent[i] != i { i = parent[i] }
        return i
    }

    /// Makes room for entities from `matches` name occurrences (the name table grows once, not
    /// at every doubling).
    mutating func reserveEntities(_ matches: Int) {
        byKey = HashIndex(capacity: matches)
        entities.reserveCapacity(matches)
        certain.reserveCapacity(matches)
        parent.reserveCapacity(matches)
        nameStarts.reserveCapacity(matches)
    }

    /// Adds a name occurrence; the same normalized name is the same entity.
    @discardableResult
    mutating func register(_ m: EntityMatch) -> Int {
        let local = register(name: m.name, type: m.type, certain: m.certain, at: tokens[m.tokens.lowerBound].start)
        entryByMatchStart[m.tokens.lowerBound] = Int32(lastEntry)
        endByMatchStart[m.tokens.lowerBound] = Int32(m.tokens.upperBound)
        return local
    }

    @discardableResult
    mutating func register(name: String, type: EntityType, certain isCertain: Bool, at start: Int = -1) -> Int {
        let key = EntityKey.hash(name)
        if let existing = byKey[key] {
            lastEntry = existing
            let r = root(existing)
            if !certain[r] && isCertain || entities[r].type == .other && type != .other && !certain[r] {
                entities[r].type = type
                certain[r] = isCertain
            }
            return r
        }
        let index = entities.count
        entities.append(ExtractedEntity(name: name, type: type, aliases: [], mentions: 0))
        certain.append(isCertain)
        parent.append(index)
        nameStarts.append(start)
        byKey[key] = index
        lastEntry = index
        return index
    }

    /// The local index of a match (after merges): its entry remembered at registration, so the
    /// name is not normalized again for every use.
    func local(for m: EntityMatch) -> Int {
        let entry = Int(entryByMatchStart[m.tokens.lowerBound])
        if entry >= 0, endByMatchStart[m.tokens.lowerBound] == Int32(m.tokens.upperBound) { return root(entry) }
        return root(byKey[EntityKey.hash(m.name)]!)
    }

    func lookup(_ name: String) -> Int? { byKey[EntityKey.hash(name)].map(root) }

    /// Records `alias` as another name of `entity`, merging an entity already known by it.
    mutating func addAlias(_ alias: String, to entity: Int) {
        let target = root(entity)
        if let other = lookup(alias) {
            guard other != target else { return }
            // The earlier-registered entity keeps the canonical name.
            let (keep, drop) = other < target ? (other, target) : (target, other)
            parent[drop] = keep
            if !certain[keep] && certain[drop] {
                entities[keep].type = entities[drop].type
                certain[keep] = true
            }
            entities[keep].aliases.append(entities[drop].name)
            entities[keep].aliases.append(contentsOf: entities[drop].aliases)
        } else {
            entities[target].aliases.append(alias)
            byKey[EntityKey.hash(alias)] = target
        }
    }

    var entityNames: [String] { entities.indices.map { entities[root($0)].name } }

    /// The document's entities with merged ones folded in (with where each one's name was read,
    /// -1 where unknown), and the facts and mentions renumbered to match (the mentions taken out
    /// of the builder).
    /// Both are renumbered in place: a fact copied carries a dozen references to retain.
    mutating func compacted(facts: consuming [ExtractedFact])
        -> (entities: [ExtractedEntity], nameStarts: [Int], facts: [ExtractedFact], mentions: [ExtractedMention]) {
        var newIndex = [Int](repeating: -1, count: entities.count)
        var out: [ExtractedEntity] = []
        var starts: [Int] = []
        // Kept as long as the document is served: exactly as large as needed.
        out.reserveCapacity(entities.indices.reduce(0) { $0 + (root($1) == $1 ? 1 : 0) })
        for i in entities.indices where root(i) == i {
            newIndex[i] = out.count
            var e = entities[i]
            if !e.aliases.isEmpty {  // most entities have none: no key or set to make
                var seen = Set([EntityKey.hash(e.name)])
                e.aliases = e.aliases.filter { seen.insert(EntityKey.hash($0)).inserted }
            }
            out.append(e)
            starts.append(nameStarts[i])
        }
        func map(_ i: Int) -> Int { newIndex[root(i)] }
        for i in facts.indices {
            if let s = facts[i].subject { facts[i].subject = map(s) }
            if case .entity(let o)? = facts[i].object { facts[i].object = .entity(map(o)) }
            if !facts[i].agents.isEmpty { facts[i].agents = facts[i].agents.map(map) }
            if let p = facts[i].place { facts[i].place = map(p) }
            if let a = facts[i].attributionEntity { facts[i].attributionEntity = map(a) }
        }
        // Taken out of the builder, not copied: renumbering a shared array would copy every mention.
        var mentions: [ExtractedMention] = []
        swap(&mentions, &self.mentions)
        for i in mentions.indices { if let e = mentions[i].entity { mentions[i].entity = map(e) } }
        // Mentions were counted on the entries they joined then; fold counts of merged entries too.
        var counts = [Int](repeating: 0, count: out.count)
        for i in entities.indices { counts[map(i)] += entities[i].mentions }
        for i in out.indices { out[i].mentions = counts[i] }
        return (out, starts, facts, mentions)
    }

    // MARK: Aliases

    static let aliasPhrases: [[String]] = [
        ["also", "known", "as"], ["known", "locally", "as"], ["known", "as"], ["abbreviated", "as"],
        ["abbreviated", "to"], ["shortened", "to"], ["or", "simply"], ["aka"], ["a.k.a."], ["formerly", "known", "as"],
        ["also", "called"], ["dubbed"],
    ]

    /// The first words of `aliasPhrases`, to pass over the rest at one lookup per entity.
    static let aliasPhraseStarts = WordSet(aliasPhrases.map { $0[0] })

    /// Finds aliases stated in a sentence: "Full Name (ACR)", "X, also known as Y", "the 'K' in X stands for Y".
    mutating func findAliases(in r: Range<Int>, entities matches: ArraySlice<EntityMatch>) {
        defer { sentenceCounter += 1 }
        for n in matches.indices {
            // Read in place: a copy of the match would retain its name for every match.
            let matched = matches[n].tokens
            let after = matched.upperBound
            // "Northern Harbor Port Authority (NHPA)" or "NHPA (Northern Harbor Port Authority)".
            // The short form must abbreviate the long one: "Orrin Foundation (CB)" is not an alias.
            if key(after, r) == "(" {
                if key(after + 2, r) == ")", r.contains(after + 1), tokens[after + 1].isAllCaps || tokens[after + 1].isCapitalized,
                   tokens[after + 1].kind == .word, DocumentBuilder.abbreviates(text((after + 1)..<(after + 2)), matches[n].name) {
                    addAlias(text((after + 1)..<(after + 2)), to: local(for: matches[n]))
                } else if n + 1 < matches.endIndex, matches[n + 1].tokens.lowerBound == after + 1, key(matches[n + 1].tokens.upperBound, r) == ")",
                          DocumentBuilder.abbreviates(matches[n].name, matches[n + 1].name) {
                    addAlias(matches[n + 1].name, to: local(for: matches[n]))
                }
            }
            // "X, also known as Y" / "X (known locally as Y)".
            var k = after
            while key(k, r) == "," || key(k, r) == "(" { k += 1 }
            let phrases = DocumentBuilder.aliasPhraseStarts.contains(key(k, r)) ? DocumentBuilder.aliasPhrases : []
            for phrase in phrases where (0..<phrase.count).allSatisfy({ lower(k + $0, r) == phrase[$0] }) {
                var j = k + phrase.count
                while lower(j, r).isOne(of: "\" ' \u{201C} \u{2018} the") { j += 1 }
                if let next = matches.first(where: { $0.tokens.lowerBound == j }) {
                    addAlias(next.name, to: local(for: matches[n]))
                } else if r.contains(j), tokens[j].kind == .word, tokens[j].isCapitalized {
                    addAlias(text(j..<(j + 1)), to: local(for: matches[n]))
                }
                break
            }
            // "ISIS-K stands for …" / "the 'K' in ISIS-K stands for Khorasan".
            if key(after, r) == "stands" || key(after, r) == "stand", key(after + 1, r) == "for",
               let expansion = matches.first(where: { $0.tokens.lowerBound == after + 2 }) ?? nameRun(at: after + 2, r) {
                consumedVerbs.insert(after)
                consumedVerbs.insert(after + 1)
                var letter: String? = nil
                let s = matched.lowerBound
                if key(s - 1, r) == "in", r.contains(s - 4), key(s - 4, r).isOne(of: "'", "\u{2018}", "\"", "\u{201C}"),
                   key(s - 2, r).isOne(of: "'", "\u{2019}", "\"", "\u{201D}") {
                    letter = text((s - 3)..<(s - 2))
                }
                let entity = local(for: matches[n])
                if let letter, let expanded = expand(matches[n].name, segment: letter, with: expansion.name) {
                    addAlias(expanded, to: entity)
                } else if letter == nil, tokens[matched.lowerBound].isAllCaps, matched.count == 1 {
                    addAlias(expansion.name, to: entity)
                }
                if lookup(expansion.name) == nil { register(expansion) }
                aliasFactsBySentence[sentenceCounter, default: []].append((matches[n].name, expansion.name))
            }
        }
    }

    /// Whether `short` can abbreviate `long` (Schwartz and Hearst's test): its letters and digits
    /// appear in `long` in order, the first at the start of a word. "NHPA" abbreviates "Northern
    /// Harbor Port Authority", "Unicef" "United Nations Children's Fund"; "CB" does not abbreviate
    /// "Orrin Foundation".
    static func abbreviates(_ short: String, _ long: String) -> Bool {
        var (shortBytes, longBytes) = (short, long)
        if let ascii = shortBytes.withUTF8({ s in longBytes.withUTF8 { l in abbreviatesASCII(s, l) } }) { return ascii }
        func isWordCharacter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c.properties.numericType != nil }
        let s = Array(short.lowercased().unicodeScalars.filter(isWordCharacter))
        let l = Array(long.lowercased().unicodeScalars)
        guard s.count >= 2, s.count < l.count else { return false }
        var li = l.count - 1
        var si = s.count - 1
        while si >= 0 {
            while li >= 0, l[li] != s[si] || (si == 0 && li > 0 && isWordCharacter(l[li - 1])) { li -= 1 }
            if li < 0 { return false }
            li -= 1
            si -= 1
        }
        return true
    }

    /// ``abbreviates(_:_:)`` on ASCII bytes (nearly every name), without arrays of scalars; nil
    /// when either is not ASCII.
    static func abbreviatesASCII(_ short: UnsafeBufferPointer<UInt8>, _ long: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !short.contains(where: { $0 >= 0x80 }), !long.contains(where: { $0 >= 0x80 }) else { return nil }
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
        @inline(__always) func isWordCharacter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 }
        let letters = short.filter(isWordCharacter).map(lower)
        guard letters.count >= 2, letters.count < long.count else { return false }
        var li = long.count - 1
        var si = letters.count - 1
        while si >= 0 {
            while li >= 0, lower(long[li]) != letters[si] || (si == 0 && li > 0 && isWordCharacter(long[li - 1])) { li -= 1 }
            if li < 0 { return false }
            li -= 1
            si -= 1
        }
        return true
    }

    /// A capitalized run that the recognizer did not keep (sentence-final single words).
    func nameRun(at i: Int, _ r: Range<Int>) -> EntityMatch? {
        guard r.contains(i), tokens[i].kind == .word, tokens[i].isCapitalized else { return nil }
        var j = i
        while r.contains(j), tokens[j].kind == .word, tokens[j].isCapitalized { j += 1 }
        return EntityMatch(tokens: i..<j, name: text(i..<j), type: .other, certain: false)
    }

    /// "ISIS-K" with segment "K" expanded to "Khorasan" → "ISIS-Khorasan".
    func expand(_ name: String, segment: String, with word: String) -> String? {
        var parts = name.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let idx = parts.lastIndex(where: { $0.caseInsensitiveEquals(segment) }) else { return nil }
        parts[idx] = word
        return parts.joined(separator: "-")
    }

    /// Appends the facts stated by alias patterns in sentence `s`.
    func appendAliasFacts(sentence s: Int, to facts: inout [ExtractedFact]) {
        guard !aliasFactsBySentence.isEmpty, let pairs = aliasFactsBySentence[s] else { return }
        for pair in pairs {
            guard let subject = lookup(pair.subject) else { continue }
            let object: ExtractedObject = lookup(pair.object).map { .entity($0) } ?? .text(TextSpan(pair.object))
            facts.append(ExtractedFact(subject: subject, predicate: "stand for", object: object, sentence: s))
        }
    }

    /// Merges single-word names into the one longer name they shorten: "Valdane" → "Valdane Construction",
    /// "Haddad" → "Amal Haddad", "the Commission" → "European Commission" (an organization's head word).
    /// Words that open a storm's name: "Storm Elin", "Hurricane Maria".
    static let stormWords: WordSet = ["storm", "hurricane", "typhoon", "cyclone"]

    mutating func mergeShortForms() {
        mergeAcronyms()
        // (key of the lowercased first word of an organization's name, or last word of a
        // person's, entry), sorted by key: a document has a few dozen names, so sorting beats
        // hashing strings into dictionaries of arrays.
        var longNames: [(key: WordKey, entry: Int)] = []
        // "Bank of Veloria", "University of Tessaly": the word after "of" that ends an
        // organization's name is a place, and so is that word on its own.
        var placesInNames: [WordKey] = []
        for i in entities.indices where root(i) == i && entities[i].type == .organization {
            var name = entities[i].name
            if let place = name.withUTF8({ bytes -> WordKey? in
                guard let lastSpace = bytes.lastIndex(of: 0x20), lastSpace >= 3, bytes[(lastSpace - 3)..<lastSpace].elementsEqual(" of".utf8) else { return nil }
                return WordKey(lowercasing: UnsafeBufferPointer(rebasing: bytes[(lastSpace + 1)...]))
            }) { placesInNames.append(place) }
        }
        if !placesInNames.isEmpty {
            for i in entities.indices where root(i) == i && !certain[i] && entities[i].type != .person && !DocumentBuilder.hasSpace(entities[i].name) {
                var name = entities[i].name
                if placesInNames.contains(name.withUTF8 { WordKey(lowercasing: $0) }) { entities[i].type = .place }
            }
        }
        for i in entities.indices where root(i) == i {
            // A longer name of no known kind is what an organization's first word shortens too
            // ("Textile maker Bremer … Bremer Textil, one of Europe's largest makers").
            guard entities[i].type == .person || entities[i].type == .organization || entities[i].type == .other else { continue }
            // First and last word, found by bytes: splitting by Characters costs a grapheme walk.
            var name = entities[i].name
            let key = name.withUTF8 { bytes -> WordKey? in
                guard let firstSpace = bytes.firstIndex(of: 0x20), let lastSpace = bytes.lastIndex(of: 0x20) else { return nil }
                let word = entities[i].type == .person ? bytes[(lastSpace + 1)...] : bytes[..<firstSpace]
                return WordKey(lowercasing: UnsafeBufferPointer(rebasing: word))
            }
            if let key { longNames.append((key, i)) }
            // "Lula" for "Luiz Inacio Lula da Silva": a person's middle words before a particle too.
            if entities[i].type == .person, key != nil { DocumentBuilder.appendMiddleNames(of: entities[i].name, entry: i, to: &longNames) }
            if entities[i].type == .organization, key != nil {
                let head = Coreference.headKey(of: entities[i].name)  // a name of two words or more
                if NameLexicon.organizationHeads.contains(head) { longNames.append((head, i)) }
            }
        }
        // "Storm Elin … Elin is the fifth named storm": a storm's own name shortens it.
        for i in entities.indices where root(i) == i && entities[i].type == .event {
            var name = entities[i].name
            let own = name.withUTF8 { bytes -> WordKey? in
                guard let firstSpace = bytes.firstIndex(of: 0x20), let lastSpace = bytes.lastIndex(of: 0x20),
                      DocumentBuilder.stormWords.contains(WordKey(lowercasing: UnsafeBufferPointer(rebasing: bytes[..<firstSpace])))
                        || bytes.starts(with: "Tropical Storm ".utf8) else { return nil }
                return WordKey(lowercasing: UnsafeBufferPointer(rebasing: bytes[(lastSpace + 1)...]))
            }
            if let own { longNames.append((own, i)) }
        }
        guard !longNames.isEmpty else { return }
        longNames.sort { $0.key.rawValue < $1.key.rawValue }
        for i in entities.indices where root(i) == i && !DocumentBuilder.hasSpace(entities[i].name) {
            var name = entities[i].name
            let w = name.withUTF8 { WordKey(lowercasing: $0) }
            // Exactly one longer name it can shorten (listed once or twice).
            var k = longNames.partitioningIndex { $0.key.rawValue >= w.rawValue }
            var only: Int? = nil
            var ambiguous = false
            var allPeople = true
            var anyPerson = false
            var earliest = Int.max
            var organizations = 0
            var organization: Int? = nil
            while k < longNames.count, longNames[k].key == w {
                let candidate = longNames[k].entry
                if only == nil { only = candidate } else if candidate != only { ambiguous = true }
                if entities[candidate].type != .person { allPeople = false } else { anyPerson = true }
                if entities[candidate].type == .organization, candidate != organization { organizations += 1; organization = candidate }
                earliest = min(earliest, candidate)
                k += 1
            }
            // "Ada Lindqvist … her daughter, Karin Lindqvist … Lindqvist studied": a surname two
            // people share is the one the story named first, whom it then calls by it.
            if ambiguous && allPeople {
                ambiguous = false
                only = earliest
            }
            // "Carmaker Trivor recalls … Trivor Motors … the Trivor Aster": a company's short
            // form is the one company's among names of its products; so is a headline's word of no
            // known kind ("Lumora unveils … Lumora Motors … the Lumora Vesta").
            if ambiguous, entities[i].type == .organization || entities[i].type == .other && !anyPerson, organizations == 1 {
                ambiguous = false
                only = organization
            }
            guard !ambiguous, let target = only, target != i else { continue }
            if entities[target].type == .other {
                guard entities[i].type == .organization else { continue }
                entities[target].type = .organization
            }
            if entities[i].type != .other && entities[i].type != entities[target].type && certain[i] { continue }
            // "an office in Marlow" names the town, not "Marlow Motors".
            if entities[i].type == .place && entities[target].type == .organization { continue }
            let longName = entities[target].name
            addAlias(entities[i].name, to: target)
            // A headline's short form named first ("Kovac beats top seed … Milos Kovac stunned"):
            // the full name is the entity's name, and its type the full name's.
            let kept = root(target)
            if kept == i {
                if let at = entities[kept].aliases.firstIndex(of: longName) { entities[kept].aliases[at] = entities[kept].name }
                entities[kept].name = longName
                if entities[kept].type == .other { entities[kept].type = entities[target].type }
            }
        }
    }

    /// The keys of the capitalized words of a person's name that stand right before a lowercase
    /// particle ("Lula" in "Luiz Inacio Lula da Silva", "Salman" is the last word already), by
    /// which the news may call them alone.
    private static func appendMiddleNames(of name: String, entry: Int, to longNames: inout [(key: WordKey, entry: Int)]) {
        var name = name
        name.withUTF8 { bytes in
            var wordStart = 0
            var previous: Range<Int>? = nil
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
                let word = wordStart..<i
                if let before = previous, before.lowerBound > 0, bytes[before.lowerBound] < 0x61, word.count >= 2, bytes[word.lowerBound] >= 0x61,
                   EntityRecognizer.surnameParticles.contains(WordKey(bytes: UnsafeBufferPointer(rebasing: bytes[word]))) {
                    longNames.append((WordKey(lowercasing: UnsafeBufferPointer(rebasing: bytes[before])), entry))
                }
                previous = word
                wordStart = i + 1
            }
        }
    }

    /// "The World Health Organization said … The WHO's director-general": an acronym is an alias
    /// of the one organization of the document whose name's initials spell it ("of", "and",
    /// "for", "the" left out: "Center for Strategic and International Studies" is CSIS), also
    /// written with periods ("U.N." for "United Nations").
    mutating func mergeAcronyms() {
        // Most documents name no acronym: nothing else is read then.
        let acronyms = entities.indices.filter { i in
            root(i) == i && (2...8).contains(entities[i].name.utf8.count) && entities[i].name.utf8.allSatisfy { $0 &- 0x41 < 26 || $0 == 0x2E }
                && entities[i].name.utf8.first != 0x2E
        }
        guard !acronyms.isEmpty else { return }
        var organizations: [(initials: String, entry: Int)] = []
        for i in entities.indices where root(i) == i && entities[i].type == .organization && DocumentBuilder.hasSpace(entities[i].name) {
            organizations.append((DocumentBuilder.initials(of: entities[i].name), i))
        }
        for i in acronyms {
            let name = entities[i].name
            let letters = String(decoding: name.utf8.filter { $0 != 0x2E }, as: UTF8.self)
            let spelled = organizations.filter { $0.initials == letters && $0.entry != i }
            if spelled.count == 1 { addAlias(name, to: spelled[0].entry) }
        }
    }

    /// Whether a name has more than one word: read on its bytes (`utf8.contains` walks a
    /// string's view generically, a few hundred instructions a name).
    @inline(__always) static func hasSpace(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { $0.contains(0x20) }
    }

    /// The capital initials of a name's words (ASCII capitals), leaving out the small words
    /// between them: "Center for Strategic and International Studies" → "CSIS".
    static func initials(of name: String) -> String {
        var out: [UInt8] = []
        var atWordStart = true
        for b in name.utf8 {
            if b == 0x20 || b == 0x2D { atWordStart = true; continue }
            if atWordStart && b &- 0x41 < 26 { out.append(b) }
            atWordStart = false
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Mentions

    mutating func addMentions(entities matches: ArraySlice<EntityMatch>, times: ArraySlice<SentenceTime>,
                              quantities: ArraySlice<SentenceQuantity>) {
        let first = mentions.count
        for n in matches.indices {
            let local = local(for: matches[n])
            entities[local].mentions += 1
            if keepsMentions { mentions.append(mention(.entity, matches[n].tokens, entity: local)) }
        }
        guard keepsMentions else { return }
        // A time's or quantity's text is the mention's text: one string, shared, not two copies.
        // The boxes the facts share.
        for t in times {
            var m = mention(.time, t.tokens, text: t.time.text)
            m.boxedTime = t.boxed
            mentions.append(m)
        }
        for q in quantities {
            var m = mention(.quantity, q.tokens, text: q.quantity.text)
            m.boxedQuantity = q.boxed
            mentions.append(m)
        }
        // Sorted in place: sorting the slice `mentions[first...]` copies the whole array.
        mentions.withUnsafeMutableBufferPointer { all in
            var tail = UnsafeMutableBufferPointer(rebasing: all[first...])
            tail.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        }
    }

    func mention(_ kind: MentionKind, _ r: Range<Int>, entity: Int? = nil, text: String? = nil) -> ExtractedMention {
        let start = tokens[r.lowerBound].start
        let end = tokens[r.upperBound - 1].end
        return ExtractedMention(kind: kind, start: source.scalarOffset(start), end: source.scalarOffset(end),
                                text: text ?? source.string(start, end), entity: entity)
    }

    // MARK: Times

    /// The wire form of a time match, its interval narrowed by its mod and widened by "since".
    func timeExpression(_ m: TimeMatch, documentDate: CalendarDate) -> TimeExpression {
        var start: CalendarDate? = nil
        var end: CalendarDate? = nil
        if let (s, e) = m.point.interval {
            start = s
            end = e
            if let mod = m.mod {
                let days = e.dayNumber - s.dayNumber + 1
                if days == 7 {
                    // A week: the beginning is Monday to Wednesday, the end Friday to Sunday.
                    switch mod {
                    case "START": end = s.adding(days: 2)
                    case "MID": start = s.adding(days: 2); end = s.adding(days: 4)
                    case "END": start = s.adding(days: 4)
                    default: break
                    }
                } else if days >= 28 && days <= 31 {
                    let cut = [("START", 1, 10), ("MID", 11, 20), ("END", 21, e.day)].first { $0.0 == mod }
                    if let cut { start = CalendarDate(year: s.year, month: s.month, day: cut.1); end = CalendarDate(year: s.year, month: s.month, day: cut.2) }
                } else if days > 31 {
                    let months = (e.year - s.year) * 12 + e.month - s.month + 1
                    let third = max(1, months / 3)
                    switch mod {
                    // "early 2020" is its first quarter; "late 2019" its last four months (Duckling's reading).
                    case "START": end = s.adding(months: max(1, months / 4) - 1).endOfMonth
                    case "MID": start = s.adding(months: third); end = s.adding(months: 2 * third - 1).endOfMonth
                    case "END": start = s.adding(months: months - third)
                    default: break
                    }
                }
            }
            if m.extendsToDocumentDate, let e0 = end, documentDate > e0 { end = documentDate }
        }
        return TimeExpression(text: text(m.tokens), value: m.point.value, mod: m.mod, signal: m.signal, start: start, end: end)
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
