import HashTreeCollections

/// A corpus-wide entity: the sum of what each document says about it.
struct EntityAggregate: Sendable {
    /// Which local entities of which documents joined this entity, as ``contribution(document:local:)``
    /// numbers: eight bytes and an integer hash each (a path and a list of locals took 32 bytes
    /// and hashed the path's string).
    var contributions = ContributionSet()
    var mentions = 0
    /// Every spelling (names and aliases) with how many local entities use it and its votes to
    /// be the name. A handful per entity: an array is smaller than a dictionary and as fast.
    private(set) var spellings: [SpellingCount] = []
    private var typeVotes = TypeVotes()

    init() {}

    /// Derived from the canonical name, which does not depend on the order documents were read.
    var id: String { EntityKey.id(for: name) }

    /// The spelling most documents use as the name and fewest call an alias ("NHPA" loses to
    /// "Northern Harbor Port Authority" once any document says one stands for the other);
    /// ties go to the longer, then the alphabetically first. Empty only while nothing is added.
    var name: String {
        spellings.max { a, b in
            if a.nameVotes != b.nameVotes { return a.nameVotes < b.nameVotes }
            if a.spelling.count != b.spelling.count { return a.spelling.count < b.spelling.count }
            return a.spelling > b.spelling
        }?.spelling ?? ""
    }

    var type: EntityType { typeVotes.leader }

    /// The reference facts carry, worked out when asked for: kept in every corpus entity, its id
    /// (a string as long as the name) took a megabyte per 10 MB of text, and answers are kept
    /// per snapshot once rendered.
    var ref: EntityRef {
        let canonical = name
        return EntityRef(id: EntityKey.id(for: canonical), name: canonical, type: type)
    }

    var entity: Entity {
        let canonical = name
        var keys: Set<String> = [EntityKey.normalize(canonical)]
        var aliases: [String] = []
        for spelling in spellings.map(\.spelling).sorted() where keys.insert(EntityKey.normalize(spelling)).inserted {
            aliases.append(spelling)
        }
        return Entity(id: id, name: canonical, type: type, aliases: aliases, mentions: mentions)
    }

    /// Adds one local entity's contribution.
    mutating func add(_ e: ExtractedEntity, local: Int, document: UInt32) {
        contributions.insert(EntityAggregate.contribution(document: document, local: local))
        mentions += e.mentions
        count(e.name, uses: 1, nameVotes: 1)
        for alias in e.aliases { count(alias, uses: 1, nameVotes: -1) }
        typeVotes[e.type] += Int32(clamping: max(1, e.mentions))
    }

    /// Removes one local entity's contribution; returns spellings no longer used.
    mutating func remove(_ e: ExtractedEntity, local: Int, document: UInt32) -> [String] {
        contributions.remove(EntityAggregate.contribution(document: document, local: local))
        mentions -= e.mentions
        typeVotes[e.type] -= Int32(clamping: max(1, e.mentions))
        var gone: [String] = []
        // A spelling no document uses any more is dropped, its votes to be the name with it.
        if count(e.name, uses: -1, nameVotes: -1) { gone.append(e.name) }
        for alias in e.aliases where count(alias, uses: -1, nameVotes: 1) { gone.append(alias) }
        return gone
    }

    /// Local entity `local` of document number `document`, as ``contributions`` keeps it.
    static func contribution(document: UInt32, local: Int) -> UInt64 {
        UInt64(document) << 32 | UInt64(UInt32(truncatingIfNeeded: local))
    }

    /// Adds to a spelling's counts; returns whether it is no longer used (and was dropped).
    @discardableResult
    private mutating func count(_ spelling: String, uses: Int32, nameVotes: Int32) -> Bool {
        guard let i = spellings.firstIndex(where: { $0.spelling == spelling }) else {
            if uses > 0 { spellings.append(SpellingCount(spelling: spelling, uses: uses, nameVotes: nameVotes)) }
            return uses <= 0
        }
        spellings[i].uses += uses
        spellings[i].nameVotes += nameVotes
        guard spellings[i].uses <= 0 else { return false }
        spellings.remove(at: i)
        return true
    }
}

/// One spelling of an entity: how many local entities use it, and documents using it as the
/// name minus documents calling it an alias.
struct SpellingCount: Sendable {
    let spelling: String
    var uses: Int32
    var nameVotes: Int32
}

/// An entity's type votes (mentions per type its documents gave it), one count per type, inline.
struct TypeVotes: Sendable {
    // 28 bytes aligned to 4: a SIMD vector took 32 aligned to 16, which padded every aggregate.
    private var counts = InlineArray<7, Int32>(repeating: 0)

    private static func slot(_ type: EntityType) -> Int {
        switch type {
        case .organization: return 0
        case .person: return 1
        case .place: return 2
        case .product: return 3
        case .event: return 4
        case .work: return 5
        case .other: return 6
        }
    }

    subscript(type: EntityType) -> Int32 {
        get { counts[TypeVotes.slot(type)] }
        set { counts[TypeVotes.slot(type)] = newValue }
    }

    /// The type with most votes; ties go to the alphabetically first; `other` without votes.
    var leader: EntityType {
        var best: EntityType? = nil
        for type in EntityType.allCases where self[type] > 0 {
            guard let current = best else { best = type; continue }
            if self[type] > self[current] || self[type] == self[current] && type.rawValue < current.rawValue { best = type }
        }
        return best ?? .other
    }
}
