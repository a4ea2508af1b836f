import FactModel

/// Tracks the most recent entity of each kind so pronouns and definite descriptions
/// ("the group", "its", "the company") can be resolved to the entity they stand for.
struct Coreference {
    private var lastOfType = LatestByType()
    private var lastNonPerson: Int?
    /// The latest subject of each type: "the group" prefers what the text is about.
    private var lastSubjectOfType = LatestByType()
    /// Last word of a name (its key) → the latest entity with it: "the agency" → "… Relief Agency";
    /// ``unnamed`` after a subject with no name that the noun described ("Ghana's central bank").
    private var lastWithHead = HashIndex()
    private static let unnamed = -1
    /// Each entity's gender when its first name tells it (``GivenNameGenders``), by local index.
    private var genders: [PersonGender?] = []
    /// The latest person "she" can stand for (a woman, or no first name to tell), and "he".
    private var lastShe: Int?
    private var lastHe: Int?
    private var lastSubjectShe: Int?
    private var lastSubjectHe: Int?
    /// The last subject was a thing without a name: "it" and "its" then resolve to nothing.
    private var itIsUnnamed = false
    /// The product that was the last clause's subject not a person's, if it was one: "The
    /// device, called the Fold Pro, will go on sale … It weighs 1.3 kg" is the device.
    private var productSubject: Int?
    /// The latest organization, and subject, that may be a business: "the company" is not the
    /// European Commission that fined it. Public bodies are marked by local index.
    private var lastCompany: Int?
    private var lastSubjectCompany: Int?
    private var publicBodies: [Bool] = []
    /// The latest place that is no continent, ocean or range ("the state" after "outside Asia" is
    /// Ohio, named before), and those places by local index.
    private var lastBoundedPlace: Int?
    private var regions: [Bool] = []
    /// And the latest that is a public body: "the port authority" is not the energy company before it.
    private var lastPublicBody: Int?
    private var lastSubjectPublicBody: Int?

    /// Definite descriptions and the entity type they refer back to.
    static let descriptions: WordMap<EntityType> = [
        "group": .organization, "organisation": .organization, "organization": .organization,
        "company": .organization, "firm": .organization, "agency": .organization, "authority": .organization,
        "militants": .organization, "outfit": .organization, "movement": .organization, "ministry": .organization,
        "government": .organization, "party": .organization, "bank": .organization, "institute": .organization,
        "center": .organization, "centre": .organization, "country": .place, "city": .place, "province": .place,
        "region": .place, "town": .place, "state": .place, "nation": .place, "man": .person, "woman": .person,
        "minister": .person, "president": .person, "official": .person, "spokesman": .person,
        "spokeswoman": .person, "year-old": .person, "dane": .person, "briton": .person, "swede": .person,
        "spaniard": .person, "frenchman": .person, "frenchwoman": .person, "dutchman": .person, "englishman": .person,
        "scot": .person, "welshman": .person, "irishman": .person, "finn": .person, "pole": .person, "company's": .organization, "group's": .organization, "branch": .organization,
        "affiliate": .organization, "wing": .organization, "faction": .organization, "offshoot": .organization,
        "subsidiary": .organization, "port": .place, "consortium": .organization, "union": .organization,
        "carmaker": .organization, "automaker": .organization, "retailer": .organization, "lender": .organization,
        "insurer": .organization, "airline": .organization, "manufacturer": .organization, "maker": .organization,
        "producer": .organization, "operator": .organization, "startup": .organization, "chipmaker": .organization,
        "miner": .organization, "supplier": .organization, "developer": .organization, "publisher": .organization,
        "broadcaster": .organization, "regulator": .organization, "watchdog": .organization, "council": .organization,
        "parliament": .organization, "legislature": .organization, "senate": .organization, "cabinet": .organization,
        "court": .organization, "military": .organization, "army": .organization, "navy": .organization,
        "police": .organization, "treasury": .organization, "administration": .organization, "regime": .organization,
        "junta": .organization, "giant": .organization, "conglomerate": .organization, "league": .organization,
        "carrier": .organization, "service": .organization, "club": .organization,
        // Only with a name before them ("the Premier League side"): "the other side" is no club.
        "side": .organization, "squad": .organization,
        "coalition": .organization, "alliance": .organization, "committee": .organization, "commission": .organization,
        "tribunal": .organization, "panel": .organization, "cooperative": .organization, "co-op": .organization,
        // The press: "polled by the newspaper El Observador"; a scholarly journal is a work ("the journal Nature").
        "newspaper": .organization, "magazine": .organization, "tabloid": .organization, "journal": .work,
        "consultancy": .organization, "charity": .organization, "nonprofit": .organization, "non-profit": .organization,
        "outlet": .organization, "studio": .organization, "label": .organization,
        // Made things: "its first foldable phone, the Helix Fold", and "the device" after it.
        "phone": .product, "smartphone": .product, "handset": .product, "device": .product, "tablet": .product,
        "laptop": .product, "console": .product, "vaccine": .product, "drug": .product, "satellite": .product,
        "rocket": .product, "spacecraft": .product, "vehicle": .product, "jet": .product, "aircraft": .product,
        "drone": .product, "chip": .product, "processor": .product, "app": .product, "capsule": .product, "telescope": .product,
    ]

