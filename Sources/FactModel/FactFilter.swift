/// The filters of `facts.query`. Every filter given must match.
public struct FactFilter: Sendable, Hashable {
    /// Name or alias of the subject entity.
    public var subject: String?
    /// Predicate lemma, compared case-insensitively.
    public var predicate: String?
    /// Name or alias of the object entity, or words of a text object.
    public var object: String?
    /// Path of the document.
    public var document: String?
    /// Facts whose time interval ends on or after this day.
    public var from: CalendarDate?
    /// Facts whose time interval starts on or before this day.
    public var to: CalendarDate?
    /// Case-insensitive words of the evidence sentence.
    public var text: String?

    public init(subject: String? = nil, predicate: String? = nil, object: String? = nil, document: String? = nil,
                from: CalendarDate? = nil, to: CalendarDate? = nil, text: String? = nil) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.document = document
        self.from = from
        self.to = to
        self.text = text
    }
}
