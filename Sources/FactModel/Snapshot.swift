import HashTreeCollections
import Synchronization

/// A change to one document, applied atomically by ``Snapshot/apply(_:)``.
public enum DocumentChange: Sendable {
    /// Add or replace a document. `extraction` is nil for a skipped file (listed with its reason).
    case upsert(DocumentInfo, DocumentExtraction?)
    /// Remove the document at this path.
    case remove(String)

    public var path: String {
        switch self {
        case .upsert(let info, _): return info.path
        case .remove(let path): return path
        }
    }
}

/// An immutable view of the whole fact model. Queries read one snapshot; changes make a new one.
///
/// Built from persistent hash tries, so applying a change to one document costs time in
/// proportion to that document, not to the corpus, and old snapshots stay valid while read.
public struct Snapshot: Sendable {
    /// Increases by one with every applied batch of changes.
    public private(set) var generation: UInt64 = 0
    public private(set) var documents: TreeDictionary<String, DocumentRecord> = [:]
    /// The same records by their number (see ``DocumentRecord``), for corpus entities' lists.
    var documentsByNumber: TreeDictionary<UInt32, DocumentRecord> = [:]
    /// The number the next inserted document gets. Numbers are not reused; after 2^32 inserts they
    /// wrap, which could only collide with a document served since 4 billion inserts ago.
    private var nextDocumentNumber: UInt32 = 0
    var entities: TreeDictionary<EntityNumber, EntityAggregate> = [:]
    /// The number the next new corpus entity gets (numbers are not reused, like documents').
    private var nextEntityNumber: UInt32 = 0
    /// Normalized name or alias (by ``EntityKey/hash(_:)``) → the entity it names.
    var names: TreeDictionary<UInt64, EntityNumber> = [:]
    var search = SearchIndex()
    /// Number of facts over all documents.
    public private(set) var factCount = 0
    /// Number of documents served (not skipped).
    public private(set) var servedCount = 0
    let cache = SnapshotCache()

    public init() {}

    /// Number of corpus-wide entities.
    public var entityCount: Int { entities.count }

    /// The answer to a query, rendered once per snapshot: a snapshot never changes, so the same
    /// query asked again gets the same bytes. `key` must name the query completely (method and
    /// params). A failing `make` stores nothing.
    public func memoizedAnswer(_ key: String, _ make: () throws -> [UInt8]) rethrows -> [UInt8] {
        try cache.answer(key, make)
    }

    /// The answer ``memoizedAnswer(_:_:)`` keeps under `key`, if it has one.
    public func keptAnswer(_ key: String) -> [UInt8]? {
        cache.keptAnswer(key)
    }

    /// Applies changes in order and bumps the generation once. Returns a new snapshot.
    public func applying(_ changes: [DocumentChange]) -> Snapshot {
        var next = self
        next.apply(changes)
        return next
    }

    /// Applies changes in order and bumps the generation once.
    public mutating func apply(_ changes: [DocumentChange]) {
        stage(changes)
        commit()
    }

    /// Applies changes in order without starting a generation, to build the next snapshot in
    /// steps (while the rest of a scan is still being read); ``commit()`` then makes everything
    /// staged one generation. Nobody may query a snapshot between `stage` and `commit`.
    public mutating func stage(_ changes: [DocumentChange]) {
        for change in changes {
            removeDocument(change.path)
            if case .upsert(let info, let extraction) = change { insertDocument(info, extraction) }
        }
    }

    /// Makes the changes staged since the last generation one new generation.
    public mutating func commit() {
        generation += 1
        cacheReset()
    }

    private mutating func cacheReset() {
        // A new box per snapshot: the old one may still be read by queries on the old snapshot.
        self = Snapshot(copying: self)
    }

    private init(copying other: Snapshot) {
        generation = other.generation
        documents = other.documents
        documentsByNumber = other.documentsByNumber
        nextDocumentNumber = other.nextDocumentNumber
        entities = other.entities
        nextEntityNumber = other.nextEntityNumber
        names = other.names
        search = other.search
        factCount = other.factCount
        servedCount = other.servedCount
    }

    private mutating func insertDocument(_ info: DocumentInfo, _ given: DocumentExtraction?) {
        var numbers: [EntityNumber] = []
        let number = nextDocumentNumber
        nextDocumentNumber &+= 1
        if let given {
            numbers.reserveCapacity(given.entities.count)
            // Names read before the text was deflated, when the loader kept them.
            for (local, e) in (given.preparedEntities ?? Array(given.entities)).enumerated() {
                numbers.append(join(e, local: local, document: number))
            }
            factCount += given.facts.count
            servedCount += 1
        }
        let record = DocumentRecord(info: info, number: number, extraction: given, entityNumbers: numbers)
        documents[info.path] = record
        documentsByNumber[number] = record
        search.add(record)
    }

    /// Finds or creates the corpus entity for a local entity and records the contribution.
    private mutating func join(_ e: ExtractedEntity, local: Int, document: UInt32) -> EntityNumber {
        // Most entities have no alias: one key, one lookup, no arrays.
        guard !e.aliases.isEmpty else {
            let key = EntityKey.hash(e.name)
            if let known = names[key] {
                add(e, local: local, document: document, to: known)
                return known
            }
            let made = newEntity(e, local: local, document: document)
            names[key] = made
            return made
        }
        let spellingKeys = ([e.name] + e.aliases).map(EntityKey.hash)
        // Each spelling's entity, looked up once: the first known one is the target, and the
        // unknown ones are added under it below.
        let known = spellingKeys.map { names[$0] }
        let joined: EntityNumber
        if let target = known.lazy.compactMap({ $0 }).first {
            add(e, local: local, document: document, to: target)
            joined = target
        } else {
            joined = newEntity(e, local: local, document: document)
        }
        for (k, found) in zip(spellingKeys, known) where found == nil && names[k] == nil { names[k] = joined }
        return joined
    }

