import FoundationEssentials
import FactModel

/// Known names with their entity types: countries and their subdivisions from Debian's
/// `iso-codes` (read at run time), the larger cities (GeoNames), common short forms, and a few
/// well-known organizations.
public struct Gazetteer: Sendable {
    /// A known name's type and canonical spelling.
    struct Entry: Sendable {
        var type: EntityType
        var canonical: String
        /// Known only as a city (``Cities``), which countries and subdivisions overwrite.
        var isCity = false
        /// A city's or a subdivision's name, not a country's: it may also be a surname ("Ibarra", "Bolton").
        var mayBeSurname = false
    }

    /// Everything the gazetteer knows, behind one reference: the recognizers copy the gazetteer
    /// for every sentence, and a copy then costs one retain instead of one per table. Copied on
    /// write (``writable``), so a `Gazetteer` keeps value semantics and is safe to share.
    private final class Storage: @unchecked Sendable {
        /// Folded name → type and canonical spelling ("us" → place, "United States"), while adding.
        var entries: [String: Entry] = [:]
        /// `entries` for looking up, made when the gazetteer is complete (``frozen()``).
        var entryTable: ByteKeyTable<Entry>? = nil
        /// The names of `entryTable` that are one word of ASCII letters and digits, by the word's
        /// key: a token's name looked up with no key made from its bytes again.
        var plainWordTable: WordKeyTable<Entry>? = nil
        /// Lowercase dictionary words (from a word list such as Debian's `wamerican`): a capitalized
        /// word that is one of these at the start of a sentence is an ordinary word, not a name.
        var commonWords = ByteKeyTable<Bool>([:])
        /// Lowercased currency names ("egyptian pound", "qatari riyal") → ISO 4217 code.
        var currencyNames: [String: String] = [:]
        /// First words of `currencyNames` (and their plurals' stems), for a quick check.
        var currencyFirstWords: Set<String> = []
        /// `currencyFirstWords` for the per-token test by key, made when the gazetteer is frozen.
        var currencyFirstWordSet: WordSet? = nil
        /// ISO 4217 codes, uppercase, that may be written before or after an amount.
        var currencyCodes: Set<String> = []
        /// ISO 3166 alpha-2 code → lowercased short country name, to spell currencies as "malaysia ringgit".
        var countryNamesByCode: [String: String] = [:]

        func copy() -> Storage {
            let c = Storage()
            (c.entries, c.entryTable, c.commonWords) = (entries, entryTable, commonWords)
            c.plainWordTable = plainWordTable
            (c.currencyNames, c.currencyFirstWords, c.currencyCodes) = (currencyNames, currencyFirstWords, currencyCodes)
            c.countryNamesByCode = countryNamesByCode
            c.currencyFirstWordSet = currencyFirstWordSet
            return c
        }
    }

    private var storage = Storage()

    /// The data files ``system(directory:words:)`` did not find, each with what is lost without
    /// it, for the daemon to report.
    public private(set) var missingSources: [String] = []

    /// The storage, copied first if another gazetteer shares it.
    private var writable: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    /// Lowercased currency names ("egyptian pound", "qatari riyal") → ISO 4217 code.
    public var currencyNames: [String: String] { storage.currencyNames }
    /// First words of `currencyNames` (and their plurals' stems), for a quick check.
    public var currencyFirstWords: Set<String> { storage.currencyFirstWords }
    /// ISO 4217 codes, uppercase, that may be written before or after an amount.
    public var currencyCodes: Set<String> { storage.currencyCodes }

    /// `currencyFirstWords` for the test of a token by its key (made here when not frozen: tests only).
    var currencyFirstWordSet: WordSet { storage.currencyFirstWordSet ?? WordSet(storage.currencyFirstWords) }

