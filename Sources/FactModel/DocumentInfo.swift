/// What `documents.list` says about one file in the seeds folder.
public struct DocumentInfo: Codable, Sendable, Hashable {
    /// Path relative to the seeds folder, "/"-separated.
    public var path: String
    /// Size of the file in bytes.
    public var bytes: Int
    /// Modification time, ISO 8601 in UTC ("2025-02-02T14:20:00Z").
    public var modified: String
    /// The document date that anchors relative times: front matter `date:`, else the modification day.
    public var date: CalendarDate
    public var title: String?
    public var sentences: Int
    public var facts: Int
    /// Why the file is not served, when it is not.
    public var skipped: String?
    /// A problem that did not stop the file from being served (invalid UTF-8, bad front matter).
    public var warning: String?

    public init(path: String, bytes: Int, modified: String, date: CalendarDate, title: String? = nil,
                sentences: Int = 0, facts: Int = 0, skipped: String? = nil, warning: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.modified = modified
        self.date = date
        self.title = title
        self.sentences = sentences
        self.facts = facts
        self.skipped = skipped
        self.warning = warning
    }
}
