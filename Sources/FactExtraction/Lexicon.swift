/// The word lists the recognizers use. Data, not logic: extend the tables, not the code.
enum Lexicon {
    static let months: WordMap<Int> = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static let weekdays: WordMap<Int> = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
        "sat": 6, "sunday": 7, "sun": 7,
    ]

    static let seasons: WordMap<String> = ["spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"]

    static let ordinalWords: WordMap<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
        "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "last": -1,
    ]

    static let smallNumbers: WordMap<Double> = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "naught": 0, "nought": 0, "nil": 0, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    static let scales: WordMap<Double> = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000, "mln": 1_000_000,
        "k": 1_000, "m": 1_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000,
        "lakh": 100_000, "lakhs": 100_000, "lkh": 100_000, "lkhs": 100_000, "crore": 10_000_000,
        "crores": 10_000_000, "koti": 10_000_000, "dozens": 12, "grand": 1_000,
    ]

    /// Indefinite counts: "scores of people" means at least this many.
    static let indefiniteCounts: WordMap<Double> = [
        "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
        "billions": 2_000_000_000, "tens": 20,
    ]

    /// Hedges before a number: how they bound it and whether they make it approximate.
    static let hedges: [[String]: (QuantityBoundKind, Bool)] = [
        ["nearly"]: (.upper, true), ["almost"]: (.upper, true), ["close", "to"]: (.upper, true),
        ["just", "under"]: (.upper, true), ["about"]: (.exact, true), ["around"]: (.exact, true),
        ["roughly"]: (.exact, true), ["approximately"]: (.exact, true), ["some"]: (.exact, true),
        ["an", "estimated"]: (.exact, true), ["estimated"]: (.exact, true), ["circa"]: (.exact, true),
        ["more", "than"]: (.lower, false), ["over"]: (.lower, false), ["in", "excess", "of"]: (.lower, false),
        ["at", "least"]: (.lower, false), ["upwards", "of"]: (.lower, false), ["above"]: (.lower, false),
        ["just", "over"]: (.lower, true), ["well", "over"]: (.lower, false), ["exceeding"]: (.lower, false),
        ["up", "to"]: (.upper, false), ["fewer", "than"]: (.upper, false), ["less", "than"]: (.upper, false),
        ["at", "most"]: (.upper, false), ["no", "more", "than"]: (.upper, false), ["under"]: (.upper, false),
        ["below"]: (.upper, false), ["as", "many", "as"]: (.upper, false), ["as", "much", "as"]: (.upper, false),
        ["not", "more", "than"]: (.upper, false), ["lower", "than"]: (.upper, false), ["higher", "than"]: (.lower, false),
        ["no", "less", "than"]: (.lower, false), ["not", "less", "than"]: (.lower, false), ["greater", "than"]: (.lower, false),
    ]

    /// `hedges` keyed by their words joined with spaces ("more than").
    static let hedgePhrases = WordMap(Dictionary(uniqueKeysWithValues: hedges.map { ($0.key.joined(separator: " "), $0.value) }))

    /// First words of the hedges, to skip the phrase lookup for every other token.
    static let hedgeStarts = WordSet(hedges.keys.compactMap(\.first))

    /// A hedge after its first word: the keys of the words that follow it, longest first.
    struct HedgeTail: Sendable {
        let rest: [WordKey]
        let bound: QuantityBoundKind
        let approximate: Bool
    }

    /// `hedges` by their first word, each list longest first.
    static let hedgesByFirstWord: WordMap<[HedgeTail]> = {
        var table: [String: [HedgeTail]] = [:]
        for (words, (bound, approximate)) in hedges {
            table[words[0], default: []].append(HedgeTail(rest: words.dropFirst().map(WordKey.init), bound: bound, approximate: approximate))
        }
        return WordMap(table.mapValues { $0.sorted { $0.rest.count > $1.rest.count } })
    }()

    static let currencySymbols: WordMap<String> = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"]

    static let currencyWords: WordMap<String> = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
        "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
        "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "franc": "CHF", "francs": "CHF",
        "afghani": "AFN", "afghanis": "AFN", "cent": "USD", "cents": "USD", "bucks": "USD", "buck": "USD", "¢": "USD", "pennies": "USD", "penny": "USD", "pence": "GBP",
        "ringgit": "MYR", "ringgits": "MYR", "riyal": "SAR", "riyals": "SAR", "rial": "OMR", "rials": "OMR",
        // Egypt's pound as Egyptians write and say it: "LE 500", "42 L.E.", "geneh", plural "genihat".
        "le": "EGP", "l.e": "EGP", "l.e.": "EGP", "geneh": "EGP", "genihat": "EGP",
        "shekel": "ILS", "shekels": "ILS", "kopiyka": "UAH", "kopiykas": "UAH", "dinar": "KWD", "dinars": "KWD", "dirham": "AED", "dirhams": "AED",
    ]

    /// Common ISO 4217 codes written before or after an amount; the gazetteer adds the rest.
    static let currencyCodes: WordSet = [
        "usd", "eur", "gbp", "jpy", "cny", "inr", "chf", "cad", "aud", "rub", "pkr", "afn", "nzd", "sek", "nok",
        "myr", "uah", "sgd", "hkd", "krw", "brl", "mxn", "zar", "try", "pln", "dkk", "czk", "huf", "ils", "aed",
        "sar", "kwd", "qar", "egp", "ngn", "kes", "idr", "thb", "php", "vnd", "bdt", "lkr", "npr", "irr", "iqd",
    ]

    /// Words before an amount that name its currency: "Rs 20".
    static let currencyPrefixes: WordMap<String> = ["rs": "INR", "rs.": "INR", "inr": "INR", "rm": "MYR"]

    static let unitsOfMeasure: WordMap<String> = [
        "km": "kilometer", "kilometre": "kilometer", "kilometres": "kilometer", "kilometers": "kilometer",
        "kilometer": "kilometer", "kg": "kilogram", "kgs": "kilogram", "kilograms": "kilogram",
        "kilogram": "kilogram", "mi": "mile", "miles": "mile", "mile": "mile", "lb": "pound", "lbs": "pound",
        "t": "tonne", "tonnes": "tonne", "tons": "ton", "cm": "centimeter", "mm": "millimeter",
        "metres": "meter", "meters": "meter", "metre": "meter", "meter": "meter", "ha": "hectare",
        "hectares": "hectare", "acres": "acre", "mw": "megawatt", "gw": "gigawatt", "kwh": "kilowatt hour",
        "percent": "percent", "per": "percent", "%": "percent", "bpd": "barrel per day", "barrels": "barrel",
        "litres": "liter", "liters": "liter", "gallons": "gallon", "ft": "foot", "feet": "foot",
        "mph": "mile per hour", "kph": "kilometer per hour", "millimetres": "millimeter", "millimeters": "millimeter",
        "centimetres": "centimeter", "centimeters": "centimeter", "inches": "inch", "inch": "inch",
        "degrees": "degree", "degree": "degree", "light-years": "light year", "light-year": "light year",
    ]

    /// Temperature scales after "degrees" or "°": "41 degrees Celsius", "105°F".
    static let temperatureScales: WordMap<String> = [
        "celsius": "degree Celsius", "c": "degree Celsius", "centigrade": "degree Celsius",
        "fahrenheit": "degree Fahrenheit", "f": "degree Fahrenheit",
    ]

    static let irregularPlurals: WordMap<String> = [
        "people": "person", "men": "man", "women": "woman", "children": "child", "police": "police",
        "personnel": "personnel", "staff": "staff", "troops": "troop", "feet": "foot", "mice": "mouse",
        "teeth": "tooth", "geese": "goose", "data": "data", "media": "media", "sheep": "sheep",
        "cattle": "cattle", "fish": "fish", "crises": "crisis", "analyses": "analysis", "lives": "life",
        "wives": "wife", "knives": "knife", "leaves": "leaf", "thieves": "thief",
        "species": "species", "series": "series", "means": "means", "headquarters": "headquarters",
        "shoes": "shoe", "canoes": "canoe", "toes": "toe",
    ]

    /// A hyphen, an en dash or an em dash standing between words: "HOUSTON — ", "(Wire) - ".
    static let dashes: WordSet = ["-", "\u{2013}", "\u{2014}"]

    /// Closed-class words: never part of a name, never a counted noun.
    static let functionWords: WordSet = [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "over", "under", "about",
        "against", "between", "among", "across", "through", "during", "before", "after", "since", "until",
        "and", "or", "but", "nor", "so", "yet", "as", "than", "if", "when", "while", "because", "although",
        "though", "whether", "which", "who", "whom", "whose", "what", "where", "why", "how", "that",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
        "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no",
        "it", "he", "she", "they", "we", "i", "you", "them", "him", "us", "me", "there", "here", "also",
        "more", "most", "less", "least", "each", "every", "all", "both", "either", "neither", "any", "some",
        "such", "other", "another", "only", "just", "very", "too", "then", "now", "per", "via", "including",
        "like", "within", "without", "toward", "towards", "upon", "amid", "despite", "near", "up", "down",
        "out", "off", "again", "further", "once", "s", "'s", "according", "whereas", "unless", "whose",
    ]

    /// Capitalized at the start of a sentence, these are ordinary words, not names.
    static let sentenceStarters: WordSet = [
        "according", "since", "initially", "so", "however", "meanwhile", "moreover", "furthermore", "still",
        "yet", "thus", "therefore", "instead", "indeed", "later", "earlier", "today", "yesterday", "tomorrow",
        "last", "next", "after", "before", "during", "while", "when", "although", "though", "despite",
        "many", "several", "some", "most", "few", "one", "two", "three", "officials", "police", "analysts",
        "experts", "residents", "witnesses", "sources", "critics", "people", "as", "at", "by", "for",
        "from", "in", "on", "of", "to", "with", "under", "over", "about", "between", "among", "around",
        "it", "its", "they", "their", "he", "his", "she", "her", "we", "our", "there", "this", "that",
        "these", "those", "the", "a", "an", "but", "and", "or", "if", "what", "who", "why", "how", "where",
        "also", "even", "only", "just", "now", "then", "here", "such", "all", "both", "each", "every",
        "no", "not", "nor", "other", "another", "once", "again", "further", "first", "second", "third",
        "finally", "overall", "similarly", "separately", "elsewhere", "together", "altogether", "already",
        "soon", "recently", "currently", "previously", "eventually", "ultimately", "nevertheless",
        "nonetheless", "otherwise", "hence", "accordingly", "consequently", "notably", "importantly",
        "new", "former", "local", "federal", "state", "national", "international", "global", "major",
        "senior", "top", "chief", "early", "late", "mid", "following", "amid", "against", "within",
        "without", "unlike", "like", "until", "upon", "because", "whereas", "beyond", "through",
        "throughout", "towards", "toward", "into", "onto", "across", "along", "behind", "below", "above",
        "near", "inside", "outside", "is", "are", "was", "were", "will", "would", "can", "could", "should",
        "may", "might", "must", "do", "does", "did", "has", "have", "had", "let", "please", "yes", "no",
        "asked", "speaking", "writing", "based", "given", "citing", "quoting", "responding", "separate",
    ]

    /// Abbreviations that end with a period without ending the sentence.
    static let abbreviations: WordSet = [
        "rs", "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "rev", "st", "sgt", "col", "lt", "capt",
        "cmdr", "adm", "maj", "pres", "jr", "sr", "inc", "corp", "co", "ltd", "plc", "llc", "bros", "no",
        "vs", "etc", "approx", "dept", "univ", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
        "fri", "sat", "sun", "mt", "ft", "ave", "blvd", "rd", "e.g", "i.e", "cf", "al", "ca", "op", "vol",
    ]
}

