/// Verbs that carry news facts, with their inflected forms, so a token can be mapped to its lemma.
///
/// Regular forms (-s, -es, -ies, -ed, -d, -ied, -ing, doubled consonants) are generated from the
/// lemma; irregular ones are listed. The list here holds the verbs news facts are made of; WordNet
/// adds the rest of English's common verbs (``WordNetVerbs``), those that are more often nouns
/// only in their past forms ("blocked", not "block"). Either way "attacks" in "100 attacks" is
/// only a verb when the sentence shape says so (see ``RelationExtractor``).
enum VerbLexicon {
    static let lemmas: [String] = [
        "accept", "accuse", "acquire", "add", "admit", "agree", "aim", "allow", "announce", "appoint", "approve",
        "arrest", "arrive", "ask", "attack", "attend", "award", "ban", "bomb", "borrow", "call", "capture",
        "cancel", "carry", "cause", "celebrate", "change", "charge", "claim", "clash", "close", "collapse",
        "commit", "complete", "conduct", "confirm", "consider", "consolidate", "contain", "continue",
        "contradict", "control", "convict", "cost", "create", "criticize", "criticise", "damage", "decide",
        "declare", "decline", "defeat", "delay", "deliver", "deny", "deploy", "describe", "destroy", "detain",
        "develop", "die", "disclose", "discover", "dismiss", "displace", "donate", "double", "drop", "earn",
        "elect", "emerge", "employ", "end", "ensure", "enter", "equip", "establish", "estimate", "evacuate",
        "expand", "expect", "explode", "export", "face", "fail", "file", "finance", "fine", "fire", "flee",
        "follow", "form", "found", "fund", "gain", "generate", "grow", "halt", "handle", "harm",
        "host", "identify", "import", "improve", "include", "increase", "injure", "invade", "invest", "involve",
        "issue", "join", "kidnap", "kill", "launch", "lead", "leave", "lend", "limit", "list", "locate", "lose",
        "maintain", "manage", "merge", "miss", "move", "murder", "name", "need", "negotiate", "nominate",
        "oblige", "occupy", "occur", "offer", "open", "operate", "oppose", "order", "organize", "organise",
        "own", "participate", "pass", "pay", "plan", "pledge", "plunge", "praise", "predict", "prepare",
        "present", "produce", "promise", "propose", "protect", "protest", "provide", "publish", "purchase",
        "raise", "reach", "receive", "record", "recover", "recruit", "reduce", "refuse", "reject", "release",
        "remain", "remove", "repair", "replace", "report", "represent", "require", "rescue", "resign", "respond",
        "restore", "retire", "return", "reveal", "rise", "rule", "sanction", "save", "secure", "seize", "sell",
        "sentence", "serve", "share", "shoot", "sign", "sink", "slash", "spend", "spread", "start", "stop",
        "strike", "succeed", "sue", "suffer", "supply", "support", "surrender", "suspend", "take", "target",
        "terminate", "threaten", "train", "transfer", "treat", "trigger", "try", "turn", "undergo", "unveil",
        "urge", "use", "vote", "warn", "welcome", "win", "withdraw", "witness", "work", "wound", "build",
        "buy", "win", "meet", "hold", "hit", "give", "make", "become", "begin", "bring", "choose", "drive",
        "fall", "fight", "find", "fly", "forget", "freeze", "get", "go", "hide", "keep", "know", "lay",
        "let", "lie", "mean", "put", "read", "ride", "ring", "run", "say", "see", "seek", "send", "set",
        "shut", "sit", "speak", "spend", "stand", "steal", "swear", "swim", "teach", "tell", "think", "throw",
        "understand", "wake", "wear", "write", "cut", "overtake", "oversee", "overthrow", "rebuild",
        "outnumber", "hire", "post", "account", "total", "exceed", "top", "surge", "climb", "soar", "slump",
        "fund", "back", "partner", "acquire", "approve", "inaugurate", "commission", "complete", "contract",
        "resume", "discuss", "debate", "ratify", "mediate", "invite", "condemn", "blame", "investigate", "acquit",
        "jail", "stab", "loot", "quarantine", "furlough",
        "free", "shell", "retreat", "advance", "surround", "besiege", "hike", "jump", "shrink", "forecast", "veto",
        "adopt", "beat", "score", "recall", "visit", "depart", "travel", "rob", "survive", "reopen", "postpone",
        "extend", "renew", "impose", "lift", "ease", "tighten", "lower", "stay", "finish", "vow", "insist", "pledge",
        "agree", "sign", "attend", "arrest", "charge", "plead", "testify", "appeal", "rule", "overturn", "uphold",
        "apply", "bid", "compete", "lobby", "campaign", "donate", "rebuild", "relocate", "merge", "split", "spin",
        "date",  // "The dispute dates back to 1921" (a phrasal verb: ``RelationExtractor/phrasalParticles``)
        "plummet", "skyrocket", "quadruple", "rebrand", "hijack", "re-elect", "battle", "demand",
        "install", "enroll", "fulfill", "distill", "instill",  // before WordNet's "instal": "installed" is "install"
    ]

