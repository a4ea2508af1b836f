#if canImport(Glibc)
import Glibc
import Dispatch
import FoundationEssentials
import Synchronization

/// Watches the seeds folder and all its subfolders with inotify on a thread of its own, and
/// feeds the paths that may have changed to an ``IngestQueue``.
///
/// Files are acted on when closed after writing, moved in or out, or deleted; new folders join
/// the watch (and are scanned, so files written before the watch existed are not missed).
/// A queue overflow asks for a full rescan. If the seeds folder itself goes away, the watcher
/// polls for it and rescans when it is back. Running out of watches is reported, not fatal.
final class DirectoryWatcher: Sendable {
    struct State {
        var fd: Int32 = -1
        var stopFD: Int32 = -1
        var stopWriteFD: Int32 = -1
        /// Watch descriptor → folder path relative to the root ("" is the root).
        var folders: [Int32: String] = [:]
        var rootMissing = false
        var limitHit: String?
        var stopped = false
    }

    let root: String
    let queue: IngestQueue
    /// Called with a warning (or nil to clear it) about the watch itself.
    let report: @Sendable (String?) -> Void
    /// How long to keep gathering events after the first one before handing them on; a burst
    /// (files arriving faster than `quiet` apart) is handed on in batches at most this far apart.
    let settle: Duration
    /// A pause this long ends a gathering early: a single save is seen within milliseconds.
    let quiet: Int32
    private let state = Mutex(State())

