import FactModel

/// A name found in a sentence.
struct EntityMatch: Sendable {
    var tokens: Range<Int>
    var name: String
    var type: EntityType
    /// The name came from a cue word or the gazetteer rather than a guess.
    var certain: Bool
    /// The place of a dateline ("KABUL, Aug 30 (Wire) -", "WASHINGTON (AP) —"): where the story
    /// was filed, not what it is about.
    var isDateline = false
}

/// Finds names: runs of capitalized words, joined by "of", "for", "and", particles and hyphens,
/// typed by the gazetteer, by cue words (Institute, province, Dr.), and by context.
struct EntityRecognizer: TokenReader {
    let tokens: [Token]
    /// Each token lowercased.
    let words: [String]
    let source: SourceText
    let gazetteer: Gazetteer
    /// Tokens already read as times or quantities; set for each sentence.
    var taken: TokenMask

    static let nameAbbreviations: WordSet = ["st", "mt", "ft", "pt", "jr", "sr"]
    static let connectors: WordSet = ["of", "for", "and", "&", "de", "du", "da", "do", "dos", "das", "di", "del", "der", "van", "von", "al", "bin", "ibn", "la", "le", "y", "on"]


    /// Lowercase particles inside a person's name ("Lula da Silva", "von der Leyen", "bin Salman"),
    /// tested only after the cues of organizations and places ("Banco do Brasil" is a bank).
    static let surnameParticles: WordSet = ["da", "das", "do", "dos", "de", "van", "von", "der", "bin", "ibn", "ben"]

    /// Owners an organization may be named after: "People's Party", "Children's Hospital".
    static let collectiveOwners: WordSet = ["people", "children", "women", "workers", "veterans", "farmers", "peoples"]

    /// Lowercase particles joined to a name: "al-Qaida", "el-Sisi", "bin-Laden".
    static let nameParticles: WordSet = ["al", "el", "ad", "as", "an", "bin"]

    /// Whether token `i` can be part of a name: capitalized, or a particle joined to one. Inlined:
    /// the name scan asks it about every token, several times.
    @inline(__always) func isNameWord(_ i: Int, _ r: Range<Int>) -> Bool {
        guard r.contains(i), !taken[i], tokens[i].kind == .word else { return false }
        if tokens[i].isCapitalized || tokens[i].isAllCaps { return tokens[i].key != "'s" }
        // "al-Qaida", "el-Sisi": a lowercase particle joined to a capitalized name.
        guard tokens[i].flags.contains(.hasHyphen) else { return false }
        return isParticleName(i)
    }

    /// "al-Qaida", "el-Sisi": the hyphenated token `i` opens with a name particle and goes on
    /// with a capital.
    func isParticleName(_ i: Int) -> Bool {
        let utf8 = words[i].utf8
        guard let dash = utf8.firstIndex(of: 0x2D) else { return false }
        let particleLength = utf8.distance(from: utf8.startIndex, to: dash)
        guard particleLength == 2 || particleLength == 3,
              EntityRecognizer.nameParticles.contains(String(decoding: utf8[..<dash], as: UTF8.self)) else { return false }
        let afterDash = source.bytes[tokens[i].start + particleLength + 1]
        return afterDash >= 0x41 && afterDash <= 0x5A
    }