    /// Verbs of the news that are more often nouns ("the peak", "a fuel leak"): only their past
    /// forms are verb forms here ("shares peaked", "the drive was scrapped").
    static let pastOnlyLemmas: [String] = [
        "peak", "rebound", "spike", "nosedive", "scrap", "axe", "tally", "relaunch", "strand", "sabotage", "bribe",
        "annex", "fuel", "leak", "hack", "breach", "default", "torch", "exile", "embargo", "reform", "boycott",
        "blockade", "airlift", "bail", "overhaul", "sack", "chair", "co-chair", "captain", "helm", "spearhead",
    ]

    /// Verbs of a role that are more often nouns ("the committee chair", "heads of state"), read
    /// in the present only right after "who": "Priya Desai, who chairs the committee, said".
    static let presentAfterWho: WordMap<String> = [
        "chairs": "chair", "chair": "chair", "co-chairs": "co-chair", "heads": "head", "head": "head",
        "coaches": "coach", "captains": "captain", "helms": "helm", "spearheads": "spearhead", "fronts": "front",
        "stars": "star"
    ]

    /// The "-ing" forms of the verbs above and of WordNet's that are more often nouns, read as
    /// verbs only opening a clause after a comma or "and" with its object: ", flooding at least
    /// six villages" (not "the flooding").
    static let participlesAfterComma: WordMap<String> = {
        var all: [String: String] = [:]
        for lemma in pastOnlyLemmas + WordList.words(WordNetVerbs.pastForms) {
            var forms: [String: String] = [:]
            addRegularForms(of: lemma, pastOnly: false, to: &forms)
            for (form, lemma) in forms where form.hasSuffix("ing") && all[form] == nil { all[form] = lemma }
        }
        return WordMap(all)
    }()

    /// The "-s" forms of the same verbs, read as verbs only as a sentence's one finite verb after a
    /// subject of its own and before its object: "The round values the company at $300 million".
    static let presentOfNounVerbs: WordMap<String> = {
        var all: [String: String] = [:]
        for lemma in pastOnlyLemmas + WordList.words(WordNetVerbs.pastForms) {
            var forms: [String: String] = [:]
            addRegularForms(of: lemma, pastOnly: false, to: &forms)
            for (form, lemma) in forms where form.hasSuffix("s") && all[form] == nil { all[form] = lemma }
        }
        return WordMap(all)
    }()

