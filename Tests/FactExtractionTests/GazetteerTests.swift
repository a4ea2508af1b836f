@testable import FactExtraction
import Foundation
import Testing

@Suite struct GazetteerTests {
    /// Freezing puts the names in a byte-keyed table: every lookup answers as before.
    @Test(arguments: ["U.S.", "the United States", "Britain", "NATO", "Kabul", "al-Qaida", "Atlantis", "", "Zürich"])
    func frozenLooksUpAsBefore(_ name: String) {
        let open = Gazetteer()
        let frozen = open.frozen()
        #expect(frozen.lookup(name)?.type == open.lookup(name)?.type, "\(name)")
        #expect(frozen.lookup(name)?.canonical == open.lookup(name)?.canonical, "\(name)")
    }

    /// A plain one-word name's token is looked up by key: every token of the seed document
    /// (and a few names) gets the same answer by key as by its spelling.
    @Test func aPlainWordAnswersByKeyAsBySpelling() throws {
        let gazetteer = Gazetteer.system().frozen()
        let text = try String(contentsOfFile: seedPath, encoding: .utf8) + " Kenya US Britain NATO G20 Kabul Atlantis al-Qaida"
        let tokens = Tokenizer.tokenize(Array(text.utf8))
        var plain = 0
        for (token, word) in zip(tokens.items, tokens.words) where token.flags.contains(.plainWord) {
            plain += 1
            let byKey = gazetteer.lookup(plainWord: word, key: token.key)
            let bySpelling = gazetteer.lookup(word)
            #expect(byKey?.type == bySpelling?.type && byKey?.canonical == bySpelling?.canonical, "\(word)")
        }
        #expect(plain > 300)
        #expect(!tokens.items.contains { $0.flags.contains(.plainWord) && $0.flags.contains(.hasHyphen) })
    }

    /// Marks come off Latin letters, precomposed or combining, so names match as typed without
    /// them; letters that are not a marked Latin letter stay.
    @Test(arguments: [
        ("Côte d'Ivoire", "Cote d'Ivoire"), ("São Tomé", "Sao Tome"), ("Zürich", "Zurich"), ("Łódź", "Lodz"),
        ("ÅLAND", "ALAND"), ("Cafe\u{301}", "Cafe"), ("Straße", "Straße"), ("Kraków–Wrocław", "Krakow–Wroclaw"),
        ("Kabul", "Kabul"), ("Κρήτη", "Κρήτη"),
    ])
    func diacriticsAreStripped(_ name: String, _ plain: String) {
        #expect(Gazetteer.stripDiacritics(name) == plain)
    }

    /// Data files that are not there are named, with what is lost, and the built-in names remain.
    @Test func missingDataFilesAreReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = Gazetteer.system(directory: folder.path, words: folder.path + "/words").missingSources
        #expect(missing.count == 3)
        #expect(missing.contains { $0.contains("wamerican") && $0.contains(folder.path + "/words") })
        #expect(missing.contains { $0.contains("iso_3166-1.json") })
        #expect(missing.contains { $0.contains("iso_4217.json") })
        try Data("aardvark\n".utf8).write(to: folder.appendingPathComponent("words"))
        let withWords = Gazetteer.system(directory: folder.path, words: folder.path + "/words")
        #expect(!withWords.missingSources.contains { $0.contains("wamerican") })
        #expect(withWords.lookup("NATO")?.type == .organization)
    }

    @Test(arguments: [
        ("Congo, The Democratic Republic of the", ["Democratic Republic of the Congo", "Democratic Republic of Congo"]),
        ("Korea, Republic of", ["Republic of Korea"]),
        ("Taiwan, Province of China", []),
        ("Congo", []),
    ])
    func invertedISONamesAreReadAsWritten(_ iso: String, _ written: [String]) {
        #expect(Gazetteer.reordered(iso) == written)
    }

    @Test func knownNamesKeepTheirCanonicalSpelling() {
        let g = Gazetteer().frozen()
        #expect(g.lookup("U.S.")?.canonical == "United States")
        #expect(g.lookup("US")?.type == .place)
        #expect(g.lookup("Hamas")?.type == .organization)
        #expect(g.lookup("Atlantis") == nil)
    }

    /// A gazetteer is a value: adding to a copy leaves the original as it was.
    @Test func copiesDoNotShareWhatIsAddedLater() {
        var a = Gazetteer().frozen()
        let b = a
        a.addCommonWords(Data("apple\nBanana\nriver\n".utf8))
        #expect(a.isCommonWord("apple") && a.isCommonWord("river"))
        #expect(!a.isCommonWord("banana"), "capitalized entries are names")
        #expect(!b.isCommonWord("apple"))
        #expect(a.commonWordCount == 2 && b.commonWordCount == 0)
        a.addCommonWords(Data("pear\n".utf8))
        #expect(a.isCommonWord("apple") && a.isCommonWord("pear"), "a second list adds to the first")
    }
}

/// The larger cities (``Cities``, from GeoNames) are places wherever they stand; a city's name
/// that is also an English word or a first name is left to the rules, and a surname that is a
/// city's name is the person's.
@Suite("Cities")
struct CityTests {
    @Test(arguments: [
        ("Flights between Lisbon and Munich were cancelled on Monday.", ["Lisbon", "Munich"]),
        ("Rotterdam and Antwerp handled most of the cargo.", ["Rotterdam", "Antwerp"]),
        ("The first trains will run on routes between Copenhagen and Gothenburg.", ["Copenhagen", "Gothenburg"]),
    ])
    func citiesArePlaces(_ text: String, _ places: [String]) {
        let x = extract(text)
        for place in places { #expect(entityType(place, in: x) == .place, "\(typedNames(x))") }
    }

    @Test func theLargerCitiesAreKnownButNotTheirWords() {
        let gazetteer = Gazetteer()
        #expect(gazetteer.lookup("Copenhagen")?.type == .place)
        #expect(gazetteer.lookup("Sydney")?.type == .place)  // a first name, but a city of millions
        #expect(gazetteer.isCity("Hamilton"))
        #expect(gazetteer.lookup("Reading") == nil)  // an English word
        #expect(gazetteer.lookup("Florence") == nil)  // a first name
    }

    /// A country's or subdivision's own spelling wins over a city's of the same name.
    @Test func subdivisionsKeepTheirSpelling() {
        let gazetteer = Gazetteer.system()
        #expect(gazetteer.lookup("Cordoba")?.canonical == "Córdoba")
        #expect(!gazetteer.isCity("Cordoba"))
    }

    @Test(arguments: [
        ("Governor Tomas Ibarra declared an emergency. Ibarra said the shelters would open.", "Tomas Ibarra", "Ibarra"),
        ("Lina Preston, a lawyer, filed the case. Preston said she would appeal.", "Lina Preston", "Preston"),
    ])
    func aSurnameThatIsACityIsThePersons(_ text: String, _ person: String, _ alias: String) {
        let x = extract(text)
        let entity = x.entities.first { $0.name == person }
        #expect(entity?.type == .person, "\(typedNames(x))")
        #expect(entity?.aliases.contains(alias) == true)
        #expect(entityType(alias, in: x) == nil)
    }
}
