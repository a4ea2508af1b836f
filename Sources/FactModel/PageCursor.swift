/// An opaque position in a paged list. Clients pass back what they were given.
///
/// The text form is "o" followed by the offset in base 36; anything else is rejected,
/// so a mangled cursor is an error rather than a silent restart.
public struct PageCursor: Sendable, Hashable {
    public var offset: Int

    public init(offset: Int) { self.offset = offset }

    public init?(_ text: String) {
        guard text.first == "o", let n = Int(text.dropFirst(), radix: 36), n >= 0 else { return nil }
        offset = n
    }

    public var text: String { "o" + String(offset, radix: 36) }
}

/// One page of a list and where the next one starts.
public struct Page<Element: Sendable>: Sendable {
    public var items: [Element]
    /// How many there are in all.
    public var total: Int
    public var nextCursor: String?

    /// A page already cut: `items` start at `offset` of `total`.
    public init(items: [Element], offset: Int, total: Int) {
        self.items = items
        self.total = total
        let next = offset + items.count
        nextCursor = next < total ? PageCursor(offset: next).text : nil
    }

    /// Cuts `[offset, offset + limit)` out of `all`.
    public init(slicing all: [Element], offset: Int, limit: Int) {
        let lower = min(offset, all.count)
        let upper = min(lower + limit, all.count)
        items = Array(all[lower..<upper])
        total = all.count
        nextCursor = upper < all.count ? PageCursor(offset: upper).text : nil
    }
}