    /// A new corpus entity made of one local entity.
    private mutating func newEntity(_ e: ExtractedEntity, local: Int, document: UInt32) -> EntityNumber {
        let number = EntityNumber(nextEntityNumber)
        nextEntityNumber &+= 1
        var aggregate = EntityAggregate()
        aggregate.add(e, local: local, document: document)
        entities[number] = aggregate
        return number
    }

    /// Adds a local entity to corpus entity `number`. Updated in its place in the trie: reading
    /// the aggregate out and storing it back would copy its arrays.
    private mutating func add(_ e: ExtractedEntity, local: Int, document: UInt32, to number: EntityNumber) {
        entities.updateValue(forKey: number, default: EntityAggregate()) { $0.add(e, local: local, document: document) }
    }

    private mutating func removeDocument(_ path: String) {
        guard let old = documents.removeValue(forKey: path) else { return }
        documentsByNumber[old.number] = nil
        search.remove(old)
        guard let extraction = old.extraction else { return }
        factCount -= extraction.facts.count
        servedCount -= 1
        for (local, number) in old.entityNumbers.enumerated() {
            guard var aggregate = entities[number] else { continue }
            let gone = aggregate.remove(extraction.entities[local], local: local, document: old.number)
            if aggregate.contributions.isEmpty {
                entities[number] = nil
                // Every name that leads here is a spelling's key, and every spelling is gone now.
                for s in gone where names[EntityKey.hash(s)] == number { names[EntityKey.hash(s)] = nil }
            } else {
                entities[number] = aggregate
                for s in gone {
                    let k = EntityKey.hash(s)
                    // Keep the name while another spelling with the same key still uses it.
                    if names[k] == number && !aggregate.spellings.contains(where: { EntityKey.hash($0.spelling) == k }) {
                        names[k] = nil
                    }
                }
            }
        }
    }
}

/// Lazily computed orderings of one snapshot, shared by every query on it.
final class SnapshotCache: Sendable {
    private let sortedPaths = Mutex<[String]?>(nil)
    private let searchableRecords = Mutex<[DocumentRecord]?>(nil)
    private let rankedEntities = Mutex<[EntityNumber]?>(nil)

    /// The value `slot` keeps, made by `make` the first time.
    private static func once<T>(_ slot: borrowing Mutex<T?>, _ make: () -> T) -> T {
        slot.withLock { cached in
            if let cached { return cached }
            let made = make()
            cached = made
            return made
        }
    }

    /// The records of served documents in one flat array, which searches walk far faster than
    /// the trie (a search reads every document's postings).
    func records(_ make: () -> [DocumentRecord]) -> [DocumentRecord] { SnapshotCache.once(searchableRecords, make) }

    func paths(_ make: () -> [String]) -> [String] { SnapshotCache.once(sortedPaths, make) }

    /// An entity's facts as (document, fact index) pairs and its related entities, kept for
    /// entities with many facts so that asking about them again costs the page, not the corpus.
    struct EntityFacts: Sendable {
        var refs: [(DocumentRecord, Int)]
        var related: [(entity: EntityRef, count: Int)]
    }
    private let entityFacts = Mutex<[EntityNumber: EntityFacts]>([:])
    /// Entities with fewer facts are cheap to gather each time.
    static let entityFactsThreshold = 64
    /// At most this many entities are kept per snapshot; then the table starts over.
    static let entityFactsCapacity = 4096

    func entityFacts(_ key: EntityNumber, _ make: () -> EntityFacts) -> EntityFacts {
        if let cached = entityFacts.withLock({ $0[key] }) { return cached }
        let made = make()  // outside the lock: other keys are not held up
        if made.refs.count >= SnapshotCache.entityFactsThreshold {
            entityFacts.withLock { table in
                if table.count >= SnapshotCache.entityFactsCapacity { table.removeAll() }
                table[key] = made
            }
        }
        return made
    }

    /// Rendered answers to queries asked before on this snapshot, keyed by the query.
    private let answers = Mutex<(table: [String: [UInt8]], bytes: Int)>(([:], 0))
    /// At most this many bytes of answers are kept per snapshot; then the table starts over.
    static let answerCapacity = 16 << 20
    /// Larger answers are not kept: one would push out many small ones.
    static let largestAnswer = 1 << 20

    func keptAnswer(_ key: String) -> [UInt8]? {
        answers.withLock { $0.table[key] }
    }

    func answer(_ key: String, _ make: () throws -> [UInt8]) rethrows -> [UInt8] {
        if let cached = keptAnswer(key) { return cached }
        let made = try make()  // outside the lock, like entityFacts
        if made.count <= SnapshotCache.largestAnswer {
            answers.withLock { answers in
                if answers.bytes + made.count > SnapshotCache.answerCapacity { answers = ([:], 0) }
                if answers.table.updateValue(made, forKey: key) == nil { answers.bytes += made.count }
            }
        }
        return made
    }

    func entityOrder(_ make: () -> [EntityNumber]) -> [EntityNumber] { SnapshotCache.once(rankedEntities, make) }
}