    /// Names every gazetteer knows, also without iso-codes.
    static let builtinPlaces: WordMap<String> = [
        "US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
        "United States": "United States", "America": "United States", "UK": "United Kingdom",
        "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
        "United Kingdom": "United Kingdom", "UAE": "United Arab Emirates", "Russia": "Russia", "Iran": "Iran",
        "Syria": "Syria", "South Korea": "South Korea", "North Korea": "North Korea", "Vietnam": "Vietnam",
        "Laos": "Laos", "Taiwan": "Taiwan", "Tanzania": "Tanzania", "Venezuela": "Venezuela",
        "Bolivia": "Bolivia", "Moldova": "Moldova", "Czech Republic": "Czech Republic", "Palestine": "Palestine",
        "Gaza": "Gaza", "West Bank": "West Bank", "Kosovo": "Kosovo", "Europe": "Europe", "Asia": "Asia",
        "Africa": "Africa", "Middle East": "Middle East", "Latin America": "Latin America",
        "North America": "North America", "South America": "South America", "Antarctica": "Antarctica",
        "Kabul": "Kabul", "London": "London", "Paris": "Paris", "Washington": "Washington", "Beijing": "Beijing",
        "Moscow": "Moscow", "New York": "New York", "Brussels": "Brussels", "Berlin": "Berlin", "Tokyo": "Tokyo",
        "Islamabad": "Islamabad", "Baghdad": "Baghdad", "Damascus": "Damascus", "Tehran": "Tehran",
        "Geneva": "Geneva", "Kyiv": "Kyiv", "Kiev": "Kyiv", "Jerusalem": "Jerusalem", "Cairo": "Cairo",
        // Oceans and seas the news names by one word: "splashed down in the Atlantic".
        "Atlantic": "Atlantic Ocean", "Pacific": "Pacific Ocean", "Arctic": "Arctic", "Mediterranean": "Mediterranean Sea",
        "Baltic": "Baltic Sea", "Caribbean": "Caribbean", "Adriatic": "Adriatic Sea", "Aegean": "Aegean Sea",
        "Antarctic": "Antarctic",
        // Mountain ranges and deserts named with "the": "Glaciers in the Alps".
        "Alps": "Alps", "Andes": "Andes", "Himalayas": "Himalayas", "Rockies": "Rocky Mountains", "Pyrenees": "Pyrenees",
        "Balkans": "Balkans", "Caucasus": "Caucasus", "Urals": "Ural Mountains", "Carpathians": "Carpathian Mountains",
        "Dolomites": "Dolomites", "Sahara": "Sahara", "Sahel": "Sahel",
    ]

    static let builtinOrganizations: WordSet = [
        "Taliban", "al-Qaida", "al-Qaeda", "Al Qaeda", "Hamas", "Hezbollah", "NATO", "United Nations", "UN",
        "European Union", "EU", "World Bank", "IMF", "Pentagon", "Kremlin", "White House", "Congress",
        "Parliament", "Interpol", "Red Cross", "Boko Haram", "al-Shabaab", "Islamic State", "ISIS", "ISIL",
        "Nasdaq", "NYSE",
    ]

    /// Single words that name subdivisions somewhere but are ordinary words in news text.
    static let ambiguousSubdivisions: WordSet = [
        "central", "western", "eastern", "northern", "southern", "north", "south", "east", "west", "capital",
        "coast", "lakes", "valley", "upper", "lower", "islands", "city", "district", "region", "national",
        "federal", "center", "centre", "middle", "mid", "river", "lake", "mountain", "plateau", "coastal",
        "oriental", "occidental", "grand", "great", "new", "free", "orange", "sun", "la", "le", "al", "est",
        "nord", "sud", "ouest", "centro", "sur", "norte", "este", "oeste", "alba", "ida", "bar", "para",
        "amazonas", "georgia", "victoria", "washington", "jersey", "guernsey", "madrid", "lima", "panama",
    ]

