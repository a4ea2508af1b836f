/// A sentence's entity occurrences by their first token. A sentence names a handful, so a scan
/// of them costs less than hashing the index.
struct EntityStarts {
    let occurrences: [EntityOccurrence]

    init(_ occurrences: [EntityOccurrence]) { self.occurrences = occurrences }

    /// The last occurrence starting at token `k` (as a dictionary filled in order would hold).
    subscript(k: Int) -> EntityOccurrence? { occurrences.last { $0.tokens.lowerBound == k } }
}