    /// Appends the names of `r` to `out`. `shortForms` are the words that shorten a name found
    /// earlier in the document — a person's last name, an organization's first word — so "Trump
    /// has threatened" keeps "Trump" although "trump" is an ordinary word too; this adds the
    /// names of `r`'s.
    /// (Not `mutating`: on an `inout` self, every call it made on `self` copied the recognizer,
    /// its token mask and all — 5 M instructions of memcpy per 200 documents.)
    func matches(in r: Range<Int>, shortForms: inout [WordKey], into out: inout [EntityMatch]) {
        var i = r.lowerBound
        while i < r.upperBound {
            guard isNameWord(i, r) else { i += 1; continue }
            var j = i + 1
            var sawOfFor = false
            while j < r.upperBound {
                if isNameWord(j, r), tokens[j].newlinesBefore == 0 { j += 1; continue }
                let w = tokens[j].key
                // "St. Louis", "Mt. Everest": an abbreviation's period inside a name.
                if w == ".", !tokens[j].spaceBefore, EntityRecognizer.nameAbbreviations.contains(tokens[j - 1].key), isNameWord(j + 1, r) {
                    j += 1
                    continue
                }
                // "the U.S. Attorney's Office", "the People's Party": an office named after its holder
                // ("Britain's Foreign Office" is Britain's, and stays two names).
                if w == "'s", isNameWord(j + 1, r), tokens[j + 1].newlinesBefore == 0,
                   NameLexicon.personTitles.contains(tokens[j - 1].key) || EntityRecognizer.collectiveOwners.contains(tokens[j - 1].key) {
                    var m = j + 1
                    while isNameWord(m, r), tokens[m].newlinesBefore == 0 { m += 1 }
                    if NameLexicon.organizationHeads.contains(tokens[m - 1].key) || tokens[m - 1].key == "republic" {
                        j = m
                        continue
                    }
                }
                // "the Harbour Workers' Union", "the National Farmers' Union": a plural owner's
                // apostrophe inside an organization's name.
                if w.isOne(of: "'", "\u{2019}"), !tokens[j].spaceBefore, words[j - 1].endsWith("s"), isNameWord(j + 1, r),
                   tokens[j + 1].newlinesBefore == 0 {
                    var m = j + 1
                    while isNameWord(m, r), tokens[m].newlinesBefore == 0 { m += 1 }
                    if NameLexicon.organizationHeads.contains(tokens[m - 1].key) {
                        j = m
                        continue
                    }
                }
                // "the Committee to Protect Journalists", "Campaign to Stop Killer Robots": a body
                // named for what it is for, "to" and a verb in capitals.
                if w == "to", tokens[j].newlinesBefore == 0, Coreference.publicBodyHeads.contains(tokens[j - 1].key) || tokens[j - 1].key == "campaign"
                    || tokens[j - 1].key == "coalition", isNameWord(j + 1, r), isNameWord(j + 2, r), tokens[j + 1].flags.contains(.verb),
                   VerbLexicon.lemma(tokens[j + 1].key).map({ WordKey($0) == tokens[j + 1].key }) ?? false {
                    j += 2
                    continue
                }
                // "the Nobel Prize in Chemistry": a prize in its field.
                if w == "in", tokens[j].newlinesBefore == 0, tokens[j - 1].key == "prize", isNameWord(j + 1, r), !isNameWord(j + 2, r),
                   known(j + 1) == nil {
                    j += 2
                    continue
                }
                guard EntityRecognizer.connectors.contains(w), tokens[j].newlinesBefore == 0 else { break }
                var k = j + 1
                if (w == "of" || w == "for" || w == "on") && key(k, r) == "the" { k += 1 }
                guard isNameWord(k, r) else { break }
                // "Adhi Agus Oktaviana of Indonesia's National Research Agency": a place that owns what
                // follows it is not part of the name before "of" (but "Bank of England's" is one name).
                if w == "of", j - i >= 2, !(i..<j).contains(where: { NameLexicon.organizationStarts.contains(tokens[$0].key)
                                                                   || NameLexicon.organizationHeads.contains(tokens[$0].key) }),
                   key(k + 1, r) == "'s", known(k)?.type == .place { break }
                if w == "and" || w == "&" {
                    // "Center for Strategic and International Studies", "Fire and Rescue Service",
                    // but not "Nangahar and Konar".
                    var m = k
                    while isNameWord(m, r), tokens[m].newlinesBefore == 0 { m += 1 }
                    let endsInOrganization = m - k >= 2 && NameLexicon.organizationHeads.contains(tokens[m - 1].key)
                        || NameLexicon.organizationFollowers.contains(key(m, r)) && !tokens[m].isCapitalized  // "Law and Justice party"
                    // "Keller & Voss", "Marks & Spencer": an ampersand joins the names of one firm.
                    // "Brannock Homes and Westvale Properties": two names of two words or more each,
                    // the first ending as an organization's does too (not "Greater Manchester Fire
                    // and Rescue Service").
                    // But "National Research and Innovation Agency": fields of work before a public body's head.
                    let twoNames = w == "and" && j - (tokens[i].flags.contains(.determiner) ? i + 1 : i) >= 2 && m - k >= 2
                        && NameLexicon.organizationHeads.contains(tokens[j - 1].key)
                        && !(Coreference.publicBodyHeads.contains(tokens[m - 1].key) && !Coreference.publicBodyHeads.contains(tokens[j - 1].key))
                    guard sawOfFor || endsInOrganization && !twoNames || w == "&" else { break }
                }
                if w == "of" || w == "for" || w == "on" {
                    // "Amal Ibarra of the Harrow Consortium", "Maria Lopez of Kestrel Bank": a person of
                    // an organization is two names.
                    // "Judge Miriam Osei of the Eastern District Court", "finance minister Viktor
                    // Hallan of the Civic Union": after a title, any name.
                    if w == "of", !sawOfFor, isPersonOfName(i, j, r) {
                        var m = k
                        while isNameWord(m, r), tokens[m].newlinesBefore == 0 { m += 1 }
                        if k == j + 2 || NameLexicon.organizationHeads.contains(tokens[m - 1].key) || known(m - 1)?.type == .organization { break }
                    }
                    // "members of the Pakistani Taliban": a lowercase-led phrase is not a name.
                    // "Leaders of Arvania and Belmont": nor is an ordinary word opening a sentence,
                    // whose "of" then joins no names with "and".
                    if !(w == "of" && j == i + 1 && i == r.lowerBound && words[i].endsWith("s") && gazetteer.isCommonWord(words[i])
                         && known(i) == nil && !NameLexicon.organizationStarts.contains(tokens[i].key)) {
                        sawOfFor = true
                    }
                }
                j = k + 1
            }
            // "Route 9", "Flight 370": a number naming one of a series.
            if EntityRecognizer.numbersName(j, r, tokens), tokens[j].newlinesBefore == 0 { j += 1 }
            let run = trim(i..<j, r, shortForms: shortForms)
            if let run, let m = classify(run, r) {
                if m.tokens.count >= 2, m.type == .person || m.type == .organization {
                    let word = tokens[m.type == .person ? m.tokens.upperBound - 1 : m.tokens.lowerBound].key
                    if !shortForms.contains(word) { shortForms.append(word) }
                } else if m.tokens.count == 1, m.type == .organization, m.certain, m.tokens.lowerBound > r.lowerBound {
                    // "Streaming service Vireo to raise prices … Vireo had 84 million subscribers": a
                    // company named once keeps its name at a sentence's start, though "vireo" is a word too.
                    let word = tokens[m.tokens.lowerBound].key
                    if !shortForms.contains(word) { shortForms.append(word) }
                }
                out.append(m)  // last: the match moves into the array, not copied
            }
            i = j
        }
    }

    /// Words before a name that make it a body: a party's place on the spectrum, an office.
    static let bodyDescriptions: WordSet = [
        "centre-right", "center-right", "centre-left", "center-left", "far-right", "far-left", "right-wing", "left-wing",
        "conservative", "liberal", "populist", "nationalist", "separatist", "opposition", "ruling", "governing",
        "office", "bureau", "body",
    ]

    /// Who a person is to another, written before the name: "Swedish rival Maja Dorn".
    static let peers: WordSet = [
        "rival", "teammate", "compatriot", "opponent", "countryman", "countrywoman", "champion", "challenger",
        "skier", "runner", "sprinter", "striker", "forward", "defender", "midfielder", "goalkeeper", "coach", "captain",
    ]

    /// What a company has in a place: "its Ludwigshafen site", "their Villach plant".
    static let ownedSites: WordSet = [
        "site", "sites", "plant", "plants", "factory", "factories", "facility", "refinery", "mine", "smelter", "works",
        "headquarters", "campus", "warehouse", "hub", "office", "offices", "operations", "store", "branch", "depot",
    ]

    /// Words a number after them names one of, written with a capital: "Route 9", "Terminal 2",
    /// "Flight 370"; the road-like ones are places.
    static let numberedHeads: WordMap<EntityType> = [
        "route": .place, "highway": .place, "interstate": .place, "motorway": .place, "road": .place,
        "runway": .place, "terminal": .place, "gate": .place, "pier": .place, "platform": .place,
        "berth": .place, "dock": .place, "block": .place, "sector": .place, "zone": .place, "ward": .place,
        "precinct": .place, "district": .place, "camp": .place, "reactor": .place, "flight": .other,
        // Stock indexes: "FTSE 100", "Nikkei 225", "Euro Stoxx 50", "Russell 2000", "S&P 500".
        "ftse": .other, "nikkei": .other, "stoxx": .other, "russell": .other, "cac": .other, "ibex": .other,
        "asx": .other, "nifty": .other, "dax": .other, "p": .other,
    ]

    /// Whether the number at `i` is part of the name before it ("Route 9"): a whole number, no
    /// wider than four digits, right after a capitalized head of ``numberedHeads``.
    static func numbersName(_ i: Int, _ r: Range<Int>, _ tokens: [Token]) -> Bool {
        guard r.contains(i), i > r.lowerBound, tokens[i].kind == .number, tokens[i].end - tokens[i].start <= 4,
              tokens[i - 1].isCapitalized, !tokens[i].flags.contains(.hasHyphen) else { return false }
        // "P" only as the end of "S&P".
        if tokens[i - 1].key == "p" { return i - 3 >= r.lowerBound && tokens[i - 2].key == "&" && tokens[i - 3].key == "s" }
        return numberedHeads[tokens[i - 1].key] != nil
    }

