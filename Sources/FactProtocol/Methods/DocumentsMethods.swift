import FactModel

/// `documents.list`: every file in the seeds folder, served or skipped, sorted by path.
public enum DocumentsListMethod: RPCMethod {
    public static let name = "documents.list"
    public static let parameterNames: Set<String> = ["limit", "cursor"]

    public struct Params: Codable, Sendable, Hashable, RPCParams {
        public var limit: Int?
        public var cursor: String?
        public init(limit: Int? = nil, cursor: String? = nil) {
            self.limit = limit
            self.cursor = cursor
        }

        public init(reading params: ParamReader) throws {
            self.init(limit: try params.int("limit"), cursor: try params.string("cursor"))
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var documents: [DocumentInfo]
        public var nextCursor: String?
        public init(documents: [DocumentInfo], nextCursor: String?) {
            self.documents = documents
            self.nextCursor = nextCursor
        }
    }
}

/// `documents.get`: one document's facts and mentions.
public enum DocumentsGetMethod: RPCMethod {
    public static let name = "documents.get"
    public static let parameterNames: Set<String> = ["path"]

    public struct Params: Codable, Sendable, Hashable, RPCParams {
        /// Relative to the seeds folder.
        public var path: String
        public init(path: String) { self.path = path }

        public init(reading params: ParamReader) throws {
            self.init(path: try params.requiredString("path"))
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var document: DocumentInfo
        public var facts: [Fact]
        public var mentions: [Mention]
        public init(document: DocumentInfo, facts: [Fact], mentions: [Mention]) {
            self.document = document
            self.facts = facts
            self.mentions = mentions
        }
    }

    /// Checks a client path: relative, inside the seeds folder, normalized ("a/./b" → "a/b").
    public static func normalize(_ path: String) throws -> String {
        guard !path.isEmpty else { throw RPCError.invalidParams("'path' is empty") }
        guard !path.hasPrefix("/") else { throw RPCError.invalidParams("'path' must be relative to the seeds folder: \(path)") }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { throw RPCError.invalidParams("'path' must stay inside the seeds folder: \(path)") }
            parts.append(part)
        }
        guard !parts.isEmpty else { throw RPCError.invalidParams("'path' names the seeds folder itself") }
        return parts.joined(separator: "/")
    }
}