extension Lexicon {
    /// Word → lexicon flags, from the tables above and the verb forms (`verbForms`).
    static func makeFlags(verbForms: [String: String]) -> [String: WordFlags] {
        var table: [String: WordFlags] = [:]
        func mark<S: Sequence>(_ words: S, _ flag: WordFlags) where S.Element == String {
            for w in words { table[w, default: []].insert(flag) }
        }
        mark(months.keys, .timeStart)
        mark(weekdays.keys, .timeStart)
        mark(seasons.keys, .timeStart)
        mark(ordinalWords.keys, .timeStart)
        mark(OrdinalReader.singles.keys, .timeStart)
        mark(TimeRecognizer.startWords, .timeStart)
        mark(smallNumbers.keys, .timeStart)
        mark(smallNumbers.keys, .quantityStart)
        mark(hedgeStarts, .quantityStart)
        mark(indefiniteCounts.keys, .quantityStart)
        mark(currencyPrefixes.keys, .quantityStart)
        mark(QuantityRecognizer.startWords, .quantityStart)
        mark(currencyWords.keys, .currencyWord)
        mark(TimeRecognizer.afterThe, .afterThe)
        mark(verbForms.keys, .verb)
        mark(smallNumbers.keys, .numberWord)
        mark(scales.keys, .numberWord)
        mark(indefiniteCounts.keys, .numberWord)
        mark(QuantityRecognizer.smallCounts.keys, .numberWord)
        mark(["hundred", "thousand", "million", "billion", "trillion", "dozen", "half", "point"], .numberWord)
        mark(TimeRecognizer.unitLetters.keys, .timeUnit)
        mark(RelationExtractor.determiners, .determiner)
        mark(RelationExtractor.prepositions, .preposition)
        mark(RelationExtractor.clauseBreakers, .clauseBreaker)
        mark(VerbLexicon.auxiliaries, .auxiliary)
        mark(functionWords, .functionWord)
        return table
    }
}