    /// Whether the name words `i..<j`, before an "of", are a person's name: a first name and one
    /// or two more words, or one to three words after a title in the run or written small before it.
    func isPersonOfName(_ i: Int, _ j: Int, _ r: Range<Int>) -> Bool {
        if NameLexicon.personTitles.contains(tokens[i].key) {
            return (1...3).contains(j - (key(i + 1, r) == "." ? i + 2 : i + 1))
        }
        if i > r.lowerBound, !tokens[i - 1].isCapitalized, NameLexicon.personTitles.contains(tokens[i - 1].key) { return (1...3).contains(j - i) }
        return (j - i == 2 || j - i == 3) && startsWithGivenName(i)
    }

    /// Whether the one-word name at `i` ends a list of one-word names after a preposition of
    /// place: "in Madrid and Seville", "near Ostvik, Marren or Velden" (not "Born in Gothenburg,
    /// Lindqvist studied": the last name of a list follows "and" or "or"); also the end of a
    /// way from a place or an unknown name: "from Lindau to Messel".
    func isInPlaceList(_ i: Int, _ r: Range<Int>) -> Bool {
        if key(i - 1, r) == "to" {
            return key(i - 3, r) == "from" && tokens[i - 2].isCapitalized && tokens[i - 2].kind == .word
                && (known(i - 2)?.type ?? .place) == .place
        }
        guard key(i - 1, r).isOne(of: "and", "or") else { return false }
        var k = i - 1
        var names = 0
        while k - 1 > r.lowerBound, tokens[k].key.isOne(of: "and", "or", ","), tokens[k - 1].isCapitalized, tokens[k - 1].kind == .word {
            names += 1
            k -= 2
        }
        return names > 0 && key(k, r).isOne(of: "in", "at", "near", "across", "from")
    }

    /// Whether the name word at `i` is a first name (the extractor's list or the census lists).
    func startsWithGivenName(_ i: Int) -> Bool {
        NameLexicon.givenNames.contains(tokens[i].key) || PersonGender.isGivenName(tokens[i].key)
    }

    /// Drops sentence-initial ordinary words and titles from a run; nil when nothing is left.
    func trim(_ run: Range<Int>, _ r: Range<Int>, shortForms: [WordKey]) -> Range<Int>? {
        var start = run.lowerBound
        var end = run.upperBound
        let sentenceStart = r.lowerBound
        func atSentenceStart(_ i: Int) -> Bool {
            var k = i - 1
            while k >= sentenceStart, tokens[k].kind == .punctuation { k -= 1 }
            if k < sentenceStart { return true }
            // A table cell starts like a sentence: "| Containers (Feb) |".
            if tokens[i - 1].key == "|" { return true }
            // So does what follows a colon: "Q&A: What the new law means".
            if tokens[i - 1].key == ":" { return true }
            // After a dateline ("GENEVA, Oct 12 (Wire) - Talks resumed", "HOUSTON — More than"),
            // the story's first word.
            guard i - 2 >= sentenceStart, Lexicon.dashes.contains(tokens[i - 1].key) else { return false }
            return tokens[i - 2].key == ")" || (sentenceStart..<(i - 1)).allSatisfy { tokens[$0].isAllCaps || tokens[$0].key == "," }
        }
        while start < end, atSentenceStart(start) {
            let w = words[start]
            let wk = tokens[start].key
            // "Shares of Apple Inc", "Members of the Taliban", "Fires on Evia": an ordinary noun and
            // "of" or "on" before a name.
            if end - start > 2, tokens[start + 1].key.isOne(of: "of", "on"), gazetteer.isCommonWord(w),
               !NameLexicon.organizationStarts.contains(wk), known(start) == nil {
                start += 2
                while start < end, tokens[start].key == "the" { start += 1 }
                continue
            }
            if end - start == 2, tokens[end - 1].kind == .number { break }  // "Route 9 reopened"
            if wk.isOne(of: "neighboring", "neighbouring") { start += 1; continue }  // "Neighboring Tenzara closed", "Neighbouring districts"
            // "Startup Lumina Grid raises", "Chipmaker Arvex said": a headline's description before the name.
            if end - start > 2 || end - start == 2 && !tokens[start + 1].flags.contains(.verb),
               Coreference.businessNouns.contains(wk) || wk.isOne(of: "regulator", "watchdog", "rival", "rivals")
                || end - start > 2 && NameLexicon.occupations.contains(wk),  // "Novelist Ada Brennan dies"
               tokens[start + 1].isCapitalized,
               known(start) == nil, !shortForms.contains(wk) {
                start += 1
                continue
            }
            // "Unseeded Milos Kovac stunned", "Veteran Ana Ruiz won": a word that is no first name
            // before a first name and a surname.
            if end - start == 3,
               PersonGender.isGivenName(tokens[start + 1].key) || NameLexicon.givenNames.contains(tokens[start + 1].key)
                || w.endsWith("ed") && w.utf8.count >= 7,
               !PersonGender.isGivenName(wk), !NameLexicon.givenNames.contains(wk), !NameLexicon.personTitles.contains(wk),
               gazetteer.isCommonWord(w) || w.endsWith("ed"), known(start) == nil, !NameLexicon.organizationStarts.contains(wk),
               !NameLexicon.organizationFirstWords.contains(wk), !NameLexicon.placeStarts.contains(wk),
               !EntityRecognizer.compassWords.contains(wk), known(end - 1) == nil {
                start += 1
                continue
            }
            let single = end - start == 1
            // "Harbour city approves": a place's head word alone names no place.
            let common = single && (gazetteer.isCommonWord(w) || NameLexicon.placeHeads.contains(wk) || isUnrepeatedCompound(start, r))
                && known(start) == nil
                && !NameLexicon.givenNames.contains(wk) && !tokens[start].isAllCaps && !shortForms.contains(wk)
                && !isCompanySpeaking(start, r)
            if tokens[start].isAllCaps && w.utf8.count > 1 { break }  // "US forces": an acronym, not the pronoun
            if Lexicon.sentenceStarters.contains(wk) || tokens[start].flags.contains(.functionWord) || common
                || (w.endsWith("ly") && w.utf8.count > 4 && known(start) == nil)
                // "Nine-hour outage hits …": a count joined to its noun.
                || tokens[start].flags.contains(.hasHyphen) && single && EntityRecognizer.isCountCompound(text(start..<start + 1))
                // "Rising prices", "Flooding closed": a known verb form or word, not "Boeing", "Beijing".
                || (w.endsWith("ing") && w.utf8.count > 5 && single
                    && (tokens[start].flags.contains(.verb) || gazetteer.isCommonWord(w)) && known(start) == nil) {
                start += 1
                while start < end, EntityRecognizer.connectors.contains(tokens[start].key) || tokens[start].key == "the" { start += 1 }
            } else {
                break
            }
        }
        // "The Northern Harbor Port Authority" is the Northern Harbor Port Authority.
        while start < end, tokens[start].key.isOne(of: "the", "a", "an") { start += 1 }
        while end > start, EntityRecognizer.connectors.contains(tokens[end - 1].key) || tokens[end - 1].key == "the" { end -= 1 }
        guard start < end else { return nil }
        // A single letter ("K" in "the 'K' in ISIS-K") is not a name.
        if end - start == 1, words[start].utf8.count < 2 { return nil }
        // "London-based", "Iran-backed", "Soviet-era": a name made an adjective describes
        // something else.
        if tokens[end - 1].flags.contains(.hasHyphen), EntityRecognizer.isAdjectiveCompound(words[end - 1]) { return nil }
        // "small Earth-observation satellites": one word, a capital then a hyphen and a word
        // written small, before a noun, describes it ("al-Qaida" opens small; "Coca-Cola" has two capitals).
        if end - start == 1, tokens[start].flags.contains(.hasHyphen), tokens[start].isCapitalized, isLowercaseAfterHyphen(start), known(start) == nil,
           r.contains(end), tokens[end].kind == .word, !tokens[end].isCapitalized, !tokens[end].flags.contains(.functionWord),
           !tokens[end].flags.contains(.verb) { return nil }
        return start..<end
    }

