import HashTreeCollections

/// A corpus-wide entity: the sum of what each document says about it.
struct EntityAggregate: Sendable {
    /// The key it was created under (its slot in the snapshot's maps).
    let key: String
    /// Per document, which local entities joined this entity.
    var contributions: TreeDictionary<String, LocalEntities> = [:]
    var mentions = 0
    /// Per spelling: documents using it as the canonical name minus documents calling it an alias.
    var nameVotes: [String: Int] = [:]
    var typeVotes: [EntityType: Int] = [:]
    /// Every spelling (names and aliases), counted by how many local entities use it.
    var spellings: [String: Int] = [:]

    /// The reference facts carry, kept current by ``add`` and ``remove`` (queries build many).
    private(set) var ref: EntityRef

    init(key: String) {
        self.key = key
        ref = EntityRef(id: EntityKey.id(for: key), name: key, type: .other)
    }

    /// Derived from the canonical name, which does not depend on the order documents were read.
    var id: String { EntityKey.id(for: name) }

    /// The spelling most documents use as the name and fewest call an alias ("NHPA" loses to
    /// "Northern Harbor Port Authority" once any document says one stands for the other);
    /// ties go to the longer, then the alphabetically first.
    var name: String {
        nameVotes.max { a, b in
            if a.value != b.value { return a.value < b.value }
            if a.key.count != b.key.count { return a.key.count < b.key.count }
            return a.key > b.key
        }?.key ?? key
    }

    var type: EntityType {
        typeVotes.max { a, b in a.value != b.value ? a.value < b.value : a.key.rawValue > b.key.rawValue }?.key ?? .other
    }

    private mutating func refreshRef() {
        let canonical = name
        ref = EntityRef(id: EntityKey.id(for: canonical), name: canonical, type: type)
    }

    var entity: Entity {
        let canonical = name
        var keys: Set<String> = [EntityKey.normalize(canonical)]
        var aliases: [String] = []
        for spelling in spellings.keys.sorted() where keys.insert(EntityKey.normalize(spelling)).inserted {
            aliases.append(spelling)
        }
        return Entity(id: id, name: canonical, type: type, aliases: aliases, mentions: mentions)
    }

    mutating func add(_ e: ExtractedEntity, local: Int, path: String) {
        if var locals = contributions[path] {
            locals.append(local)
            contributions[path] = locals
        } else {
            contributions[path] = LocalEntities(local)
        }
        mentions += e.mentions
        nameVotes[e.name, default: 0] += 1
        for alias in e.aliases { nameVotes[alias, default: 0] -= 1 }
        typeVotes[e.type, default: 0] += max(1, e.mentions)
        for s in [e.name] + e.aliases { spellings[s, default: 0] += 1 }
        refreshRef()
    }

    /// Removes one local entity's contribution; returns spellings no longer used.
    mutating func remove(_ e: ExtractedEntity, path: String) -> [String] {
        contributions[path] = nil
        mentions -= e.mentions
        func drop<K>(_ d: inout [K: Int], _ k: K, _ n: Int) { d[k, default: 0] -= n; if d[k]! <= 0 { d[k] = nil } }
        nameVotes[e.name, default: 0] -= 1
        for alias in e.aliases { nameVotes[alias, default: 0] += 1 }
        drop(&typeVotes, e.type, max(1, e.mentions))
        var gone: [String] = []
        for s in [e.name] + e.aliases {
            drop(&spellings, s, 1)
            if spellings[s] == nil { gone.append(s) }
        }
        // Spellings no document uses any more cannot be the name.
        for k in nameVotes.keys where spellings[k] == nil { nameVotes[k] = nil }
        refreshRef()
        return gone
    }
}
