import FactModel

/// Words that decide what kind of thing a name is. Data, not logic.
enum NameLexicon {
    /// Last words of organization names.
    static let organizationHeads: WordSet = [
        "automotive",
        "institute", "center", "centre", "agency", "authority", "society", "consortium", "inc", "inc.", "corp",
        "corp.", "corporation", "company", "co", "co.", "group", "ministry", "department", "university",
        "college", "school", "council", "committee", "commission", "bank", "party", "movement", "army", "navy",
        "force", "forces", "organization", "organisation", "association", "union", "foundation", "fund",
        "bureau", "office", "court", "police", "service", "services", "studies", "network", "front", "survey",
        "brigade", "brigades", "alliance", "coalition", "federation", "league", "club", "board", "assembly",
        "senate", "congress", "parliament", "government", "administration", "institution", "ltd", "ltd.",
        "llc", "plc", "gmbh", "ag", "holdings", "partners", "labs", "laboratories", "technologies",
        "systems", "airlines", "airways", "times", "news", "post", "press", "tribune", "journal", "guardian",
        "telegraph", "herald", "reuters", "associates", "trust", "cooperative", "guard", "corps", "taliban",
        "militia", "militias", "directorate", "secretariat", "executive", "chemie", "werke", "observatory", "hospital", "clinic", "museum",
        "library", "academy", "church", "mission", "program", "programme", "initiative", "project",
        "industries", "motors", "energy", "power", "electric", "utilities", "group's", "construction", "logistics", "shipping", "media",
        "pharmaceuticals", "bancorp", "ventures", "studio", "studios", "records", "team", "fc", "ministries",
        "analytics", "consulting", "consultants", "advisors", "advisers", "advisory", "economics", "research", "insights",
        "reserve", "exchange", "fed", "sachs", "bancorp", "capital", "partners", "airline", "railways", "treasury",
        // Legal forms ("Halvorsen Energy ASA", "Nestle S.A.") and trades that name companies.
        "limited", "incorporated", "llp", "asa", "ab", "nv", "bv", "spa", "oyj", "sarl", "kgaa",
        "petroleum", "oil", "mining", "minerals", "metals", "steel", "chemicals", "pharma", "foods", "beverages",
        "brewery", "builders", "developers", "properties", "realty", "insurance", "financial", "securities",
        "investments", "telecom", "telecommunications", "communications", "electronics", "semiconductor",
        "aerospace", "software", "robotics", "therapeutics", "biosciences", "biotech", "healthcare", "hotels",
        "resorts", "entertainment", "brands", "railroad", "freight", "shipyards", "cement", "packaging", "dairy",
        "data", "cloud", "dynamics", "solutions", "networks", "terminals", "homes", "computing", "water", "gas", "rail",
        // Carriers and makers of aircraft ("Kestrel Air", "Aerion Aircraft"), grid companies ("Lumina Grid").
        "air", "aircraft", "aviation", "grid", "ferries", "lines", "cruises", "railway",
        // Operators named by what they run: "Westmoor Trains", "Harbour Buses", "Metro Transit".
        "trains", "buses", "trams", "transit", "transport",
        // Newspapers: "the Daily Ledger", "the Lindholm Gazette".
        "gazette", "chronicle", "ledger", "courier", "inquirer", "examiner", "sentinel", "bulletin",
        // Tribal governments: "the Tamarack Nation".
        "nation",
        // Football clubs: "Orrin United", "Castmoor Athletic".
        "united", "athletic", "rovers", "wanderers", "albion",
        // Parties named by their members: "the Social Democrats", "the Greens".
        "democrats", "republicans", "socialists", "conservatives", "liberals", "greens", "nationalists", "communists",
    ]

    /// First words of organization names followed by "of"/"for": "University of …", "Bank of …".
    static let organizationStarts: WordSet = [
        "university", "bank", "ministry", "department", "institute", "center", "centre", "office", "bureau",
        "council", "commission", "committee", "federation", "league", "association", "society", "party",
        "union", "church", "academy", "court", "house", "board", "agency", "school", "college",
    ]

