import Foundation

/// Resolving the paths factd is given.
public enum DaemonConfiguration {
    /// Makes a path absolute against the working directory and resolves symlinks where it exists.
    public static func absolute(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let standardized = (absolute as NSString).standardizingPath
        return FileSystem.realPath(standardized) ?? standardized
    }
}
