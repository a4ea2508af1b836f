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
        if local < record.entityNumbers.count, let aggregate = entities[record.entityNumbers[local]] {
            return aggregate.ref
        }
        return record.extraction!.localRef(local)
    }

    /// The facts and mentions of one document, or nil when no such document is known.
    /// `readMentions` gives the mentions of an extraction that does not keep them
    /// (``DocumentExtraction/dropMentions()``).
    public func document(at path: String, readMentions: (DocumentExtraction) -> [ExtractedMention] = \.mentions)
        -> (info: DocumentInfo, facts: [Fact], mentions: [Mention])? {
        guard let record = documents[path] else { return nil }
        guard let extraction = record.extraction else { return (record.info, [], []) }
        let facts = extraction.facts.indices.map { extraction.fact($0, path: path) { ref(in: record, $0) } }
        let mentions = extraction.keepsMentions ? extraction.mentions : readMentions(extraction)
        return (record.info, facts, extraction.resolved(mentions) { ref(in: record, $0) })
    }

    /// The entity with this canonical name or alias (case-insensitive).
    public func entityNumber(named name: String) -> EntityNumber? {
        names[EntityKey.hash(name)]
    }

    /// The entity with this name, alias or id (an id normalizes to its canonical name's key).
    public func entity(named name: String) -> Entity? {
        entityNumber(named: name).flatMap { entities[$0]?.entity }
    }

    /// Entities ranked by mentions (most first), then name, then type; entities alike in all
    /// three (rare: two entities of one name and type) in the order they were first seen.
    var rankedEntities: [EntityNumber] {
        cache.entityOrder {
            struct Row { var number: EntityNumber; var mentions: Int; var name: String; var type: EntityType }
            var rows: [Row] = []
            rows.reserveCapacity(entities.count)
            for (number, aggregate) in entities {
                rows.append(Row(number: number, mentions: aggregate.mentions, name: aggregate.name, type: aggregate.type))
            }
            rows.sort { a, b in
                if a.mentions != b.mentions { return a.mentions > b.mentions }
                if a.name != b.name { return a.name < b.name }
                if a.type != b.type { return a.type.rawValue < b.type.rawValue }
                return a.number < b.number
            }
            return rows.map(\.number)
        }
    }

    /// Entities, most mentioned first, filtered by type and by a case-insensitive substring of name or alias.
    public func entityList(type: EntityType?, query: String?) -> [Entity] {
        let needle = query.map { $0.lowercased() }
        return rankedEntities.compactMap { number -> Entity? in
            guard let aggregate = entities[number] else { return nil }
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

    /// The facts of one entity as (document, fact index) pairs, in document order, without building them.
    func factRefs(about key: EntityNumber) -> [(DocumentRecord, Int)] {
        guard let aggregate = entities[key] else { return [] }
        // The contributions sorted group by document; the documents are then ordered by path.
        let contributions = aggregate.contributions.sorted()
        func local(_ k: Int) -> Int { Int(UInt32(truncatingIfNeeded: contributions[k])) }
        var runs: [(record: DocumentRecord, locals: Range<Int>)] = []
        var k = 0
        while k < contributions.count {
            let number = contributions[k] >> 32
            var end = k + 1
            while end < contributions.count, contributions[end] >> 32 == number { end += 1 }
            if let record = documentsByNumber[UInt32(number)] { runs.append((record, k..<end)) }
            k = end
        }
        runs.sort { $0.record.info.path < $1.record.info.path }
        var out: [(DocumentRecord, Int)] = []
        for (record, locals) in runs {
            if locals.count == 1 {
                record.factsByEntity.forEachFact(of: local(locals.lowerBound)) { out.append((record, $0)) }
            } else {
                var merged: Set<Int> = []
                for k in locals { record.factsByEntity.forEachFact(of: local(k)) { merged.insert($0) } }
                for i in merged.sorted() { out.append((record, i)) }
            }
        }
        return out
    }

    /// One page of an entity's facts, the total, and the entities sharing its facts (most shared
    /// first, at most `relatedLimit`). Only the page's facts are built.
    public func entityFacts(_ key: EntityNumber, offset: Int, limit: Int)
        -> (page: Page<Fact>, related: [(entity: EntityRef, count: Int)]) {
        let gathered = factsAndRelated(about: key)
        let refs = gathered.refs
        let lower = min(offset, refs.count)
        let upper = min(lower + limit, refs.count)
        let facts = refs[lower..<upper].map { record, i in record.extraction!.fact(i, path: record.info.path) { ref(in: record, $0) } }
        return (Page(items: facts, offset: lower, total: refs.count), gathered.related)
    }

    /// Entities that share facts with this one: at most this many, most shared first.
    static let relatedLimit = 25

    /// An entity's fact references and related entities, from the snapshot's cache when it has many.
    func factsAndRelated(about key: EntityNumber) -> SnapshotCache.EntityFacts {
        cache.entityFacts(key) {
            let refs = factRefs(about: key)
            // Related entities are counted on numbers, without building facts.
            var counts: [EntityNumber: Int] = [:]
            var keys: [EntityNumber] = []  // one fact's other entities, each once (a handful: no set needed)
            // References come document by document: take each document's arrays once, and read
            // the facts in place rather than copying each one.
            var record: DocumentRecord? = nil
            var facts = FactTable()
            var entityNumbers: [EntityNumber] = []
            for (next, i) in refs {
                if record !== next {
                    record = next
                    facts = next.extraction!.facts
                    entityNumbers = next.entityNumbers
                }
                keys.removeAll(keepingCapacity: true)
                facts[i].forEachEntityIndex { local in
                    guard local < entityNumbers.count else { return }
                    let k = entityNumbers[local]
                    if k != key && !keys.contains(k) { keys.append(k) }
                }
                for k in keys { counts[k, default: 0] += 1 }
            }
            let related = counts.compactMap { k, n in entities[k].map { (entity: $0.ref, count: n) } }
                .sorted { a, b in a.count != b.count ? a.count > b.count : a.entity.name < b.entity.name }
                .prefix(Snapshot.relatedLimit)
            return SnapshotCache.EntityFacts(refs: refs, related: Array(related))
        }
    }

    /// Facts that mention the entity in any role, in document order.
    public func facts(about key: EntityNumber) -> [Fact] {
        factRefs(about: key).map { record, i in record.extraction!.fact(i, path: record.info.path) { ref(in: record, $0) } }
    }

    /// One page of the facts matching every filter, in document order, and how many match.
    /// Filters are tested on the stored facts, each document's parts taken once; only the page's
    /// facts are built.
    public func factPage(matching filter: FactFilter, offset: Int, limit: Int) -> Page<Fact> {
        var subjectKey: EntityNumber? = nil
        var subjectFacts: [(DocumentRecord, Int)] = []
        if let subject = filter.subject {
            guard let key = entityNumber(named: subject) else { return Page(slicing: [], offset: 0, limit: limit) }
            subjectKey = key
            subjectFacts = factsAndRelated(about: key).refs
        }
        let objectKey = filter.object.flatMap { entityNumber(named: $0) }
        let objectText = filter.object?.lowercased()
        let predicate = filter.predicate?.lowercased()
        let text = filter.text?.lowercased()
        var total = 0
        var page: [Fact] = []
        // The document being read, and whether the last sentence read holds the text; whether
        // each predicate matches, by its number in the (process-wide) vocabulary.
        var record: DocumentRecord? = nil
        var extraction: DocumentExtraction! = nil
        var predicateMatches: [Int32: Bool] = [:]
        var sentenceMatch: (sentence: Int, matches: Bool)? = nil

        func key(_ local: Int?) -> EntityNumber? {
            guard let local, local < record!.entityNumbers.count else { return nil }
            return record!.entityNumbers[local]
        }
        func enter(_ next: DocumentRecord) -> Bool {
            guard next !== record else { return true }
            guard let x = next.extraction else { return false }
            if let document = filter.document, next.info.path != document { return false }
            record = next
            extraction = x
            sentenceMatch = nil
            return true
        }
        func test(_ i: Int) {
            let f = extraction.facts[i]
            if let subjectKey, key(f.subject) != subjectKey { return }
            if let predicate {
                let entry = f.predicateEntry
                let matches = predicateMatches[entry] ?? {
                    let m = f.predicate.lowercased() == predicate
                    predicateMatches[entry] = m
                    return m
                }()
                guard matches else { return }
            }
            if let objectText {
                switch f.object {
                case .entity(let o)?:
                    if objectKey == nil || key(o) != objectKey { return }
                case .text(let t)?:
                    if !t.lowercasedContains(objectText) { return }
                case nil:
                    return
                }
            }
            if filter.from != nil || filter.to != nil {
                guard let (start, end) = f.timeBounds,
                      TimeExpression.interval(start, end, overlapsFrom: filter.from, to: filter.to) else { return }
            }
            if let text {
                if sentenceMatch?.sentence != f.sentence {
                    sentenceMatch = (f.sentence, extraction.sentences[f.sentence].textSpan.lowercasedContains(text))
                }
                guard sentenceMatch!.matches else { return }
            }
            if total >= offset && page.count < limit {
                page.append(extraction.fact(i, path: record!.info.path) { ref(in: record!, $0) })
            }
            total += 1
        }

        if subjectKey != nil {
            for (next, i) in subjectFacts where enter(next) { test(i) }
        } else {
            for path in filter.document.map({ [$0] }) ?? sortedPaths {
                guard let next = documents[path], enter(next) else { continue }
                for i in extraction.facts.indices { test(i) }
            }
        }
        return Page(items: page, offset: min(offset, total), total: total)
    }

    /// Facts matching every filter, in document order. Unknown entity names match nothing.
    public func facts(matching filter: FactFilter) -> [Fact] {
        factPage(matching: filter, offset: 0, limit: Int.max).items
    }
}