    static let fileMask: UInt32 = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | IN_ATTRIB)
    static let selfMask: UInt32 = UInt32(IN_DELETE_SELF | IN_MOVE_SELF)

    init(root: String, queue: IngestQueue, settle: Duration = .milliseconds(25), quietMilliseconds: Int32 = 2,
         report: @escaping @Sendable (String?) -> Void) {
        self.root = root
        self.queue = queue
        self.settle = settle
        self.quiet = quietMilliseconds
        self.report = report
    }

    /// Starts the watch thread. Throws when inotify itself is unavailable.
    func start() throws {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw WatchError.inotify(String(cString: strerror(errno))) }
        var pipeFDs: [Int32] = [-1, -1]
        guard pipe(&pipeFDs) == 0 else {
            close(fd)
            throw WatchError.inotify(String(cString: strerror(errno)))
        }
        for p in pipeFDs { _ = fcntl(p, F_SETFD, FD_CLOEXEC) }
        state.withLock {
            $0.fd = fd
            $0.stopFD = pipeFDs[0]
            $0.stopWriteFD = pipeFDs[1]
        }
        if FileStatus.of(root, follow: true)?.kind == .directory {
            addTree("")
        } else {
            state.withLock { $0.rootMissing = true }
        }
        // Its own thread (a serial queue of its own is one), blocked in `poll` between events.
        DispatchQueue(label: "factd-watch").async { [self] in self.loop() }
    }

    func stop() {
        let stopFD = state.withLock { s -> Int32 in
            s.stopped = true
            return s.stopWriteFD
        }
        var one: UInt8 = 1
        if stopFD >= 0 { _ = write(stopFD, &one, 1) }
    }

    /// Number of folders watched.
    var watchedFolders: Int { state.withLock { $0.folders.count } }

    /// Adds watches for a folder and everything below it.
    private func addTree(_ relative: String) {
        var stack = [relative]
        while let dir = stack.popLast() {
            guard addWatch(dir) else { continue }
            let full = dir.isEmpty ? root : root + "/" + dir
            for name in FileSystem.list(full) ?? [] where !SeedFile.isIgnored(name) {
                let rel = dir.isEmpty ? name : dir + "/" + name
                if FileStatus.of(root + "/" + rel)?.kind == .directory { stack.append(rel) }
            }
        }
    }

    private func addWatch(_ relative: String) -> Bool {
        let full = relative.isEmpty ? root : root + "/" + relative
        let mask = DirectoryWatcher.fileMask | UInt32(IN_ONLYDIR) | UInt32(IN_DONT_FOLLOW) | (relative.isEmpty ? DirectoryWatcher.selfMask : 0)
        let fd = state.withLock { $0.fd }
        let wd = inotify_add_watch(fd, full, mask)
        if wd < 0 {
            let code = errno
            if code == ENOSPC {
                let message = "inotify watch limit reached (fs.inotify.max_user_watches); changes under '\(relative.isEmpty ? "." : relative)' and other new folders are not seen until a reload"
                let first = state.withLock { s -> Bool in
                    defer { s.limitHit = message }
                    return s.limitHit == nil
                }
                if first { report(message) }
            }
            return false
        }
        state.withLock { $0.folders[wd] = relative }
        return true
    }

    /// Removes the watches of a folder that left the tree and of everything below it.
    private func removeTree(_ relative: String) {
        let (fd, doomed) = state.withLock { s -> (Int32, [Int32]) in
            let doomed = s.folders.filter { $0.value == relative || $0.value.hasPrefix(relative + "/") }.map(\.key)
            for wd in doomed { s.folders[wd] = nil }
            return (s.fd, doomed)
        }
        for wd in doomed { inotify_rm_watch(fd, wd) }
    }

    private func loop() {
        let (fd, stopFD) = state.withLock { ($0.fd, $0.stopFD) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var changed: Set<String> = []
        var gathering: ContinuousClock.Instant? = nil
        while !state.withLock({ $0.stopped }) {
            // While gathering a burst wait briefly; otherwise sleep until something happens
            // (or a quarter second, to look for a missing seeds folder).
            let timeout: Int32 = gathering != nil ? quiet : (state.withLock { $0.rootMissing } ? 250 : -1)
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: stopFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, timeout)
            if ready < 0 && errno != EINTR { break }
            if fds[1].revents != 0 { break }
            if fds[0].revents & Int16(POLLIN) != 0 {
                let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
                if n > 0 {
                    handle(buffer, count: n, into: &changed)
                    if gathering == nil { gathering = .now }
                }
            }
            if let started = gathering, ready == 0 || ContinuousClock.now - started >= settle {
                if !changed.isEmpty { queue.add(paths: changed) }
                changed.removeAll(keepingCapacity: true)
                gathering = nil
            }
            if ready == 0, state.withLock({ $0.rootMissing }), FileStatus.of(root, follow: true)?.kind == .directory {
                state.withLock { $0.rootMissing = false }
                addTree("")
                report(nil)
                queue.requestRescan()
            }
        }
        close(fd)
        close(stopFD)
        close(state.withLock { $0.stopWriteFD })
    }

    private func handle(_ buffer: [UInt8], count: Int, into changed: inout Set<String>) {
        var offset = 0
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= count {
            let (wd, mask, nameLength) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            var name = ""
            if nameLength > 0 {
                let start = offset + headerSize
                let bytes = buffer[start..<min(start + nameLength, count)].prefix { $0 != 0 }
                name = String(decoding: bytes, as: UTF8.self)
            }
            offset += headerSize + nameLength
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                queue.requestRescan()
                continue
            }
            guard let folder = state.withLock({ $0.folders[wd] }) else { continue }
            if mask & UInt32(IN_IGNORED) != 0 {
                state.withLock { _ = $0.folders.removeValue(forKey: wd) }
                if folder.isEmpty { rootGone() }
                continue
            }
            if folder.isEmpty && mask & DirectoryWatcher.selfMask != 0 {
                rootGone()
                continue
            }
            guard !name.isEmpty else { continue }
            let path = folder.isEmpty ? name : folder + "/" + name
            let isDirectory = mask & UInt32(IN_ISDIR) != 0
            if isDirectory {
                if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, !SeedFile.isIgnored(name) { addTree(path) }
                if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 { removeTree(path) }
                changed.insert(path)
            } else if mask & UInt32(IN_CREATE) != 0 && mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) == 0 {
                // A new regular file is read when it is closed; a new symlink has no close.
                if FileStatus.of(root + "/" + path)?.kind == .symlink { changed.insert(path) }
            } else {
                changed.insert(path)
            }
        }
    }

    private func rootGone() {
        let (fd, all) = state.withLock { s -> (Int32, [Int32]) in
            let all = Array(s.folders.keys)
            s.folders.removeAll()
            s.rootMissing = true
            return (s.fd, all)
        }
        for wd in all { inotify_rm_watch(fd, wd) }
        report("the seeds folder \(root) is missing; waiting for it to come back")
        queue.rootRemoved()
    }
}

enum WatchError: Error, CustomStringConvertible {
    case inotify(String)
    var description: String {
        switch self {
        case .inotify(let message): return "cannot watch the seeds folder: \(message)"
        }
    }
}
#endif