    /// Whether the letter after the first hyphen of token `i` is written small: "Earth-observation".
    func isLowercaseAfterHyphen(_ i: Int) -> Bool {
        let bytes = source.bytes
        var k = tokens[i].start
        while k < tokens[i].end, bytes[k] != 0x2D { k += 1 }
        return k + 1 < tokens[i].end && bytes[k + 1] &- 0x61 < 26
    }

    /// Words that name a part of a place: "Southern Africa", "Central Asia", "Eastern Ukraine".
    static let compassWords: WordSet = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
        "southwestern",
    ]

    /// Endings that make a hyphenated name an adjective: "-based", "-led", "-backed", "-era".
    static let adjectiveEndings: [StaticString] = [
        "-based", "-born", "-led", "-backed", "-owned", "-run", "-funded", "-linked", "-allied", "-aligned",
        "-made", "-style", "-era", "-bound", "-controlled", "-held", "-listed", "-registered", "-headquartered",
    ]

    /// Whether a lowercased word ends in one of ``adjectiveEndings``.
    static func isAdjectiveCompound(_ word: String) -> Bool {
        adjectiveEndings.contains { word.endsWith($0) }
    }

    /// Whether a word before the name at `i` leads to a place: "in", "at", "near", "across",
    /// "from", "off" (over a compass word written small: "in central Lindholm"), or "to" after a verb
    /// of going ("moved to Dunmore", "fled to Ostvik").
    func placeWordBefore(_ i: Int, _ r: Range<Int>) -> Bool {
        var k = i - 1
        if EntityRecognizer.compassWords.contains(key(k, r)), !tokens[k].isCapitalized { k -= 1 }
        let w = key(k, r)
        return w.isOne(of: "in", "at", "near", "across", "from", "off") || w == "to" && EntityRecognizer.goingVerbs.contains(key(k - 1, r))
    }

    /// What a source gives, whose "from" leads to who gives it: "data from MarineWatch",
    /// "figures from Lendex".
    static let sourceNouns: WordSet = [
        "data", "figures", "statistics", "numbers", "estimates", "report", "survey", "analysis", "research", "study",
        "filings", "polling",
    ]

    /// Verbs of going somewhere, whose "to" leads to a place.
    static let goingVerbs: WordSet = [
        "moved", "move", "moves", "moving", "travelled", "traveled", "flew", "fled", "flee", "returned", "return",
        "relocated", "emigrated", "went", "headed", "sailed", "drove", "deported", "evacuated", "walked", "ran",
    ]

    /// Whether a hyphenated word as written opens with a number word before a word written
    /// small: "Nine-hour", "Two-day" (not "Twenty-First").
    static func isCountCompound(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        guard let dash = bytes.firstIndex(of: 0x2D), dash + 1 < bytes.count, bytes[dash + 1] &- 0x61 < 26 else { return false }
        return Lexicon.smallNumbers[WordKey(String(decoding: bytes[..<dash], as: UTF8.self).lowercased())] != nil
    }

    func text(_ run: Range<Int>) -> String { source.string(tokens[run.lowerBound].start, tokens[run.upperBound - 1].end) }

    func classify(_ run: Range<Int>, _ r: Range<Int>) -> EntityMatch? {
        var run = run
        var type: EntityType? = nil
        // Titles: "President Joe Biden", "Dr. Amal Haddad", "Governor Ruiz".
        var titled = false
        // "Finance Ministry", "World Health Organization": words that are titles before a person's
        // name are part of an organization's.
        // So are they of a street's or square's: "King Street", "Queen Square".
        let organizationNamed = NameLexicon.organizationHeads.contains(tokens[run.upperBound - 1].key)
            || NameLexicon.placeHeads.contains(tokens[run.upperBound - 1].key) && tokens[run.upperBound - 1].key != "state"
        while run.count > 1, !organizationNamed, isPersonTitle(run.lowerBound) {
            run = (run.lowerBound + 1)..<run.upperBound
            if key(run.lowerBound, r) == "." { run = (run.lowerBound + 1)..<run.upperBound }
            titled = true
        }
        // A title inside the run: "City Transport Commissioner Helen Achterberg" → Helen Achterberg.
        if !titled, !organizationNamed, run.count > 2,
           let t = run.dropLast().lastIndex(where: { NameLexicon.personTitles.contains(tokens[$0].key)
                && (!NameLexicon.organizationHeads.contains(tokens[$0].key) || tokens[$0].key == "executive") }),
           run.upperBound - (t + 1) <= 3 {
            run = (t + 1)..<run.upperBound
            titled = true
        }
        guard !run.isEmpty else { return nil }
        let before = key(run.lowerBound - 1, r)
        let titleAt = before == "." ? run.lowerBound - 2 : run.lowerBound - 1
        if NameLexicon.personTitles.contains(key(titleAt, r)) && (before == "." || tokens[run.lowerBound - 1].isCapitalized || lower(titleAt, r).count > 3) {
            titled = true
        }
        let first = tokens[run.lowerBound].key
        let head = tokens[run.upperBound - 1].key
        let after = key(run.upperBound, r)
        // "Q&A", "R&D": letters joined by an ampersand that name no one.
        if run.count == 3, tokens[run.lowerBound + 1].key == "&", NameLexicon.notNames.contains(WordKey(text(run).lowercased())) { return nil }
        var name = text(run)
        var certain = true
        if run.count == 1 {
            // Months, weekdays and nationality adjectives alone are not names.
            if Lexicon.months[first] != nil || Lexicon.weekdays[first] != nil { return nil }
            if NameLexicon.demonyms.contains(first) && !(tokens[run.lowerBound].isAllCaps) { return nil }
            // "The Dane's exit", "two Britons": a person of a country, not a name.
            if NameLexicon.nationalityNouns.contains(first), before == "the" || run.lowerBound > r.lowerBound && tokens[run.lowerBound - 1].kind == .number
                || Lexicon.smallNumbers[before] != nil { return nil }
            if NameLexicon.personTitles.contains(first) || NameLexicon.notNames.contains(first) { return nil }
            // "the first century BC", "in 300 AD": an era, not a name.
            if first.isOne(of: "bc", "bce", "ad", "ce"), tokens[run.lowerBound].isAllCaps,
               run.lowerBound > r.lowerBound && tokens[run.lowerBound - 1].kind == .number || before.isOne(of: "century", "millennium") {
                return nil
            }
        }
        let dateAfter = Lexicon.months[key(run.upperBound + 1, r)] != nil || Lexicon.weekdays[key(run.upperBound + 1, r)] != nil
        // "KABUL, Aug 30 (Wire) -", or a paragraph that opens "HOUSTON — ".
        let dashAfter = Lexicon.dashes.contains(after) && r.contains(run.upperBound + 1) && tokens[run.upperBound + 1].isCapitalized
            && (tokens[run.lowerBound].newlinesBefore > 0 || run.lowerBound == 0)
        // "WARSAW (AP) —": the agency in parentheses between the place and the dash.
        let agencyAfter = after == "(" && key(run.upperBound + 2, r) == ")" && Lexicon.dashes.contains(key(run.upperBound + 3, r))
        // (Set in bold or italics too: "**MARLOW, Aug. 4** —".)
        let opensSentence = (r.lowerBound..<run.lowerBound).allSatisfy { tokens[$0].key.isOne(of: "*", "_") }
        let isDateline = opensSentence && (after == "," && dateAfter || dashAfter || agencyAfter) && run.allSatisfy({ tokens[$0].isAllCaps })
            && gazetteer.lookup(name)?.type != .organization
        if isDateline {
            // "KABUL, Aug 30 (Wire) -": a dateline names a place, in capitals.
            name = run.map { EntityRecognizer.titleCased(words[$0]) }.joined(separator: " ")
            return EntityMatch(tokens: run, name: gazetteer.lookup(name)?.canonical ?? name, type: .place, certain: true, isDateline: true)
        }
        if before == "(", after == ")", isDatelineAgency(run, r) {
            return EntityMatch(tokens: run, name: name, type: .organization, certain: true)
        }
        if tokens[run.upperBound - 1].kind == .number, let numbered = EntityRecognizer.numberedHeads[tokens[run.upperBound - 2].key] {
            type = numbered  // "Route 9", "Interstate 95", "Flight 370"
        } else if let known = run.count == 1 ? self.known(run.lowerBound) : gazetteer.lookup(name) {
            type = known.type
            if known.type == .place { name = known.canonical }
            // "Ibarra said" after "Governor Tomas Ibarra": a city's name alone may be a surname.
            if run.count == 1, known.type == .place, gazetteer.mayBeSurname(name) { certain = false }
        } else if run.count >= 2, EntityRecognizer.compassWords.contains(tokens[run.lowerBound].key),
                  gazetteer.lookup(text(run.lowerBound + 1..<run.upperBound))?.type == .place {
            type = .place  // "Southern Africa", "Eastern Ukraine": a part of a known place
        } else if !titled, before.isOne(of: "at", "from", "with"), RelationExtractor.peopleNouns.contains(key(run.lowerBound - 2, r))
                    || before == "at" && NameLexicon.personTitles.contains(key(run.lowerBound - 2, r))
                    || before == "from" && EntityRecognizer.sourceNouns.contains(key(run.lowerBound - 2, r)) {
            // "analysts at Capital Economics", "researchers from Orrin Labs", "chief investment officer at Calder Wealth",
            // "tracking data from MarineWatch"
            type = .organization
        } else if !titled, before.isOne(of: "of", "in") && key(run.lowerBound - 2, r).isOne(of: "shares", "stock", "stake", "shareholders")
                    || after.isOne(of: "shares", "stock", "shareholders") && !tokens[run.upperBound].isCapitalized {
            type = .organization  // "Shares of Nvidia", "stake in Orlen", "Boeing shares fell": only a company has shares
        } else if !titled, let described = Coreference.descriptions[before], described == .organization,
                  !tokens[run.lowerBound - 1].isCapitalized || run.lowerBound - 1 == r.lowerBound,  // "Carmaker Trivor recalls"
                  // (Not "the side Mateo Ruiz joined".)
                  !before.isOne(of: "side", "squad") || !PersonGender.isGivenName(first) {
            type = .organization  // "French publisher Ubisoft", "chipmaker Nvidia", "energy company DTEK"
        } else if !titled, case let d = before == "the" ? run.lowerBound - 2 : run.lowerBound - 1, key(d, r).isOne(of: "weekly", "daily"),
                  !tokens[d].isCapitalized, r.contains(d - 1), tokens[d - 1].kind == .word, !tokens[d - 1].flags.contains(.verb) {
            type = .organization  // "a reporter for the independent weekly The Copperbelt Voice"
        } else if !titled, EntityRecognizer.bodyDescriptions.contains(before), !tokens[run.lowerBound - 1].isCapitalized,
                  !PersonGender.isGivenName(first), !NameLexicon.givenNames.contains(first) {
            type = .organization  // "the centre-right Civic Platform", "the EU statistics office Eurostat"
        } else if !titled, Coreference.descriptions[before] == .work, !tokens[run.lowerBound - 1].isCapitalized {
            type = .work  // "published in the journal Nature"
        } else if !titled, Coreference.descriptions[before] == .product, !tokens[run.lowerBound - 1].isCapitalized, known(run.lowerBound) == nil,
                  !(r.contains(run.upperBound) && tokens[run.upperBound].flags.contains(.verb) && !tokens[run.upperBound].isCapitalized) {
            type = .product  // "its blood pressure drug Calvorin" (not "the vaccine Pfizer developed")
        } else if !titled, let noun = nounBeforeApposition(run, r), Coreference.descriptions[noun] == .organization,
                  !NameLexicon.givenNames.contains(first), !PersonGender.isGivenName(first) {
            type = .organization  // "talks with the port operator, Castrell Terminals, broke down"
        } else if titled {
            type = .person
        } else if before.isOne(of: "neighboring", "neighbouring") {
            type = .place  // "planes from neighboring Ostravia"
        } else if before.isOne(of: "its", "their"), run.count <= 2, r.contains(run.upperBound), !tokens[run.upperBound].isCapitalized,
                  EntityRecognizer.ownedSites.contains(after), !NameLexicon.organizationHeads.contains(head) {
            type = .place  // "cut output at its Ludwigshafen site": whose it is, "its" says; the name says where
        } else if NameLexicon.organizationFollowers.contains(after) && !tokens[run.upperBound].isCapitalized {
            type = .organization  // "the Law and Justice party", "the Wagner group"
        } else if NameLexicon.eventFollowers.contains(after) && !tokens[run.upperBound].isCapitalized {
            type = .event  // "the COVID-19 pandemic"
        } else if NameLexicon.organizationHeads.contains(head) && !(head == "executive" && isTitleOfExecutive(run))
                    || NameLexicon.organizationStarts.contains(first) && run.count > 2
                    || (first.isOne(of: "fc", "afc") || NameLexicon.organizationFirstWords.contains(first)) && run.count > 1  // "FC Dunmore"
                    || NameLexicon.organizationHeads.contains(headBeforeConnector(run)) || run.contains(where: { tokens[$0].key == "&" || tokens[$0].key == "to" }) {
            type = .organization
        } else if let headKnown = known(run.upperBound - 1), headKnown.type == .organization, run.count <= 3 {
            type = .organization  // "Pakistani Taliban", "Afghan Taliban"
        } else if !titled, run.count == 2 || run.count == 3,
                  RelationExtractor.personNouns.contains(before) || NameLexicon.occupations.contains(before) || EntityRecognizer.peers.contains(before),
                  !tokens[run.lowerBound - 1].isCapitalized,
                  !tokens[run.upperBound - 1].isAllCaps, !NameLexicon.placeHeads.contains(head), !NameLexicon.placeStarts.contains(first),
                  known(run.lowerBound) == nil {
            type = .person  // "Swedish rival Maja Dorn", "economist Ana Ruiz": a person's noun right before a name
        } else if NameLexicon.placeHeads.contains(head) || NameLexicon.placeFollowers.contains(after) || isFacility(after: run.upperBound, r)
                    || NameLexicon.placeStarts.contains(first) && run.count > 1
                    || NameLexicon.stateStarts.contains(first) && run.count > 2 && tokens[run.lowerBound + 1].key == "of" {
            type = .place
        } else if let noun = nounBeforeApposition(run, r), Coreference.descriptions[noun] == .place || noun == "capital" {
            type = .place  // "in the capital, Tarvas,", "the port city, Ostvik."
        } else if run.count >= 2, run.count <= 3, let noun = nounBeforeApposition(run, r), RelationExtractor.personNouns.contains(noun) {
            type = .person  // "a local businessman, Pavel Horak, bought it"
        } else if let noun = nounBeforeApposition(run, r), Coreference.descriptions[noun] == .product {
            type = .product  // "its first foldable phone, the Helix Fold,"
        } else if let of = listLead(before: run.lowerBound, r), !tokens[of - 1].isCapitalized || of - 1 == r.lowerBound,
                  NameLexicon.placeFollowers.contains(key(of - 1, r)) || isPlaceOwner(of - 1, r) {
            type = .place  // "the town of Velden", "the towns of Marren and Ostvik", "the mayor of Marbury"
        } else if (NameLexicon.eventHeads.contains(head) || NameLexicon.eventStarts.contains(first)) && run.count > 1 {
            type = .event
        } else if NameLexicon.workHeads.contains(head) && run.count > 1 {
            type = .work
        } else if NameLexicon.productHeads.contains(first) || NameLexicon.productEnds.contains(head) && run.count > 1 {
            type = .product
        } else if (run.count == 2 || run.count == 3), before == "'s", known(run.lowerBound - 2)?.type == .place,
                  !tokens[run.upperBound - 1].isAllCaps {
            type = .person  // "set by Ethiopia's Tigist Alemu": a country's own, named in full
        } else if NameLexicon.givenNames.contains(first) && run.count >= 2 && run.count <= 4 {
            type = .person
        } else if run.count >= 3, run.dropFirst().dropLast().contains(where: { EntityRecognizer.surnameParticles.contains(tokens[$0].key) && !tokens[$0].isCapitalized }) {
            type = .person  // "Luiz Inacio Lula da Silva", "Ursula von der Leyen", "Mohammed bin Salman"
        } else if (run.count == 2 || run.count == 3), PersonGender.isGivenName(first), !tokens[run.upperBound - 1].isAllCaps,
                  !gazetteer.isCommonWord(words[run.upperBound - 1]), known(run.upperBound - 1).map({ $0.type == .place }) ?? true,
                  known(run.lowerBound) == nil {
            // "Caroline Ellison": a first name, then a word that is no English word; or a place's
            // name, as surnames can be ("Amal Ibarra")
            type = .person
        } else if tokens[run.lowerBound].isAllCaps && run.count == 1 {
            type = .organization
        } else if run.count <= 4, let described = appositiveDescription(run, r), described != .person {
            type = described  // "Volta Cells, a startup spun out of …", "Marren, a town in the north"
        } else if NameLexicon.speechVerbs.contains(after) && run.count >= 2 && run.count <= 3 {
            // Who speaks is a person or an organization: "Jason Tuvey said", but "Human Rights
            // Watch said" (opening with an English word that is no first name) is an organization.
            let first = tokens[run.lowerBound].key
            let wordy = gazetteer.isCommonWord(words[run.lowerBound]) && !NameLexicon.givenNames.contains(first) && !PersonGender.isGivenName(first)
            type = wordy ? .organization : .person
        } else if NameLexicon.speechVerbs.contains(before) && !tokens[run.lowerBound - 1].isCapitalized && run.count >= 2 && run.count <= 3
                    && key(run.upperBound, r).isOne(of: ",", ".") {
            // '"…," said Gemma Ward, head of …': who speaks after the verb, as before it.
            let first = tokens[run.lowerBound].key
            let wordy = gazetteer.isCommonWord(words[run.lowerBound]) && !NameLexicon.givenNames.contains(first) && !PersonGender.isGivenName(first)
            type = wordy ? .organization : .person
        } else if NameLexicon.speechVerbs.contains(after) && run.count == 1, let speaker = pronounAfterSpeech(run.upperBound + 1, r) {
            type = speaker  // "Nvidia said its revenue rose", "Okafor said he would": the pronoun tells which
        } else if run.count <= 3 && isFollowedByAge(run, r) {
            type = .person  // "Lula, 77, who led Brazil", "Coco Gauff, 19, won"
        } else if run.count >= 2 && run.count <= 3 && (isAppositivePerson(run, r) || hasRoleBefore(run, r)) {
            type = .person
        } else if placeWordBefore(run.lowerBound, r) || run.count == 1 && isInPlaceList(run.lowerBound, r),
                  run.count == 1 || run.count == 2 && EntityRecognizer.compassWords.contains(first) {
            // "in Mombasa", "in North Waziristan", "in central Lindholm", "moved to Dunmore": a
            // place, unless more is known
            type = .place
            certain = false
        } else if hasWhatACountryHas(after: run, r) {
            type = .place  // "Maravia's central bank", "Estavia's prime minister"
            certain = false
        } else if run.count == 2, r.contains(run.upperBound), tokens[run.upperBound].flags.contains(.verb), !tokens[run.upperBound].isCapitalized,
                  isUnknownPair(run) {
            type = .person  // "Milos Kovac stunned": two words no dictionary or gazetteer knows, no cue of a business, then a verb
            certain = false
        } else if run.count == 1, hasInnerCapital(run.lowerBound) {
            type = .organization  // "rival SunCrest", "data from MarineWatch": a capital inside one word names a business
            certain = false
        } else {
            certain = false
        }
        return EntityMatch(tokens: run, name: name, type: type ?? .other, certain: certain)
    }
}

