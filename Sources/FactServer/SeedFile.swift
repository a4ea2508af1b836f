/// How the daemon treats a name it finds in the seeds folder.
enum SeedFileKind: Equatable {
    /// A `.txt` or `.md` file: extracted and served.
    case document(markdown: Bool)
    /// Another file: listed as skipped with this reason.
    case unsupported(String)
    /// Hidden files and editor leftovers: not listed at all.
    case ignored
}

enum SeedFile {
    /// Classifies a file by its name (the last path component).
    static func kind(of name: String) -> SeedFileKind {
        if isIgnored(name) { return .ignored }
        let lower = name.lowercased()
        if lower.hasSuffix(".txt") { return .document(markdown: false) }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .document(markdown: true) }
        return .unsupported("not a .txt or .md file")
    }

    /// Hidden names, and what editors leave while saving: "x.swp", "x~", ".#x", vim's "4913".
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasSuffix(".swo") || name == "4913" || name.hasSuffix(".tmp") || name.hasSuffix(".part")
            || (name.hasPrefix("#") && name.hasSuffix("#"))
    }

    /// Whether any component of a relative path is hidden or an editor leftover.
    static func isIgnoredPath(_ path: String) -> Bool {
        path.split(separator: "/").contains { isIgnored(String($0)) }
    }
}
