/// Where a fact was read: the sentence, with its position in the file.
public struct Evidence: Codable, Sendable, Hashable {
    /// Path relative to the seeds folder.
    public var document: String
    /// 1-based line of `start`.
    public var line: Int
    /// Offset in Unicode scalars from the start of the file.
    public var start: Int
    /// End offset in Unicode scalars, exclusive.
    public var end: Int
    /// The sentence text.
    public var text: String

    public init(document: String, line: Int, start: Int, end: Int, text: String) {
        self.document = document
        self.line = line
        self.start = start
        self.end = end
        self.text = text
    }
}
