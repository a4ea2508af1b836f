/// Where rows of a varint table start (every row of a ``FactTable``, every eighth of the
/// sentence and entity tables), kept at the end of the table's own bytes (four little-endian
/// bytes each) rather than in an array of their own.
///
/// A served document's tables are small — a few dozen sentences, a dozen entities — so an
/// array for two or three offsets cost more in its header and the allocator's rounding (about
/// 60 bytes) than the offsets themselves, for each of a 100 MB corpus's 50,000 documents.
/// Rows are decoded from the front and never reach the trailer; ``VarintWriter/appendTrailer(_:)``
/// writes it.
enum CheckpointTrailer {
    /// The `k`th of the `count` offsets at the end of `bytes`.
    @inline(__always)
    static func offset(_ k: Int, of count: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let at = bytes.count - 4 * (count - k)
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }

    /// Number of checkpoints a table of `rows` rows with one every `interval` rows has.
    static func count(rows: Int, interval: Int) -> Int { (rows + interval - 1) / interval }
}