    /// Irregular forms of the lemmas above (WordNet's for its verbs are in ``WordNetVerbs``).
    static let curatedIrregular: [String: String] = [
        "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "being": "be", "am": "be",
        "has": "have", "had": "have", "having": "have", "did": "do", "does": "do", "done": "do",
        "built": "build", "bought": "buy", "won": "win", "met": "meet", "held": "hold", "hit": "hit",
        "gave": "give", "given": "give", "made": "make", "became": "become", "began": "begin", "begun": "begin",
        "brought": "bring", "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive",
        "fell": "fall", "fallen": "fall", "fought": "fight", "found": "find", "flew": "fly", "flown": "fly",
        "froze": "freeze", "frozen": "freeze", "got": "get", "gotten": "get", "went": "go", "gone": "go",
        "hid": "hide", "hidden": "hide", "kept": "keep", "knew": "know", "known": "know", "laid": "lay",
        "led": "lead", "left": "leave", "lent": "lend", "lost": "lose", "meant": "mean", "paid": "pay",
        "ran": "run", "said": "say", "saw": "see", "seen": "see", "sought": "seek", "sent": "send",
        "shot": "shoot", "sold": "sell", "spoke": "speak", "spoken": "speak", "spent": "spend", "stood": "stand",
        "stole": "steal", "stolen": "steal", "struck": "strike", "sank": "sink", "sunk": "sink", "swore": "swear",
        "sworn": "swear", "taught": "teach", "told": "tell", "thought": "think", "threw": "throw",
        "thrown": "throw", "took": "take", "taken": "take", "understood": "understand", "woke": "wake",
        "wore": "wear", "worn": "wear", "wrote": "write", "written": "write", "withdrew": "withdraw",
        "withdrawn": "withdraw", "rose": "rise", "risen": "rise", "fled": "flee", "overtook": "overtake",
        "overtaken": "overtake", "oversaw": "oversee", "overseen": "oversee", "overthrew": "overthrow",
        "overthrown": "overthrow", "rebuilt": "rebuild", "underwent": "undergo", "undergone": "undergo",
        "sat": "sit", "read": "read", "put": "put", "cut": "cut", "set": "set", "shut": "shut", "let": "let",
        "cost": "cost", "spread": "spread", "quit": "quit", "bid": "bid", "founded": "found", "lay": "lie",
        "hurt": "hurt",
    ]

    /// Irregular form → lemma: the list above, then WordNet's.
    static let irregular: WordMap<String> = {
        var table = curatedIrregular
        for pair in WordList.words(WordNetVerbs.irregular) {
            let parts = pair.utf8.split(separator: 0x3A).map { String(decoding: $0, as: UTF8.self) }
            if table[parts[0]] == nil { table[parts[0]] = parts[1] }
        }
        return WordMap(table)
    }()

    /// The lemma of a verb form, or nil when the word is not a known verb. The forms live in the
    /// tokenizer's table of known words (``Lexicon/knownWords``), one table for both.
    static func lemma(_ key: WordKey) -> String? {
        guard let number = Lexicon.knownWords.lookup(key)?.lemmaNumber, number > 0 else { return nil }
        return Lexicon.verbLemmas[Int(number) - 1]
    }

    /// The lemma of a verb form (lowercase), or nil when the word is not a known verb.
    static func lemma(_ word: String) -> String? { lemma(WordKey(word)) }

    /// Inflected form → lemma: every form of ``lemmas`` and of WordNet's verbs, past forms only of
    /// WordNet's verbs that are more often nouns or adjectives and of ``pastOnlyLemmas``, and the
    /// irregular forms. A form
    /// keeps the first lemma it was made from. Made once, for ``Lexicon/knownWords``.
    static func makeForms() -> [String: String] {
        var table: [String: String] = [:]
        table.reserveCapacity(40_000)
        for lemma in lemmas { addRegularForms(of: lemma, pastOnly: false, to: &table) }
        for lemma in WordList.words(WordNetVerbs.allForms) { addRegularForms(of: lemma, pastOnly: false, to: &table) }
        for lemma in WordList.words(WordNetVerbs.pastForms) { addRegularForms(of: lemma, pastOnly: true, to: &table) }
        for lemma in pastOnlyLemmas { addRegularForms(of: lemma, pastOnly: true, to: &table) }
        for (form, lemma) in curatedIrregular { table[form] = lemma }
        for (form, lemma) in irregular where table[form] == nil { table[form] = lemma }
        for (form, lemma) in formsOfTimeWords where table[form] == nil { table[form] = lemma }
        return table
    }

    /// Forms of verbs whose bare form is a time word: "the battery lasts 30 hours", "the match
    /// lasted two hours" — but "last week" is no verb.
    static let formsOfTimeWords: [String: String] = ["lasts": "last", "lasted": "last"]

