#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entities of one document, encoded in one array of bytes.
///
/// A served document names two dozen entities; as ``ExtractedEntity`` values each took 32 bytes,
/// an array of its own for aliases and, for a name over 15 bytes, an allocation. Here an entity is
/// its type, its mention count and its names as varints (``VarintWriter``), and a name written
/// in the document (nearly all of them) is a UTF-8 range where it occurs, so that one
/// takes three or four bytes; names not in the text (a gazetteer's canonical name) keep their
/// bytes. Every eighth entity's place is kept, so reading one decodes at most eight. Read as
/// ``ExtractedEntity`` values.
public struct EntityTable: Sendable, RandomAccessCollection, Equatable {
    /// The document's text, which names point into.
    private let text: DocumentText
    /// The entities, then where entities 0, 8, 16, … start (``CheckpointTrailer``).
    private let encoded: [UInt8]
    public let count: Int

    static let checkpointInterval = 8

    /// Stores `entities` of a document with this text. `nameStarts[i]`, when given, is a UTF-8
    /// offset where entity `i`'s name may be read in the text (checked, so a wrong one only costs
    /// a search): without one, a name is searched for from the start of the text, which for the
    /// hundreds of names of a long report would read it hundreds of times.
    public init(_ entities: [ExtractedEntity] = [], text: String = "", nameStarts: [Int] = []) {
        self.init(entities, document: DocumentText(text), nameStarts: nameStarts)
    }

    /// The same entities reading `text`, which must be the same text (deflated, say).
    func sharing(_ text: DocumentText) -> EntityTable {
        EntityTable(text: text, encoded: encoded, count: count)
    }

    private init(text: DocumentText, encoded: [UInt8], count: Int) {
        (self.text, self.encoded, self.count) = (text, encoded, count)
    }

    /// Stores `entities` of a document whose text is `document` (not yet deflated).
    init(_ entities: [ExtractedEntity], document: DocumentText, nameStarts: [Int]) {
        self.text = document
        let text = document.string
        var out = VarintWriter()
        var checkpoints: [UInt32] = []
        var reading = text  // native strings give their storage without a copy
        reading.withUTF8 { bytes in
            for (i, e) in entities.enumerated() {
                if i % EntityTable.checkpointInterval == 0 { checkpoints.append(UInt32(out.count)) }
                out.unsigned(UInt64(EntityTable.typeCode(e.type)))
                out.unsigned(UInt64(UInt32(clamping: e.mentions)))
                EntityTable.write(e.name, in: bytes, at: i < nameStarts.count ? nameStarts[i] : -1, to: &out)
                out.unsigned(e.aliases.count)
                for alias in e.aliases { EntityTable.write(alias, in: bytes, to: &out) }
            }
        }
        out.appendTrailer(checkpoints)
        encoded = out.bytes
        count = entities.count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(index: Int) -> ExtractedEntity {
        precondition(index >= 0 && index < count, "entity index out of range")
        let first = index / EntityTable.checkpointInterval * EntityTable.checkpointInterval
        let checkpoint = encoded.withUnsafeBufferPointer {
            CheckpointTrailer.offset(index / EntityTable.checkpointInterval,
                                     of: CheckpointTrailer.count(rows: count, interval: EntityTable.checkpointInterval), in: $0)
        }
        return decode(from: checkpoint) { r in
            for _ in first..<index { EntityTable.skip(&r) }
        }.entity
    }

    /// The entity at `offset` of `encoded`, after `moving` the reader on (to skip entities),
    /// and the offset of the entity after it.
    private func decode(from offset: Int, moving: (inout VarintReader) -> Void = { _ in })
        -> (entity: ExtractedEntity, next: Int) {
        var reading = text.string
        return reading.withUTF8 { textBytes in
            encoded.withUnsafeBufferPointer { bytes in
                var r = VarintReader(bytes: bytes, offset: offset)
                moving(&r)
                let type = EntityTable.types[Swift.min(r.int(), EntityTable.types.count - 1)]
                let mentions = r.int()
                let name = EntityTable.read(&r, textBytes)
                let aliases = (0..<r.int()).map { _ in EntityTable.read(&r, textBytes) }
                return (ExtractedEntity(name: name, type: type, aliases: aliases, mentions: mentions), r.offset)
            }
        }
    }

    /// Reads the entities in order, each decoded once (the subscript skips from the nearest
    /// checkpoint, up to seven entities, every time).
    public struct Iterator: IteratorProtocol {
        fileprivate let table: EntityTable
        fileprivate var index = 0
        fileprivate var offset = 0

        public mutating func next() -> ExtractedEntity? {
            guard index < table.count else { return nil }
            let (entity, next) = table.decode(from: offset)
            offset = next
            index += 1
            return entity
        }
    }

    public func makeIterator() -> Iterator { Iterator(table: self) }

    /// Heap bytes of the table, for memory reports.
    public var bytes: Int { HeapSize.array(encoded) }

    /// Bytes of the encoding itself, without the allocator's slack that `bytes` counts (for tests).
    var encodedCount: Int { encoded.count }

    public static func == (a: EntityTable, b: EntityTable) -> Bool { a.elementsEqual(b) }

    private static let types = EntityType.allCases
    private static func typeCode(_ type: EntityType) -> Int { types.firstIndex(of: type)! }

    /// A name: where it occurs in the text (at `hint` when it is there, else first), tagged 0 in
    /// the low bit, then its length; or its own UTF-8 (length tagged 1, then the bytes).
    private static func write(_ name: String, in text: UnsafeBufferPointer<UInt8>, at hint: Int = -1, to out: inout VarintWriter) {
        var name = name
        let found = name.withUTF8 { name -> Int? in
            if hint >= 0, hint + name.count <= text.count,
               name.isEmpty || memcmp(text.baseAddress! + hint, name.baseAddress!, name.count) == 0 {
                return hint
            }
            return ByteSearch.firstOffset(of: name, in: text, within: 0..<text.count)
        }
        if let found {
            out.unsigned(UInt64(found) << 1)
            out.unsigned(name.utf8.count)
        } else {
            out.unsigned(UInt64(name.utf8.count) << 1 | 1)
            out.append(utf8: name)
        }
    }

    private static func read(_ r: inout VarintReader, _ text: UnsafeBufferPointer<UInt8>) -> String {
        let head = r.unsigned()
        if head & 1 == 1 {
            let count = Int(head >> 1)
            defer { r.offset += count }
            return String(decoding: UnsafeBufferPointer(rebasing: r.bytes[r.offset..<r.offset + count]), as: UTF8.self)
        }
        let start = Int(head >> 1)
        return String(decoding: UnsafeBufferPointer(rebasing: text[start..<start + r.int()]), as: UTF8.self)
    }

    private static func skipName(_ r: inout VarintReader) {
        let head = r.unsigned()
        if head & 1 == 1 { r.offset += Int(head >> 1) } else { _ = r.unsigned() }
    }

    private static func skip(_ r: inout VarintReader) {
        _ = r.unsigned()
        _ = r.unsigned()
        skipName(&r)
        for _ in 0..<r.int() { skipName(&r) }
    }
}