extension EntityRecognizer {
    /// Whether "'s" and what only a country has follow the name: a central bank, a government,
    /// a prime minister, an economy.
    func hasWhatACountryHas(after run: Range<Int>, _ r: Range<Int>) -> Bool {
        let k = run.upperBound + 1
        guard key(run.upperBound, r) == "'s", r.contains(k), !tokens[k].isCapitalized else { return false }
        let w = tokens[k].key
        if w.isOne(of: "government", "parliament", "economy", "military", "army", "navy", "currency", "constitution", "president") { return true }
        let next = key(k + 1, r)
        return w == "central" && next == "bank" || w == "prime" && next == "minister"
            || w.isOne(of: "foreign", "finance", "defence", "defense", "interior") && next.isOne(of: "minister", "ministry")
    }

    /// Whether both words of a two-word name are plain words that neither the word list nor the
    /// gazetteer knows, with no cue of a business or a place: a person's first name and surname.
    func isUnknownPair(_ run: Range<Int>) -> Bool {
        run.allSatisfy { k in
            // A surname may be a place's name too: "Amal Ibarra", "Sami Jordan".
            tokens[k].flags.contains(.plainWord) && !tokens[k].isAllCaps && !tokens[k].flags.contains(.hasDigit)
                && !gazetteer.isCommonWord(words[k]) && !hasInnerCapital(k)
                && (known(k).map { k == run.upperBound - 1 && $0.type == .place } ?? true)
                && !NameLexicon.organizationHeads.contains(tokens[k].key) && !NameLexicon.organizationFirstWords.contains(tokens[k].key)
                && !NameLexicon.placeHeads.contains(tokens[k].key) && !NameLexicon.placeStarts.contains(tokens[k].key)
                && Lexicon.months[tokens[k].key] == nil
        }
    }