    /// The regular forms of `lemma` (-s, -es, -ies, -ed, -d, -ied, -ing, doubled consonants), or
    /// only its past forms. Lemmas are lowercase ASCII: the forms are made from bytes.
    private static func addRegularForms(of lemma: String, pastOnly: Bool, to table: inout [String: String]) {
        let b = Array(lemma.utf8)
        guard let last = b.last else { return }
        func add(_ stem: ArraySlice<UInt8>, _ suffix: StaticString) {
            var form = Array(stem)
            suffix.withUTF8Buffer { form.append(contentsOf: $0) }
            let word = String(decoding: form, as: UTF8.self)
            if table[word] == nil { table[word] = lemma }
        }
        func isVowel(_ c: UInt8) -> Bool { c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 }
        let whole = b[...]
        let stem = b.dropLast()
        let yAfterConsonant = last == 0x79 && b.count >= 2 && !isVowel(b[b.count - 2])
        if !pastOnly {
            if table[lemma] == nil { table[lemma] = lemma }
            // -s
            let sibilant = last == 0x73 || last == 0x78 || last == 0x7A || last == 0x6F
                || (b.count >= 2 && (b[b.count - 2] == 0x63 || b[b.count - 2] == 0x73) && last == 0x68)  // -ch, -sh
            if yAfterConsonant { add(stem, "ies") } else if sibilant { add(whole, "es") } else { add(whole, "s") }
        }
        // -ed and -ing
        if last == 0x65 {
            add(whole, "d")
            if !pastOnly { add(stem, "ing") }
        } else if yAfterConsonant {
            add(stem, "ied")
            if !pastOnly { add(whole, "ing") }
        } else {
            // Doubling for consonant-vowel-consonant verbs of one syllable, and those stressed on
            // their last: "ban" → "banned", "plan" → "planned", "admit" → "admitted". Only the doubled
            // forms: "hoped" and "hoping" are "hope"'s, not "hop"'s ("open", "edit" are two syllables).
            let n = b.count
            if n >= 3, !isVowel(b[n - 1]), isVowel(b[n - 2]), !isVowel(b[n - 3]), last != 0x77, last != 0x78, last != 0x79,
               n == 3 || n == 4 && !isVowel(b[0])
                || ["admit", "commit", "occur", "kidnap", "control", "equip", "transfer", "regret", "omit", "compel", "propel", "refer", "prefer", "deter", "patrol", "submit", "permit", "rebut", "remit", "acquit", "outstrip", "scrap"].contains(lemma) {
                let doubled = b + [last]
                add(doubled[...], "ed")
                if !pastOnly { add(doubled[...], "ing") }
            } else {
                add(whole, "ed")
                if !pastOnly { add(whole, "ing") }
                // British spelling doubles a final "l" after one vowel: "travelled", "cancelling".
                if last == 0x6C, n >= 4, isVowel(b[n - 2]), !isVowel(b[n - 3]) {
                    let doubled = b + [last]
                    add(doubled[...], "ed")
                    if !pastOnly { add(doubled[...], "ing") }
                }
            }
        }
    }

    /// Forms of "be" and "have" and modals, which make verb chains.
    static let auxiliaries: WordSet = [
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
        "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'s", "'re", "'ve",
    ]

    static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being", "am"]

    /// Adverbs that sit inside a verb chain: "has now scored", "had already left", "have just signed".
    static let chainAdverbs: WordSet = [
        "also", "reportedly", "still", "already", "just", "now", "ever", "recently", "previously", "again",
        "never", "not", "n't", "since",
        "first", "later",  // "were first evacuated", "was later released"
        "next", "last",  // "The committee next meets on October 28", "last reported a profit in 2019"
    ]

    /// Verbs whose object is what the fact is about: "X and Y formed Z" is a fact about Z.
    static let creationVerbs: WordSet = ["form", "found", "establish", "create", "set", "launch", "build", "start"]

    /// Pure speech: "X said that …" is only the source of what follows, not a fact of its own.
    static let speechVerbs: WordSet = ["say", "tell", "add", "note", "state", "write", "explain", "insist", "argue"]

    /// Reporting verbs: "X said" attributes the sentence to X.
    static let reportingVerbs: WordSet = [
        "say", "tell", "report", "state", "claim", "announce", "add", "explain", "note", "warn", "confirm",
        "declare", "reveal", "write", "insist", "argue", "estimate", "forecast", "predict", "allege", "believe",
        "rule", "conclude", "acknowledge", "admit", "caution", "stress", "show", "suggest", "indicate",
    ]

    /// Participles that may follow a noun without being its verb ("a group committed to …").
    static let adjectivalParticiples: WordSet = ["committed", "based", "led", "backed", "linked", "affiliated", "spread", "including", "involving", "conducted"]
}