/// A word the lexicon knows: its flags, its text ready to hand out, so the tokenizer does not
/// build a string for the most frequent words, and its lemma when it is a verb form (a number
/// into ``Lexicon/verbLemmas``, 0 for none: 24 bytes a word instead of 40 with the lemma's string).
struct KnownWord: Sendable {
    let word: String
    let flags: WordFlags
    var lemmaNumber: UInt16 = 0
}

extension Lexicon {
    /// `flags` by word key, plus every ASCII punctuation character (flags empty): the
    /// tokenizer's one lookup per token, with the key it makes anyway.
    static var knownWords: WordKeyTable<KnownWord> { knownWordsAndLemmas.table }

    /// The lemmas of the verb forms among ``knownWords``, numbered from 1 by their ``KnownWord/lemmaNumber``.
    static var verbLemmas: [String] { knownWordsAndLemmas.lemmas }

    private static let knownWordsAndLemmas: (table: WordKeyTable<KnownWord>, lemmas: [String]) = {
        // Built here and let go: a table of the ~40,000 verb forms kept on its own, and the flags
        // by string, took 7 MB of every factd.
        let verbForms = VerbLexicon.makeForms()
        var lemmas: [String] = []
        var lemmaNumbers: [String: UInt16] = [:]
        var entries: [String: KnownWord] = [:]
        for (word, flags) in makeFlags(verbForms: verbForms) {
            var number: UInt16 = 0
            if let lemma = verbForms[word] {
                if let known = lemmaNumbers[lemma] { number = known } else {
                    lemmas.append(lemma)
                    number = UInt16(lemmas.count)  // a few thousand lemmas: far from 65,535
                    lemmaNumbers[lemma] = number
                }
            }
            entries[word] = KnownWord(word: word, flags: flags, lemmaNumber: number)
        }
        for b in UInt8(0x21)...UInt8(0x7E) where !Tokenizer.isDigit(b) && !Tokenizer.isASCIILetter(b) {
            let character = String(UnicodeScalar(b))
            if entries[character] == nil { entries[character] = KnownWord(word: character, flags: []) }
        }
        return (WordKeyTable(entries), lemmas)
    }()
}

/// Bound kinds as the lexicon states them (mirrors ``FactModel/QuantityBound``).
enum QuantityBoundKind { case exact, lower, upper }
