import FoundationEssentials

/// Resolving the paths factd is given.
public enum DaemonConfiguration {
    /// Makes a path absolute against the working directory and resolves symlinks where it exists.
    public static func absolute(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let standardized = lexicallyNormal(absolute)
        return FileSystem.realPath(standardized) ?? standardized
    }

    /// Where factd keeps what must outlive a restart: systemd's `$STATE_DIRECTORY` (its first
    /// path), else `$XDG_STATE_HOME/factd`, else `~/.local/state/factd`; nil with none of them.
    public static func stateDirectory(environment: [String: String]) -> String? {
        if let state = environment["STATE_DIRECTORY"]?.split(separator: ":").first, state.hasPrefix("/") { return String(state) }
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return xdg + "/factd" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.local/state/factd" }
        return nil
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
