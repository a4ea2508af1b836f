/// Heap bytes of values as glibc allocates them (16-byte chunks with an 8-byte header), for
/// memory reports: the stores count their own columns with it, `facteval --memory` the rest.
public enum HeapSize {
    public static func malloc(_ n: Int) -> Int { max(32, (n + 8 + 15) / 16 * 16) }

    /// A string's storage, when it is too long to live inline (over 15 UTF-8 bytes).
    public static func string(_ s: String?) -> Int {
        guard let s, s.utf8.count > 15 else { return 0 }
        return malloc(32 + s.utf8.count + 1)
    }

    public static func array<T>(_ a: [T]) -> Int { a.isEmpty ? 0 : malloc(32 + a.capacity * MemoryLayout<T>.stride) }
}

extension Array {
    /// A copy with exactly the room its elements need: arrays grown by appending keep up to
    /// twice that, which records kept as long as a document is served should not.
    func trimmed() -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = buffer.initialize(from: self)
            initialized = count
        }
    }
}