    /// "Chief Executive", "Deputy Chief Executive": a title, not the body "Health and Safety
    /// Executive".
    func isTitleOfExecutive(_ run: Range<Int>) -> Bool {
        run.count == 1 || tokens[run.upperBound - 2].key.isOne(of: "chief", "deputy", "acting", "interim", "vice", "senior", "group")
    }

    /// Whether a capitalized word has a capital after a lowercase letter, past the prefixes of
    /// surnames: "SunCrest", "OpenAI"; not "McCarthy", "DeSantis", "LeBron", "MacArthur".
    func hasInnerCapital(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.isCapitalized, !token.isAllCaps, token.flags.contains(.plainWord), !token.flags.contains(.hasDigit) else { return false }
        // The token's word is lowercased: the capitals are read from the text.
        let original = source.bytes[token.start..<token.end]
        guard let k = (original.startIndex + 2..<original.endIndex).first(where: { original[$0] &- 0x41 < 26 && original[$0 - 1] &- 0x61 < 26 })
        else { return false }
        return !EntityRecognizer.surnamePrefixes.contains(String(decoding: words[i].utf8.prefix(k - original.startIndex), as: UTF8.self))
    }

    /// What opens a surname before a capital inside it: "McCarthy", "DeSantis", "FitzGerald".
    static let surnamePrefixes: WordSet = ["mc", "mac", "de", "di", "la", "le", "du", "da", "van", "von", "fitz"]

