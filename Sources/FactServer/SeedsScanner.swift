/// Walks the seeds folder and lists the relative paths of every file the model should know.
struct SeedsScanner: Sendable {
    let root: String

    /// Files under `relativeDirectory` ("" for the root), recursively, sorted. Hidden names are
    /// left out; symlinked folders are not followed (no loops, nothing outside the folder).
    /// Folders that cannot be listed are returned in `unreadable`.
    func files(under relativeDirectory: String = "") -> (files: [String], directories: [String], unreadable: [String]) {
        var files: [String] = []
        var directories: [String] = []
        var unreadable: [String] = []
        var stack = [relativeDirectory]
        while let dir = stack.popLast() {
            let full = dir.isEmpty ? root : root + "/" + dir
            guard let names = FileSystem.list(full) else {
                unreadable.append(dir)
                continue
            }
            directories.append(dir)
            for name in names where !SeedFile.isIgnored(name) {
                let rel = dir.isEmpty ? name : dir + "/" + name
                guard let status = FileStatus.of(root + "/" + rel) else { continue }
                if status.kind == .directory { stack.append(rel) } else { files.append(rel) }
            }
        }
        return (files.sorted(), directories.sorted(), unreadable)
    }
}