    /// A country's own institutions: "the government", "the ministry", "Kenya's parliament". Each
    /// stands for an organization named before only when one was called so ("the Supreme Court
    /// … the court"), never for whichever organization came last.
    static let institutions: WordSet = [
        "government", "ministry", "parliament", "legislature", "senate", "cabinet", "court", "military", "army", "navy",
        "police", "treasury", "administration", "regime", "junta",
    ]

    /// Descriptions only a business answers to: "the company", "the carmaker".
    static let businessNouns: WordSet = [
        "company", "company's", "firm", "carmaker", "automaker", "retailer", "lender", "insurer", "airline",
        "manufacturer", "maker", "producer", "operator", "startup", "chipmaker", "miner", "supplier",
        "developer", "publisher", "broadcaster", "subsidiary", "giant", "conglomerate", "carrier",
    ]

    /// Last words of the names of public bodies, which no business description stands for:
    /// "European Commission", "Relief Agency", "United Nations".
    static let publicBodyHeads: WordSet = [
        "commission", "agency", "ministry", "council", "court", "committee", "institute", "university",
        "department", "office", "bureau", "authority", "nations", "organization", "organisation", "parliament",
        "assembly", "senate", "police", "army", "government", "fund", "federation", "association", "society",
        "foundation", "centre", "center", "tribunal", "party", "movement", "church", "school", "college",
        "academy", "league", "union", "programme", "program", "administration", "service", "forces",
    ]

    /// The nouns of ``descriptions``, for quick membership tests.
    static let descriptionNouns = WordSet(descriptions.keys)

    init() {}

    /// Room for the heads of `entities` names, so the table is not grown along the way; `genders`
    /// by local index, for "he" and "she".
    init(entities: Int, genders: [PersonGender?] = []) {
        lastWithHead = HashIndex(capacity: entities)
        self.genders = genders
    }

    private func gender(_ local: Int) -> PersonGender? { local < genders.count ? genders[local] : nil }

    /// Notes an occurrence of entity `local`, whose name's last word has the key `head` and whose
    /// noun before "of", if any, the key `lead` ("Bank of Veloria": "the bank").
    mutating func saw(_ local: Int, type: EntityType, head: WordKey, lead: WordKey = .none) {
        lastOfType[type] = local
        lastWithHead[head] = local
        if lead != .none { lastWithHead[lead] = local }
        if type != .person { lastNonPerson = local }
        if type == .place {
            if Coreference.regionHeads.contains(head) {
                if regions.count <= local { regions += repeatElement(false, count: local + 1 - regions.count) }
                regions[local] = true
            } else {
                lastBoundedPlace = local
            }
        }
        if type == .organization {
            // "Court of Appeal", "Ministry of Defence": the noun before "of" tells a public body too.
            if Coreference.publicBodyHeads.contains(head) || Coreference.publicBodyHeads.contains(lead) {
                if publicBodies.count <= local { publicBodies += repeatElement(false, count: local + 1 - publicBodies.count) }
                publicBodies[local] = true
                lastPublicBody = local
            } else {
                lastCompany = local
            }
        }
        if type == .person {
            if gender(local) != .man { lastShe = local }
            if gender(local) != .woman { lastHe = local }
        }
    }