    /// The spellings of an inverted ISO name as news writes it: "Congo, The Democratic Republic
    /// of the" → "Democratic Republic of the Congo" and "Democratic Republic of Congo"; "Korea,
    /// Republic of" → "Republic of Korea". Empty unless the name is "X, … of" or "X, … of the".
    static func reordered(_ name: String) -> [String] {
        let parts = name.components(separatedBy: ", ")
        guard parts.count == 2 else { return [] }
        var lead = parts[1]
        if lead.hasPrefix("The ") { lead.removeFirst(4) }
        if lead.hasSuffix(" of the") {
            return [lead + " " + parts[0], String(lead.dropLast(4)) + " " + parts[0]]
        }
        return lead.hasSuffix(" of") ? [lead + " " + parts[0]] : []
    }

    /// A gazetteer with only the built-in names: those above and the larger cities (``Cities``).
    public init() {
        for (name, canonicalName) in Gazetteer.builtinPlaces { add(name, .place, canonicalName) }
        for name in Gazetteer.builtinOrganizations { add(name, .organization, name) }
        for line in Cities.names.split(separator: "\n") {
            for name in line.split(separator: "|") { add(String(name), .place, String(name), overwrite: false, isCity: true, mayBeSurname: true) }
        }
    }

    /// Adds countries and subdivisions from iso-codes' `iso_3166-1.json` and `iso_3166-2.json` contents.
    public init(iso3166Countries: Data?, iso3166Subdivisions: Data?) {
        self.init()
        struct Country: Decodable { var alpha_2: String; var name: String; var common_name: String?; var official_name: String? }
        struct Countries: Decodable { var entries: [Country]; enum CodingKeys: String, CodingKey { case entries = "3166-1" } }
        struct Subdivision: Decodable { var name: String }
        struct Subdivisions: Decodable { var entries: [Subdivision]; enum CodingKeys: String, CodingKey { case entries = "3166-2" } }
        if let data = iso3166Countries, let countries = try? JSONDecoder().decode(Countries.self, from: data) {
            for c in countries.entries {
                let display = c.common_name ?? (c.name.contains(",") ? nil : c.name)
                if let short = display { writable.countryNamesByCode[c.alpha_2] = short.lowercased() }
                for n in [c.name, c.common_name, c.official_name].compactMap({ $0 }) where !n.contains(",") {
                    add(n, .place, display ?? n, overwrite: false)
                }
                // "Congo, The Democratic Republic of the" is written "Democratic Republic of (the) Congo".
                let written = Gazetteer.reordered(c.name)
                for n in written { add(n, .place, display ?? written[0], overwrite: false) }
            }
        }
        if let data = iso3166Subdivisions, let subdivisions = try? JSONDecoder().decode(Subdivisions.self, from: data) {
            for s in subdivisions.entries {
                var name = s.name
                if let paren = name.firstIndex(of: "(") { name = String(name[..<paren]).trimmingSpaces() }
                if name.contains(",") || name.contains("[") { continue }
                let folded = Gazetteer.fold(name)
                if Gazetteer.ambiguousSubdivisions.contains(folded) || folded.count < 3 { continue }
                add(name, .place, name, overwrite: false, mayBeSurname: true)
                // Also the spelling without diacritics, as news text writes it.
                let plain = Gazetteer.stripDiacritics(name)
                if plain != name { add(plain, .place, plain, overwrite: false, mayBeSurname: true) }
            }
        }
    }