    /// The gazetteer's entry for token `k` alone, by its key when the word is plain.
    @inline(__always) func known(_ k: Int) -> (type: EntityType, canonical: String)? {
        tokens[k].flags.contains(.plainWord) ? gazetteer.lookup(plainWord: words[k], key: tokens[k].key) : gazetteer.lookup(words[k])
    }

    /// The lowercase noun a name is set off after, when the name stands alone between commas or
    /// ends the sentence: "the port operator, Castrell Terminals," → "operator"; "in the capital,
    /// Tarvas." → "capital".
    func nounBeforeApposition(_ run: Range<Int>, _ r: Range<Int>) -> WordKey? {
        // "its first foldable phone, the Helix Fold,": an article may open the name's side, and
        // a word that names it before that: "The device, called the Tessera Fold Pro,".
        var comma = key(run.lowerBound - 1, r) == "the" ? run.lowerBound - 2 : run.lowerBound - 1
        if RelationExtractor.namingWords.contains(key(comma, r)) { comma -= 1 }
        guard key(comma, r) == ",", r.contains(comma - 1), !tokens[comma - 1].isCapitalized,
              key(run.upperBound, r).isOne(of: ",", ".") || run.upperBound == r.upperBound else { return nil }
        return tokens[comma - 1].key
    }

    /// Whether the noun at `k`, before "of", is one only a place has: "the mayor of Marbury",
    /// "residents of Ostvik", "the neighbouring country of Varnia", "the city council of Marbury"
    /// (a council of a town or a city; "the board of Acme" is a company's).
    func isPlaceOwner(_ k: Int, _ r: Range<Int>) -> Bool {
        let w = key(k, r)
        if NameLexicon.placeOwners.contains(w) { return true }
        return w == "council" && NameLexicon.localCouncils.contains(key(k - 1, r))
    }

    /// What the pronoun that opens a reported clause at `i` says of the speaker before the verb:
    /// "it", "its" an organization, "he", "she", "his", "her" a person ("that" skipped).
    func pronounAfterSpeech(_ i: Int, _ r: Range<Int>) -> EntityType? {
        let k = key(i, r) == "that" ? i + 1 : i
        let w = key(k, r)
        if w.isOne(of: "it", "its") { return .organization }
        if w.isOne(of: "he", "she", "his", "her") { return .person }
        return nil
    }

    /// "Shell said it would sell", "Apple said its sales rose": an ordinary word opening the
    /// sentence is a company's name when "it" or "its" reports what it said. Not "Officials said
    /// it" (a plural), nor "Police said it" (an institution).
    func isCompanySpeaking(_ i: Int, _ r: Range<Int>) -> Bool {
        let wk = tokens[i].key
        return NameLexicon.speechVerbs.contains(key(i + 1, r)) && pronounAfterSpeech(i + 2, r) == .organization
            && !words[i].endsWith("s") && !Coreference.descriptionNouns.contains(wk) && !RelationExtractor.peopleNouns.contains(wk)
    }