    /// The key of a name's last word, lowercased: "Northern Relief Agency" → "agency".
    static func headKey(of name: String) -> WordKey {
        var name = name
        return name.withUTF8 { bytes -> WordKey in
            var start = bytes.count
            while start > 0 && bytes[start - 1] != 0x20 { start -= 1 }
            return WordKey(lowercasing: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// The keys, lowercased, of a name's last word (`head`: "Northern Relief Agency" → "agency")
    /// and of the word before its first " of " (`lead`: "Bank of Veloria" → "bank"; none without one).
    static func nameKeys(of name: String) -> (head: WordKey, lead: WordKey) {
        var name = name
        return name.withUTF8 { bytes in
            var lead = WordKey.none
            var wordStart = 0
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x20 {
                    if lead == .none, i + 3 < bytes.count, bytes[i + 1] == 0x6F, bytes[i + 2] == 0x66, bytes[i + 3] == 0x20 {  // " of "
                        lead = WordKey(lowercasing: UnsafeBufferPointer(rebasing: bytes[wordStart..<i]))
                    }
                    wordStart = i + 1
                }
                i += 1
            }
            return (WordKey(lowercasing: UnsafeBufferPointer(rebasing: bytes[wordStart...])), lead)
        }
    }

    /// Notes that the text calls entity `local` by `noun`: "ISIS-K is the regional branch of …"
    /// makes a later "the branch" ISIS-K.
    mutating func define(_ noun: WordKey, as local: Int) {
        lastWithHead[noun] = local
    }

    /// Notes the subject of a clause; `topic` false for the source named at a sentence's end,
    /// which leaves an unnamed subject before it the one "it" stands for.
    mutating func salient(_ local: Int, type: EntityType, topic: Bool = true) {
        lastSubjectOfType[type] = local
        if type == .organization {
            if local < publicBodies.count && publicBodies[local] { lastSubjectPublicBody = local } else { lastSubjectCompany = local }
        }
        if type != .person && topic {
            itIsUnnamed = false
            productSubject = type == .product ? local : nil
        }
        if type == .person {
            if gender(local) != .man { lastSubjectShe = local }
            if gender(local) != .woman { lastSubjectHe = local }
        }
    }

    /// The entity a pronoun refers to, if any.
    func resolve(pronoun: WordKey) -> Int? {
        switch pronoun {
        case "he", "his", "him": return lastSubjectHe ?? lastHe
        case "she", "her": return lastSubjectShe ?? lastShe
        case "it", "its": return itIsUnnamed ? nil : productSubject ?? lastSubjectOfType[.organization] ?? lastOfType[.organization] ?? lastNonPerson
        // "Three journalists were detained …, their employer said": not the organization before.
        // Nor a place: "his lawyers said they would appeal" is not the city named before.
        case "they", "their", "them":
            if itIsUnnamed { return nil }
            if let organization = lastSubjectOfType[.organization] ?? lastOfType[.organization] { return organization }
            // Nor a name of no known kind: "Police said they" after "in central Lindholm".
            return lastNonPerson.flatMap { lastOfType[.place] == $0 || lastOfType[.other] == $0 ? nil : $0 }
        default: return nil
        }
    }

    /// The entity "the <noun>" refers to, if any.
    func resolve(description noun: WordKey) -> Int? {
        if let named = lastWithHead[noun] { return named == Coreference.unnamed ? nil : named }
        // "Kishida said the government had sent troops": a country's government is no
        // organization named before unless one was called so.
        guard !Coreference.institutions.contains(noun), let type = Coreference.descriptions[noun] else { return nil }
        if Coreference.businessNouns.contains(noun) { return lastSubjectCompany ?? lastCompany }
        // "the agency", "the authority", "the council": a public body, never the business before.
        // So do "the regulator" and "the watchdog" ("The Financial Conduct Authority fined Albion
        // Bank … the largest the watchdog has imposed").
        if type == .organization, Coreference.publicBodyHeads.contains(noun) || noun.isOne(of: "regulator", "watchdog") {
            // Not a word of a kind of body no body named so is ("the authority" after "the Arlen
            // Health Workers' Association" is an authority not named; one named so was found above).
            if noun.isOne(of: "authority", "council", "court", "commission", "committee", "tribunal", "bureau", "department", "office") { return nil }
            return lastSubjectPublicBody ?? lastPublicBody
        }
        guard let latest = lastSubjectOfType[type] ?? lastOfType[type] else { return nil }
        // "The state of Averland will pay … the city should have": a place the text called a
        // state is not "the city".
        if type == .place, Coreference.placeNouns.contains(where: { $0 != noun && lastWithHead[$0] == latest }) { return nil }
        // "the state", "the city": no continent, ocean or mountain range.
        if type == .place, noun != "region", latest < regions.count, regions[latest] { return lastBoundedPlace }
        return latest
    }

    /// Last words of the names of places larger than any state or made by nature: "Asia",
    /// "Latin America", "the Middle East", "the Atlantic Ocean", "the Alps".
    static let regionHeads: WordSet = [
        "europe", "asia", "africa", "antarctica", "oceania", "america", "east", "arctic", "antarctic", "ocean", "sea",
        "mountains", "alps", "andes", "himalayas", "pyrenees", "balkans", "caucasus", "dolomites", "sahara", "sahel",
        "caribbean", "pacific", "atlantic",
    ]

    /// The nouns of ``descriptions`` that describe a place, in a fixed order.
    static let placeNouns: [WordKey] = ["country", "city", "province", "region", "town", "state", "nation", "port"]

    /// Notes that a clause's subject was described by `noun` but not named ("Ghana's central bank
    /// raised …"): a later "the bank" is that, not the last organization named (the consultancy
    /// quoted about it), and so is "it" until a named subject comes.
    mutating func sawUnnamed(description noun: WordKey) {
        lastWithHead[noun] = Coreference.unnamed
        if Coreference.descriptions[noun] != .person { itIsUnnamed = true }
    }

    /// Notes a business described but not named ("fined the tech giant"): a later "the company"
    /// is that one, not the last business named, until another is named.
    mutating func sawUnnamedBusiness() {
        lastCompany = nil
        lastSubjectCompany = nil
    }

    /// The entity "the <noun>" refers to only when one was named or defined so: "the central
    /// bank" is a country's, not the last bank or business named.
    func resolveNamed(description noun: WordKey) -> Int? {
        lastWithHead[noun].flatMap { $0 == Coreference.unnamed ? nil : $0 }
    }

    /// Notes that a clause's subject was a thing with no name ("The quake hit …"): a following
    /// "it" stands for that, not for the organization before it, until a named subject comes.
    mutating func sawUnnamedSubject() {
        itIsUnnamed = true
    }
}

/// The latest entity of each type, in a slot per type (no hashing of the type's name).
private struct LatestByType {
    private var slots = [Int?](repeating: nil, count: EntityType.allCases.count)

    subscript(type: EntityType) -> Int? {
        get { slots[LatestByType.slot(type)] }
        set { slots[LatestByType.slot(type)] = newValue }
    }

    private static func slot(_ type: EntityType) -> Int {
        switch type {
        case .organization: 0
        case .person: 1
        case .place: 2
        case .product: 3
        case .event: 4
        case .work: 5
        case .other: 6
        }
    }
}
