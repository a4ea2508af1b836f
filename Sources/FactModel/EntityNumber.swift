/// A snapshot's number for one corpus-wide entity: what documents and name lookups point to,
/// four bytes and an integer hash where a normalized name took sixteen bytes, often an
/// allocation, and a string hash. Numbers are not reused; they are not stable across restarts
/// (entity ids are, see ``EntityKey/id(for:)``).
public struct EntityNumber: Hashable, Sendable, Comparable {
    let value: UInt32

    init(_ value: UInt32) { self.value = value }

    public static func < (a: EntityNumber, b: EntityNumber) -> Bool { a.value < b.value }
}