    /// Reads iso-codes and the word list from their usual places (Debian's `iso-codes` and
    /// `wamerican`); what is missing is left out and the built-in names remain.
    public static func system(directory: String = "/usr/share/iso-codes/json",
                              words: String = "/usr/share/dict/words") -> Gazetteer {
        let countries = FileManager.default.contents(atPath: directory + "/iso_3166-1.json")
        let subdivisions = FileManager.default.contents(atPath: directory + "/iso_3166-2.json")
        var gazetteer = Gazetteer(iso3166Countries: countries, iso3166Subdivisions: subdivisions)
        let list = FileManager.default.contents(atPath: words)
        if let list { gazetteer.addCommonWords(list) }
        let currencies = FileManager.default.contents(atPath: directory + "/iso_4217.json")
        if let currencies { gazetteer.addCurrencies(currencies) }
        if countries == nil || subdivisions == nil {
            gazetteer.missingSources.append("\(directory)/iso_3166-1.json and iso_3166-2.json (Debian package iso-codes): "
                + "countries and their subdivisions are not known as places")
        }
        if currencies == nil {
            gazetteer.missingSources.append("\(directory)/iso_4217.json (Debian package iso-codes): currencies are known by symbol and code only")
        }
        if list == nil {
            gazetteer.missingSources.append("\(words) (Debian package wamerican): "
                + "ordinary words that open a sentence may be taken for names")
        }
        return gazetteer.frozen()
    }

    /// Adds currency names and codes from iso-codes' `iso_4217.json` contents. Single-word names
    /// that are ordinary English words ("won", "real") are left out. Besides the ISO name
    /// ("saudi riyal") each currency is also known run together ("saudiriyal") and by its country's
    /// name with the unit ("malaysia ringgit"): a code's first two letters are its country's.
    public mutating func addCurrencies(_ data: Data) {
        struct Currency: Decodable { var alpha_3: String; var name: String }
        struct Currencies: Decodable { var entries: [Currency]; enum CodingKeys: String, CodingKey { case entries = "4217" } }
        guard let list = try? JSONDecoder().decode(Currencies.self, from: data) else { return }
        for c in list.entries where !c.alpha_3.hasPrefix("X") {
            writable.currencyCodes.insert(c.alpha_3)
            let name = c.name.lowercased()
            if !name.contains(" ") && (isCommonWord(name) || name.count < 4) { continue }
            var spellings = [name, name.replacing("rial", with: "riyal")]
            if name.contains(" ") {
                spellings += spellings.map { $0.replacing(" ", with: "") }
                if let country = storage.countryNamesByCode[String(c.alpha_3.prefix(2))], let unit = spellings[1].split(separator: " ").last {
                    spellings.append(country + " " + unit)
                }
            }
            for spelling in spellings where storage.currencyNames[spelling] == nil {
                writable.currencyNames[spelling] = c.alpha_3
                if let first = spelling.split(separator: " ").first {
                    for word in [String(first), String(first) + "s"] {
                        writable.currencyFirstWords.insert(word)
                        writable.currencyFirstWordSet = nil
                    }
                }
            }
        }
    }