    /// Whether the word at `i` is two words of the word list run together ("Drugmaker",
    /// "Heatwave", "Chipmakers") opening a headline (no full stop at its end), followed by no
    /// speech verb or apposition and written with a capital nowhere else in the document: a
    /// headline's first word, not a name ("Northstar was founded.", "Greenpeace said",
    /// "Cloudnest, the storage service,", "Facebook … Facebook" stay names).
    func isUnrepeatedCompound(_ i: Int, _ r: Range<Int>) -> Bool {
        guard !tokens[r.upperBound - 1].key.isOne(of: ".", "!", "?", "\"", "\u{201D}"),
              !NameLexicon.speechVerbs.contains(key(i + 1, r)), key(i + 1, r) != "," else { return false }
        var word = words[i]
        let isCompound = word.withUTF8 { bytes -> Bool in
            var n = bytes.count
            guard n >= 7, n <= 24, bytes.allSatisfy({ $0 &- 0x61 < 26 }) else { return false }
            if bytes[n - 1] == 0x73, bytes[n - 2] != 0x73 { n -= 1 }  // "chipmakers"
            for cut in 3...(n - 3) {
                let head = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<cut]), as: UTF8.self)
                guard gazetteer.isCommonWord(head) else { continue }
                let tail = String(decoding: UnsafeBufferPointer(rebasing: bytes[cut..<n]), as: UTF8.self)
                if gazetteer.isCommonWord(tail) { return true }
            }
            return false
        }
        let wk = tokens[i].key
        return isCompound && !tokens.indices.contains { $0 != i && tokens[$0].key == wk && tokens[$0].isCapitalized }
    }

    /// Whether the lowercase words from `start` name a facility the name before them is the
    /// place of: "Shika nuclear plant", "Ramstein air base", "Kutupalong refugee camp".
    func isFacility(after start: Int, _ r: Range<Int>) -> Bool {
        var k = start
        while k < r.upperBound, k - start < 2, !tokens[k].isCapitalized, NameLexicon.facilityModifiers.contains(tokens[k].key) { k += 1 }
        return k > start && r.contains(k) && !tokens[k].isCapitalized && NameLexicon.facilityNouns.contains(tokens[k].key)
    }

    static func titleCased(_ lower: String) -> String {
        lower.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
    }

    /// "(Coastline Wire)" right after a dateline's date: the news agency.
    func isDatelineAgency(_ run: Range<Int>, _ r: Range<Int>) -> Bool {
        var k = run.lowerBound - 2
        var sawComma = false
        while k >= r.lowerBound, run.lowerBound - k < 8 {
            if tokens[k].key == "," { sawComma = true }
            k -= 1
        }
        return sawComma && k < r.lowerBound + 1 && tokens[r.lowerBound].isAllCaps
    }

    /// "Azerbaijan's foreign minister, Jeyhun Bayramov,": a role, a comma, then the name.
    func hasRoleBefore(_ run: Range<Int>, _ r: Range<Int>) -> Bool {
        guard key(run.lowerBound - 1, r) == "," else { return false }
        let k = run.lowerBound - 2
        return (max(r.lowerBound, k - 2)...max(r.lowerBound, k)).contains { r.contains($0) && NameLexicon.personTitles.contains(tokens[$0].key) }
    }

    /// "Lula, 77, who": a name followed by an age set off by commas.
    func isFollowedByAge(_ run: Range<Int>, _ r: Range<Int>) -> Bool {
        guard key(run.upperBound, r) == ",", key(run.upperBound + 2, r) == ",", r.contains(run.upperBound + 1),
              tokens[run.upperBound + 1].kind == .number, let age = Int(words[run.upperBound + 1]) else { return false }
        return age >= 1 && age <= 120
    }

    /// "Mirela Osei, the authority's chief engineer": a name followed by a role.
    func isAppositivePerson(_ run: Range<Int>, _ r: Range<Int>) -> Bool {
        guard key(run.upperBound, r) == "," else { return false }
        var k = run.upperBound + 1
        while k < min(r.upperBound, run.upperBound + 7) {
            let w = tokens[k].key
            // "the Social Democrats, led by Prime Minister …": whose the title is, after "by", is someone else.
            if w == "," || w == "." || w == "by" { return false }
            // "for Black Water Rising, and was made a dame": a clause of its own, no apposition.
            if w.isOne(of: "and", "or", "but") || tokens[k].flags.contains(.auxiliary) && w != "'s" { return false }
            if NameLexicon.personTitles.contains(w) || NameLexicon.occupations.contains(w) { return true }
            k += 1
        }
        return false
    }

    /// The "of" that leads a list of names to the one at `start`: right before it ("the town of
    /// Velden"), or before the names listed ahead of it ("the towns of Marren, Kiel and Ostvik").
    func listLead(before start: Int, _ r: Range<Int>) -> Int? {
        var k = start - 1
        while k > r.lowerBound, start - k < 10, tokens[k].key.isOne(of: "and", ",") || tokens[k].isCapitalized && tokens[k].kind == .word {
            k -= 1
        }
        guard k > r.lowerBound, key(k, r) == "of", k == start - 1 || key(start - 1, r).isOne(of: "and", ",") else { return nil }
        // "the towns of Marren, Ostvik and Velden", but not "the village of Carrick, Brennan
        // worked": after a comma, the list goes on.
        if key(start - 1, r) == "," {
            var e = start
            while e < r.upperBound, tokens[e].isCapitalized, tokens[e].kind == .word { e += 1 }
            guard key(e, r).isOne(of: "and", "or", ",") else { return nil }
        }
        return k
    }

    /// The type of the description set off after a name: "Volta Cells, a startup spun out of the
    /// university," → organization; "Marren, a town on the coast," → place. The first description
    /// noun after "a", "an" or "the", not one that owns the next ("the company's founder").
    func appositiveDescription(_ run: Range<Int>, _ r: Range<Int>) -> EntityType? {
        appositionNoun(after: run.upperBound, r).flatMap { Coreference.descriptions[$0] }
    }

    /// The word before the first "of"/"for" in a run: "Islamic Movement of Uzbekistan" → "movement".
    func headBeforeConnector(_ run: Range<Int>) -> WordKey {
        guard let k = run.first(where: { tokens[$0].key.isOne(of: "of", "for", "on") }), k > run.lowerBound else { return .none }
        return tokens[k - 1].key
    }

    /// Whether token `i` is a person's title, with its period or without ("Gen.", "gen").
    func isPersonTitle(_ i: Int) -> Bool {
        if NameLexicon.personTitles.contains(tokens[i].key) { return true }
        return words[i].endsWith(".") && NameLexicon.personTitles.contains(String(words[i].dropLast()))
    }
}
