import Synchronization

/// A document's text as its extraction and tables share it: as a string while the document is
/// being read, and deflated once it is served (``compressed()``), when it is inflated again only
/// for the queries that read its words.
///
/// The text is the largest part of a served corpus (one byte per byte of text, where everything
/// extracted from it takes about two and a half more); deflated, news keeps about 40% of it.
/// A few dozen inflated texts are kept (``InflatedTexts``), so a query that reads one document's
/// sentences, names and phrases inflates it once.
public final class DocumentText: Sendable {
    private let plain: String?
    private let deflated: [UInt8]
    /// UTF-8 bytes of the text.
    public let utf8Count: Int

    public init(_ text: String) {
        plain = text
        deflated = []
        utf8Count = text.utf8.count
    }

    private init(deflated: [UInt8], utf8Count: Int) {
        plain = nil
        self.deflated = deflated
        self.utf8Count = utf8Count
    }

    /// The same text, deflated (an empty one stays as it is).
    public func compressed() -> DocumentText {
        guard var text = plain, utf8Count > 0 else { return self }
        return DocumentText(deflated: text.withUTF8 { Deflate.compress($0) }, utf8Count: utf8Count)
    }

    /// Whether the text is kept deflated.
    public var isCompressed: Bool { plain == nil }

    /// The text.
    public var string: String {
        if let plain { return plain }
        return InflatedTexts.shared.string(of: self)
    }

    /// The text inflated anew.
    func inflated() -> String {
        String(unsafeUninitializedCapacity: utf8Count) { Deflate.decompress(deflated, into: $0) }
    }

    /// Heap bytes of the text as kept, for memory reports.
    public var bytes: Int { plain.map(HeapSize.string) ?? HeapSize.array(deflated) }
}

/// The texts inflated last, one slot per hash of the text's identity (direct-mapped): reading a
/// document's sentences one after another inflates it once, and any number of threads may ask.
final class InflatedTexts: Sendable {
    static let shared = InflatedTexts()
    static let slotCount = 64

    /// Each slot holds the text object itself, so its identity cannot be reused while cached.
    private let slots = Mutex<[(owner: DocumentText, text: String)?]>(Array(repeating: nil, count: InflatedTexts.slotCount))

    func string(of owner: DocumentText) -> String {
        let address = UInt64(UInt(bitPattern: ObjectIdentifier(owner)))
        let slot = Int(truncatingIfNeeded: (address &* 0x9E37_79B9_7F4A_7C15) >> 58) & (InflatedTexts.slotCount - 1)
        if let hit = slots.withLock({ $0[slot] }), hit.owner === owner { return hit.text }
        let text = owner.inflated()  // outside the lock: other threads read on meanwhile
        slots.withLock { $0[slot] = (owner, text) }
        return text
    }
}