    /// First words that make a name of two words or more an organization, in the languages
    /// news borrows them from: "Banco Meridional", "Caixa Atlantica", "Olympique Rivage".
    static let organizationFirstWords: WordSet = [
        "banco", "banca", "banque", "caixa", "caja", "grupo", "groupe", "olympique", "atletico", "deportivo", "dynamo",
        "club", "sporting",
    ]

    /// Last words of place names.
    static let placeHeads: WordSet = [
        "province", "city", "county", "district", "region", "river", "valley", "island", "islands", "mountains",
        "mountain", "street", "square", "bay", "sea", "ocean", "lake", "peninsula", "desert", "gulf", "strait",
        "canal", "park", "port", "harbor", "harbour", "airport", "coast", "highlands", "plains", "basin",
        "township", "village", "town", "state", "territory", "prefecture", "oblast", "governorate", "avenue",
        "road", "bridge", "heights", "hills", "forest", "delta", "pass", "border", "corridor", "quarter",
        "stadium", "arena", "glacier",
    ]

    /// First words of place names: "Lake Veron", "Mount Kenya", "Fort Worth".
    static let placeStarts: WordSet = [
        "lake", "mount", "mt", "cape", "fort", "isle", "loch", "glen", "port",
        // Streets and squares named first: "Avenida da Liberdade", "Rue de Rivoli", "Piazza Navona".
        "avenida", "rua", "calle", "rue", "piazza", "plaza", "praça", "boulevard", "carrer", "strada",
    ]

    /// First words of the formal names of states, before "of": "the Kingdom of Benin", "the
    /// Sultanate of Oman".
    static let stateStarts: WordSet = [
        "kingdom", "republic", "emirate", "sultanate", "principality", "duchy", "empire", "commonwealth", "caliphate",
        "khanate",
    ]

    /// Lowercase nouns after a name that make it a place: "Nangahar and Konar provinces".
    /// Lowercase words after a name that make it an organization: "the Law and Justice party".
    static let organizationFollowers: WordSet = [
        "party", "movement", "coalition", "alliance", "militia", "bloc", "faction", "group", "federation",
        "union", "unions", "cartel", "gang", "network", "consortium", "syndicate", "rebels", "militants", "insurgents",
    ]

    /// Lowercase words after a name that make it an event: "the COVID-19 pandemic".
    static let eventFollowers: WordSet = ["pandemic", "outbreak", "epidemic"]

    /// Capitalized abbreviations that name no one: "GDP", "CEO".
    static let notNames: WordSet = [
        "gdp", "gnp", "cpi", "ppi", "pmi", "ceo", "cfo", "coo", "cto", "vat", "ipo", "etf", "tv", "id", "pdf", "q&a", "r&d", "m&a", "pc", "pcs", "ai", "ev", "evs", "suv", "suvs",
        "usb", "faq", "am", "pm", "ok", "gmt", "utc", "est", "edt", "cet", "cest", "bst", "pst", "pdt", "cdt", "jst",
    ]

    static let placeFollowers: WordSet = [
        "province", "provinces", "city", "district", "districts", "county", "counties", "region", "regions",
        "valley", "state", "village", "town", "area", "border", "river", "capital", "neighbourhood", "towns",
        "cities", "villages", "municipality", "municipalities", "states", "neighbourhoods", "neighborhoods",
        "neighborhood", "suburb", "port", "airport", "coast", "coastline", "island", "islands", "peninsula",
        "bay", "lake", "mountains", "highlands", "delta", "basin", "dam", "mine", "airbase", "oilfield", "gasfield",
        "canal", "estuary", "lagoon", "reservoir", "strait", "glacier", "volcano", "motorway", "highway", "expressway",
        "freeway",
    ]

    /// Nouns before "of" that only a place is the "of" of: "the mayor of Marbury", "residents
    /// of Ostvik", "the country of Varnia" (``placeFollowers`` name the place's kind after it too).
    static let placeOwners: WordSet = [
        "country", "countries", "nation", "kingdom", "republic", "emirate", "mayor", "governor", "residents",
        "people", "citizens", "inhabitants", "outskirts", "suburbs", "streets", "government", "governments",
    ]