    /// Adds the lowercase entries of a newline-separated word list (capitalized entries are names).
    public mutating func addCommonWords(_ list: Data) {
        var words = Set<String>()
        words.reserveCapacity(60_000)
        list.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                var lowercase = true
                while end < bytes.count, bytes[end] != 0x0A {
                    if bytes[end] < 0x61 || bytes[end] > 0x7A { lowercase = false }
                    end += 1
                }
                if lowercase, end > start { words.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                start = end + 1
            }
        }
        words.formUnion(storage.commonWords.keys)
        writable.commonWords = ByteKeyTable(uniqueKeysWithValues: words.lazy.map { (key: $0, value: true) })
    }

    /// Whether `word` (lowercase) is in the word list.
    public func isCommonWord(_ word: String) -> Bool { storage.commonWords.lookup(word) != nil }

    /// Number of words in the word list.
    public var commonWordCount: Int { storage.commonWords.count }

    /// This gazetteer with its names in a table for fast lookups: build it, then freeze it once
    /// before extracting (``lookup(_:)`` on an unfrozen one reads the slower dictionary).
    public func frozen() -> Gazetteer {
        guard storage.entryTable == nil || storage.currencyFirstWordSet == nil else { return self }
        var copy = self
        copy.writable.entryTable = ByteKeyTable(uniqueKeysWithValues: storage.entries.lazy.map { (key: $0.key, value: $0.value) })
        copy.writable.currencyFirstWordSet = WordSet(storage.currencyFirstWords)
        copy.writable.plainWordTable = WordKeyTable(storage.entries.lazy
            .filter { $0.key.utf8.allSatisfy { $0 &- 0x61 < 26 || $0 &- 0x30 < 10 } }
            .map { (key: $0.key, value: $0.value) })
        return copy
    }

    private mutating func add(_ name: String, _ type: EntityType, _ canonicalName: String, overwrite: Bool = true, isCity: Bool = false,
                              mayBeSurname: Bool = false) {
        let key = Gazetteer.fold(name)
        // Countries and subdivisions, read after the cities, take their names' spelling.
        guard overwrite || storage.entries[key].map({ $0.isCity && !isCity }) ?? true else { return }
        let s = writable
        s.entries[key] = Entry(type: type, canonical: canonicalName, isCity: isCity, mayBeSurname: mayBeSurname)
        s.entryTable = nil
        s.plainWordTable = nil
    }

    /// The type and canonical spelling of a known name.
    public func lookup(_ name: String) -> (type: EntityType, canonical: String)? {
        entry(name).map { ($0.type, $0.canonical) }
    }

    private func entry(_ name: String) -> Entry? {
        guard let table = storage.entryTable else { return storage.entries[Gazetteer.fold(name)] }
        // An ASCII name needs no diacritics stripped: its key is made on the stack and looked up.
        var name = name
        return name.withUTF8 { EntityKey.withASCIIKey($0) { table.lookup($0) } } ?? table.lookup(Gazetteer.fold(name))
    }

    /// The type and canonical spelling of the one-word name `word` whose token has `key` and
    /// only ASCII letters and digits (``WordFlags/plainWord``): read by key once frozen.
    func lookup(plainWord word: String, key: WordKey) -> (type: EntityType, canonical: String)? {
        guard let table = storage.plainWordTable else { return lookup(word) }
        guard let entry = table.lookup(key) else { return nil }
        return (entry.type, entry.canonical)
    }

    /// Whether `name` is known only as a city (``Cities``).
    func isCity(_ name: String) -> Bool { entry(name)?.isCity ?? false }

    /// Whether `name` is a city's or a subdivision's, which a person's surname may also be
    /// ("Governor Tomas Ibarra … Ibarra said", "Michael Bolton … Bolton would recover").
    func mayBeSurname(_ name: String) -> Bool { entry(name)?.mayBeSurname ?? false }

    /// Number of names known.
    public var count: Int { storage.entries.count }

    static func fold(_ name: String) -> String { EntityKey.normalize(stripDiacritics(name)) }

    /// `s` with Latin letters' marks taken off ("Côte d'Ivoire" → "Cote d'Ivoire", "Łódź" →
    /// "Lodz"): a letter whose Unicode name is "LATIN … LETTER X WITH …" becomes X, and combining
    /// marks are dropped. Read from the standard library's Unicode names, so no table is kept here.
    static func stripDiacritics(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 >= 0x80 }) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            out.append(baseLetter(of: scalar) ?? scalar)
        }
        return String(out)
    }

    /// The ASCII letter under a marked Latin letter: "LATIN SMALL LETTER E WITH ACUTE" → "e".
    static func baseLetter(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard scalar.value >= 0xC0, let name = scalar.properties.name, name.hasPrefix("LATIN "),
              let with = name.firstRange(of: " WITH ") else { return nil }
        let head = name[..<with.lowerBound]
        let small = head.hasPrefix("LATIN SMALL LETTER ")
        guard small || head.hasPrefix("LATIN CAPITAL LETTER "),
              let letter = head.split(separator: " ").last, letter.utf8.count == 1,
              let byte = letter.utf8.first, byte >= 0x41, byte <= 0x5A else { return nil }
        return Unicode.Scalar(small ? byte | 0x20 : byte)
    }
}
