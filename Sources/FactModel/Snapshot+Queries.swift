/// Read-only queries over a snapshot. All results are sorted deterministically.
extension Snapshot {
    /// Paths of all documents, sorted.
    public var sortedPaths: [String] {
        cache.paths { documents.keys.sorted() }
    }

    /// The listing of every document (served or skipped), sorted by path.
    public func documentInfos() -> [DocumentInfo] {
        sortedPaths.compactMap { documents[$0]?.info }
    }

    /// Resolves a local entity of a document to the corpus entity it joined.
    func ref(in record: DocumentRecord, _ local: Int) -> EntityRef {
        if local < record.entityKeys.count, let aggregate = entities[record.entityKeys[local]] {
            return aggregate.ref
        }
        return record.extraction!.localRef(local)
    }

    /// The facts and mentions of one document, or nil when no such document is known.
    public func document(at path: String) -> (info: DocumentInfo, facts: [Fact], mentions: [Mention])? {
        guard let record = documents[path] else { return nil }
        guard let extraction = record.extraction else { return (record.info, [], []) }
        let facts = extraction.facts.indices.map { extraction.fact($0, path: path) { ref(in: record, $0) } }
        return (record.info, facts, extraction.resolvedMentions { ref(in: record, $0) })
    }

    /// The key of the entity with this canonical name or alias (case-insensitive).
    public func entityKey(named name: String) -> String? {
        let key = EntityKey.normalize(name)
        if let owner = names[key] { return owner }
        return entities[key] != nil ? key : nil
    }

    /// The entity with this name, alias or id (an id normalizes to its canonical name's key).
    public func entity(named name: String) -> Entity? {
        entityKey(named: name).flatMap { entities[$0]?.entity }
    }

    /// Entity keys ranked by mentions (most first), then name.
    var rankedEntityKeys: [String] {
        cache.entityOrder {
            struct Row { var key: String; var mentions: Int; var name: String }
            var rows: [Row] = []
            rows.reserveCapacity(entities.count)
            for (key, aggregate) in entities { rows.append(Row(key: key, mentions: aggregate.mentions, name: aggregate.name)) }
            rows.sort { a, b in
                if a.mentions != b.mentions { return a.mentions > b.mentions }
                if a.name != b.name { return a.name < b.name }
                return a.key < b.key
            }
            return rows.map(\.key)
        }
    }

    /// Entities, most mentioned first, filtered by type and by a case-insensitive substring of name or alias.
    public func entityList(type: EntityType?, query: String?) -> [Entity] {
        let needle = query.map { $0.lowercased() }
        return rankedEntityKeys.compactMap { key -> Entity? in
            guard let aggregate = entities[key] else { return nil }
            if let type, aggregate.type != type { return nil }
            let entity = aggregate.entity
            if let needle, !needle.isEmpty {
                let hit = entity.name.lowercased().contains(needle)
                    || entity.aliases.contains { $0.lowercased().contains(needle) }
                if !hit { return nil }
            }
            return entity
        }
    }

    /// Facts that mention the entity in any role, in document order.
    public func facts(about key: String) -> [Fact] {
        guard let aggregate = entities[key] else { return [] }
        var out: [Fact] = []
        for path in aggregate.contributions.keys.sorted() {
            guard let record = documents[path], let extraction = record.extraction,
                  let locals = aggregate.contributions[path] else { continue }
            let mine = Set(locals)
            for (i, f) in extraction.facts.enumerated() where f.entityIndices.contains(where: mine.contains) {
                out.append(extraction.fact(i, path: path) { ref(in: record, $0) })
            }
        }
        return out
    }

    /// Entities that share facts with the entity, most shared first.
    public func related(to key: String, facts: [Fact]) -> [(entity: EntityRef, count: Int)] {
        var counts: [String: (EntityRef, Int)] = [:]
        let ownID = entities[key]?.id
        for fact in facts {
            var refs: Set<EntityRef> = []
            if let s = fact.subject { refs.insert(s) }
            if case .entity(let o) = fact.object { refs.insert(o) }
            for a in fact.agents ?? [] { refs.insert(a) }
            if let p = fact.place { refs.insert(p) }
            if let e = fact.attribution?.entity { refs.insert(e) }
            for r in refs where r.id != ownID { counts[r.id, default: (r, 0)].1 += 1 }
        }
        return counts.values.sorted { a, b in a.1 != b.1 ? a.1 > b.1 : a.0.name < b.0.name }.map { ($0.0, $0.1) }
    }

    /// Facts matching every filter, in document order. Unknown entity names match nothing.
    public func facts(matching filter: FactFilter) -> [Fact] {
        var candidates: [Fact]
        if let subject = filter.subject {
            guard let key = entityKey(named: subject), let id = entities[key]?.id else { return [] }
            candidates = facts(about: key).filter { $0.subject?.id == id }
        } else if let document = filter.document {
            candidates = self.document(at: document)?.facts ?? []
        } else {
            candidates = []
            for path in sortedPaths {
                guard let record = documents[path], let extraction = record.extraction else { continue }
                for i in extraction.facts.indices {
                    candidates.append(extraction.fact(i, path: path) { ref(in: record, $0) })
                }
            }
        }
        let objectID = filter.object.flatMap { entityKey(named: $0) }.flatMap { entities[$0]?.id }
        let objectText = filter.object?.lowercased()
        let predicate = filter.predicate?.lowercased()
        let text = filter.text?.lowercased()
        return candidates.filter { fact in
            if let document = filter.document, fact.evidence.document != document { return false }
            if let predicate, fact.predicate.lowercased() != predicate { return false }
            if let objectText {
                switch fact.object {
                case .entity(let ref)?:
                    if ref.id != objectID { return false }
                case .text(let t)?:
                    if !t.lowercased().contains(objectText) { return false }
                case nil:
                    return false
                }
            }
            if filter.from != nil || filter.to != nil {
                guard let time = fact.time, time.overlaps(from: filter.from, to: filter.to) else { return false }
            }
            if let text, !fact.evidence.text.lowercased().contains(text) { return false }
            return true
        }
    }
}