    /// What a council of a place is called: "the city council of Marbury".
    static let localCouncils: WordSet = [
        "city", "town", "county", "district", "municipal", "village", "regional", "provincial", "parish", "borough",
    ]

    /// "the Shika nuclear plant", "Ramstein air base", "the Leviathan gas field": a facility named
    /// after its place — up to two of these words, then one of ``facilityNouns``. A company's
    /// plant ("the Tesla plant") has no such word between.
    static let facilityModifiers: WordSet = [
        "nuclear", "power", "hydroelectric", "hydropower", "coal", "coal-fired", "gas-fired", "solar", "wind",
        "air", "naval", "military", "army", "refugee", "oil", "gas", "detention", "border",
    ]

    /// What ``facilityModifiers`` lead to: "plant", "station", "base", "camp", "field".
    static let facilityNouns: WordSet = [
        "plant", "plants", "station", "base", "camp", "field", "fields", "reactor", "reactors", "farm", "crossing",
        "bridge", "stadium", "airport",
    ]

    /// First words of names of events: "Hurricane Beryl", "Typhoon Haiyan", "Operation Sindoor".
    static let eventStarts: WordSet = ["hurricane", "typhoon", "cyclone", "storm", "operation", "tropical", "tour", "giro", "vuelta"]

    static let eventHeads: WordSet = [
        "war", "summit", "olympics", "games", "cup", "championship", "championships", "conference",
        "election", "elections", "festival", "expo", "forum", "crisis", "revolution", "massacre",
        "earthquake", "uprising", "offensive", "campaign", "talks", "marathon", "tournament", "pandemic",
        "week", "day", "fair", "show", "awards", "prix", "referendum", "protests", "siege", "battle", "open",
    ]

    static let workHeads: WordSet = [
        "index", "report", "act", "treaty", "agreement", "accord", "accords", "convention", "declaration",
        "review", "survey", "study", "plan", "strategy", "charter", "constitution", "bill", "law", "protocol",
        "magazine", "book", "novel", "film", "album", "doctrine", "directive", "code",
    ]

    static let productHeads: WordSet = [
        "iphone", "ipad", "android", "windows", "model", "series", "pro", "max", "app", "drone", "vaccine",
    ]

    /// Last words of names of made things: "James Webb Space Telescope", "Perseverance rover".
    static let productEnds: WordSet = ["telescope", "rover", "satellite", "spacecraft", "probe"]

