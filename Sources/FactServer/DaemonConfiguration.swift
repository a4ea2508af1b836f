import FoundationEssentials

/// Resolving the paths factd is given.
public enum DaemonConfiguration {
    /// Makes a path absolute against the working directory and resolves symlinks where it exists.
    public static func absolute(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let standardized = lexicallyNormal(absolute)
        return FileSystem.realPath(standardized) ?? standardized
    }

    /// An absolute path without empty, "." and ".." parts ("/srv//news/./a/../b/" → "/srv/news/b"),
    /// worked out from the text alone, for a path that does not exist (yet).
    static func lexicallyNormal(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