    /// Titles before a person's name; they are not part of the name.
    static let personTitles: WordSet = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "governor", "gov", "senator", "sen",
        "representative", "rep", "general", "gen", "minister", "secretary", "chancellor", "king", "queen",
        "prince", "princess", "pope", "judge", "justice", "mayor", "lt", "col", "colonel", "capt", "captain",
        "sgt", "sergeant", "commander", "chief", "ceo", "director", "spokesman", "spokeswoman", "spokesperson",
        "leader", "founder", "chairman", "chairwoman", "chair", "sheikh", "mullah", "imam", "ambassador",
        "envoy", "emir", "sir", "dame", "lord", "lady", "officer", "detective", "inspector", "admiral", "adm",
        "major", "maj", "lieutenant", "deputy", "vice", "prime", "foreign", "defence", "defense", "interior",
        "finance", "health", "economy", "premier", "archbishop", "bishop", "rabbi", "father", "sister",
        "coach", "manager", "editor", "analyst", "economist", "researcher", "scientist", "engineer",
        "executive", "commissioner", "superintendent", "attorney", "prosecutor", "lawyer", "auditor",
        "secretary-general", "director-general", "under-secretary", "vice-president", "co-founder", "diplomat",
        "administrator", "treasurer", "registrar", "coroner", "sheriff", "magistrate", "ombudsman", "dean",
        "candidate", "astronomer", "astronaut", "physicist", "historian", "activist", "journalist",
        "correspondent", "striker", "midfielder", "defender", "goalkeeper", "incumbent", "councillor",
        "councilor", "councilman", "councilwoman", "alderman", "alderwoman", "assemblyman", "assemblywoman",
    ]

    /// Occupations that, set off after a name, make it a person's: "Liam Ferris, a chemist at …".
    static let occupations: WordSet = [
        "chemist", "biologist", "physician", "doctor", "surgeon", "nurse", "teacher", "student", "farmer",
        "resident", "expert", "consultant", "author", "writer", "artist", "actor", "actress", "singer",
        "musician", "player", "pilot", "soldier", "worker", "owner", "veteran", "survivor", "witness",
        "mother", "son", "daughter", "wife", "husband", "professor", "lecturer", "geologist", "epidemiologist",
        "virologist", "meteorologist", "climatologist", "strategist", "banker", "trader", "investor", "entrepreneur",
        "novelist", "poet", "painter", "sculptor", "composer", "playwright", "filmmaker", "photographer", "comedian",
        "designer", "architect", "economist", "astrophysicist", "engineer", "scientist", "researcher",
    ]

    /// Words that say a nearby name is a person: "X said", "X, who".
    static let speechVerbs: WordSet = [
        "said", "says", "told", "added", "explained", "noted", "wrote", "argued", "insisted", "warned",
        "stated", "announced", "claimed", "asked", "replied", "recalled", "tweeted", "declared", "admitted",
    ]

    /// Nouns of nationality that are no adjectives: "the Dane", "two Britons" — a person described,
    /// not a name (and "the Dane" is the person named before).
    static let nationalityNouns: WordSet = [
        "dane", "danes", "briton", "britons", "swede", "swedes", "finn", "finns", "pole", "poles", "spaniard",
        "spaniards", "frenchman", "frenchwoman", "frenchmen", "dutchman", "dutchwoman", "dutchmen", "englishman",
        "englishwoman", "scot", "scots", "welshman", "welshwoman", "irishman", "irishwoman", "turk", "turks",
        "kiwi", "aussie", "brit", "brits",
    ]

    /// Adjectives of nationality: alone they describe, they do not name.
    static let demonyms: WordSet = [
        "afghan", "pakistani", "american", "british", "french", "german", "russian", "chinese", "iranian",
        "iraqi", "syrian", "indian", "israeli", "palestinian", "turkish", "saudi", "egyptian", "european",
        "african", "asian", "arab", "western", "eastern", "japanese", "korean", "ukrainian", "polish",
        "italian", "spanish", "canadian", "australian", "mexican", "brazilian", "dutch", "swedish", "scandinavian", "nordic", "baltic",
        "norwegian", "danish", "finnish", "irish", "scottish", "welsh", "english", "greek", "swiss",
        "austrian", "belgian", "portuguese", "nigerian", "kenyan", "ethiopian", "somali", "yemeni",
        "lebanese", "jordanian", "qatari", "emirati", "kurdish", "uzbek", "tajik", "turkmen", "kazakh",
        "islamic", "muslim", "christian", "jewish", "sunni", "shia", "shiite", "catholic", "federal",
        "northern", "southern", "national", "international", "global", "regional", "local", "central",
        "us-led", "nato-led", "un-backed", "pashtun", "baloch", "uyghur", "hindu", "buddhist", "latin",
        "serbian", "croatian", "bosnian", "hungarian", "romanian", "bulgarian", "czech", "slovak", "slovenian",
        "lithuanian", "latvian", "estonian", "belarusian", "armenian", "azerbaijani", "argentine", "argentinian",
        "chilean", "colombian", "peruvian", "venezuelan", "cuban", "haitian", "jamaican", "ghanaian", "senegalese",
        "sudanese", "congolese", "rwandan", "ugandan", "tanzanian", "zimbabwean", "zambian", "malawian",
        "mozambican", "angolan", "namibian", "algerian", "moroccan", "tunisian", "libyan", "bangladeshi",
        "nepalese", "burmese", "thai", "vietnamese", "cambodian", "malaysian", "indonesian", "filipino",
        "singaporean", "taiwanese", "mongolian", "kyrgyz", "icelandic", "maltese", "cypriot", "bahraini",
        "kuwaiti", "omani", "somalian", "eritrean",
        // Of empires and eras: "a Roman merchant ship", "Ottoman rule".
        "roman", "ottoman", "byzantine", "persian", "soviet",
    ]

    /// Common given names; a name starting with one is a person.
    static let givenNames: WordSet = [
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
        "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
        "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry",
        "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "noah",
        "ethan", "jeremy", "walter", "christian", "keith", "roger", "terry", "austin", "sean", "gerald",
        "carl", "harold", "dylan", "arthur", "lawrence", "jordan", "jesse", "bryan", "billy", "bruce",
        "gabriel", "joe", "logan", "alan", "juan", "albert", "willie", "elijah", "wayne", "randy", "vincent",
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "lisa", "nancy", "betty", "sandra", "margaret", "ashley", "kimberly", "emily", "donna", "michelle",
        "carol", "amanda", "melissa", "deborah", "stephanie", "dorothy", "rebecca", "sharon", "laura",
        "cynthia", "amy", "kathleen", "angela", "shirley", "brenda", "emma", "anna", "pamela", "nicole",
        "samantha", "katherine", "christine", "helen", "debra", "rachel", "carolyn", "janet", "maria",
        "catherine", "heather", "diane", "olivia", "julie", "joyce", "victoria", "ruth", "virginia", "lauren",
        "kelly", "christina", "joan", "evelyn", "judith", "andrea", "hannah", "megan", "cheryl", "jacqueline",
        "martha", "madison", "teresa", "gloria", "sara", "janice", "ann", "kathryn", "abigail", "sophia",
        "frances", "jean", "alice", "judy", "isabella", "julia", "grace", "amber", "denise", "danielle",
        "marilyn", "beverly", "charlotte", "natalie", "theresa", "diana", "brittany", "doris", "kayla",
        "alexis", "lori", "marie", "mohammed", "muhammad", "mohammad", "ahmed", "ahmad", "ali", "hassan",
        "hussein", "omar", "abdul", "abdullah", "mahmoud", "khalid", "ibrahim", "yusuf", "fatima", "aisha",
        "zainab", "mullah", "hamid", "ashraf", "imran", "nawaz", "shahab", "zabihullah", "amrullah",
        "vladimir", "sergei", "dmitry", "olga", "ivan", "xi", "li", "wang", "zhang", "chen", "liu", "yang",
        "hiroshi", "yuki", "kim", "park", "lee", "emmanuel", "angela", "olaf", "boris", "rishi", "keir",
        "narendra", "rahul", "priya", "raj", "ana", "carlos", "luis", "miguel", "pedro", "sofia", "lucia",
        "pierre", "jean", "marie", "hans", "klaus", "ingrid", "lars", "erik", "anders", "giuseppe", "marco",
        "elena", "ines", "tomas", "jakub", "piotr", "nikolai", "oleksandr", "volodymyr", "yulia", "joe",
        "kamala", "hillary", "bill", "barack", "jimmy", "ronald", "nelson", "jacinda", "justin", "ursula",
        "antonio", "josep", "felix", "maya", "nora", "lena", "leila", "amir", "reza", "farid", "nadia",
        "samir", "tariq", "yasmin", "elif", "mehmet", "mustafa", "recep", "ayesha", "bilal", "usman",
        // Names common since the census lists were made, and of the wider world's news.
        "liam", "oliver", "lucas", "mason", "aiden", "jayden", "elias", "leo", "luca", "matteo", "mateo", "hugo",
        "theo", "kofi", "kwame", "kwesi", "abena", "chidi", "chinedu", "ngozi", "emeka", "tunde", "amara",
        "jonas", "nils", "sven", "bjorn", "jens", "mats", "magnus", "henrik", "sigrid", "astrid", "freya",
        "joao", "rui", "tiago", "diego", "javier", "alejandro", "pablo", "sergio", "iker", "mikel", "unai",
        "petra", "ivana", "marek", "tomasz", "katarzyna", "agnieszka", "zofia", "anja", "lea", "chloe", "manon",
        "camille", "mathilde", "yann", "arjun", "aarav", "vivek", "ananya", "sanjay", "anil", "sunil", "ravi",
        "amit", "wei", "hiroki", "takeshi", "haruto", "sakura", "thabo", "sipho", "themba", "lindiwe", "tendai",
        "farai", "aoife", "siobhan", "niamh", "ciaran", "eoin", "oisin", "cormac", "declan", "kai",
    ]
}
