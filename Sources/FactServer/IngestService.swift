import FactExtraction
import FactModel
import FoundationEssentials
import Logging
import ServiceLifecycle
import UnixSignals

/// Keeps the store in step with the seeds folder: the first full scan, then every change the
/// watcher reports, a full rescan on overflow, `reload` and SIGHUP. Runs as one service; it is
/// the only writer of the store.
public final class IngestService: Service, Sendable {
    let root: String
    let store: FactStore
    let loader: DocumentLoader
    let queue = IngestQueue()
    let logger: Logger
    let watchEnabled: Bool
    let onReady: @Sendable () -> Void
    let onChange: @Sendable (Snapshot) -> Void
    let onReload: @Sendable (ReloadPhase) -> Void

    /// Where a full rescan asked for by SIGHUP or `reload` stands.
    public enum ReloadPhase: Sendable {
        case started, finished
    }

    /// - Parameters:
    ///   - seeds: Absolute path of the seeds folder.
    ///   - maxFileBytes: Files larger than this are listed as skipped.
    ///   - onReady: Called once, after the first full scan is in memory.
    ///   - onChange: Called after each applied change with the new snapshot.
    ///   - onReload: Called when a requested reload starts and when it is served.
    ///   - quarantine: Documents that stopped the extractor before, skipped until they change.
    public init(seeds: String, store: FactStore, extractor: Extractor, maxFileBytes: Int, logger: Logger,
                quarantine: ExtractionQuarantine = ExtractionQuarantine(),
                watch: Bool = true, onReady: @escaping @Sendable () -> Void = {},
                onChange: @escaping @Sendable (Snapshot) -> Void = { _ in },
                onReload: @escaping @Sendable (ReloadPhase) -> Void = { _ in }) {
        self.root = seeds
        self.store = store
        self.loader = DocumentLoader(root: seeds, maxBytes: maxFileBytes, extractor: extractor, quarantine: quarantine)
        self.logger = logger
        self.watchEnabled = watch
        self.onReady = onReady
        self.onChange = onChange
        self.onReload = onReload
    }

    /// Rescans everything and returns when the result is served.
    public func reload() async { await queue.reload() }

    /// Returns once the ingest task has handled everything queued so far (for the watchdog).
    public func probe() async { await queue.probe() }

    public func run() async throws {
        // Trap SIGHUP before the (possibly long) first scan, so a reload request cannot kill us.
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        let watcher = DirectoryWatcher(root: root, queue: queue) { [store, logger] warning in
            store.setWarning("watch", warning)
            if let warning { logger.warning("\(warning)") }
        }
        if watchEnabled {
            do {
                try watcher.start()
            } catch {
                store.setWarning("watch", "\(error); changes are not seen until a reload")
                logger.error("\(error)")
            }
        }
        defer { watcher.stop() }
        var known: [String: FileStatus] = [:]
        let started = ContinuousClock.now
        await rescan(known: &known, force: true)
        HeapTrim.releaseFreePages()
        store.markReady()
        let snapshot = store.snapshot
        logger.info("ready", metadata: [
            "documents": "\(snapshot.servedCount)", "entities": "\(snapshot.entityCount)", "facts": "\(snapshot.factCount)",
            "generation": "\(snapshot.generation)", "duration": "\(ContinuousClock.now - started)",
        ])
        onReady()
        try await withGracefulShutdownHandler {
            try await withThrowingDiscardingTaskGroup { group in
                group.addTask { [queue, logger] in
                    for await _ in hangups {
                        logger.info("SIGHUP: reloading")
                        queue.requestRescan(force: true, announce: true)
                    }
                }
                for await _ in queue.wakes {
                    let work = queue.take()
                    if work.announce { onReload(.started) }
                    await process(work, known: &known)
                    if work.announce { onReload(.finished) }
                    for waiter in work.waiters { waiter.resume() }
                }
                group.cancelAll()
            }
        } onGracefulShutdown: { [queue] in
            queue.finish()
        }
    }

    private func process(_ work: IngestQueue.Pending, known: inout [String: FileStatus]) async {
        if work.rootGone && FileStatus.of(root, follow: true)?.kind != .directory {
            let removals = known.keys.sorted().map { DocumentChange.remove($0) }
            known.removeAll()
            publish(removals, reason: "seeds folder removed")
            return
        }
        if work.rescan || work.rootGone {
            store.setWarning("watch", FileStatus.of(root, follow: true)?.kind == .directory ? nil : "the seeds folder \(root) is missing")
            await rescan(known: &known, force: work.force)
            HeapTrim.releaseFreePages()
            return
        }
        guard !work.paths.isEmpty else { return }
        let scanner = SeedsScanner(root: root)
        var candidates: Set<String> = []
        var removals: Set<String> = []
        var folderRemovals: Set<String> = []
        for path in work.paths {
            switch FileStatus.of(root + "/" + path)?.kind {
            case .directory?:
                // A folder appeared (or was moved in): everything in it is new or changed.
                candidates.formUnion(scanner.files(under: path).files)
                let listed = Set(candidates)
                for k in known.keys where k.hasPrefix(path + "/") && !listed.contains(k) { removals.insert(k) }
            case nil:
                // A file that went away; or a folder, whose files went with it. Only a path that was
                // not a file is looked for as a folder: a burst of deletions must not each walk
                // every known path (with 100,000 documents that took seconds per batch).
                if known[path] != nil {
                    removals.insert(path)
                } else {
                    folderRemovals.insert(path)
                }
            default:
                candidates.insert(path)
            }
        }
        // One walk over the known paths for all the folders that went away: a path goes when one
        // of its parent folders is among them.
        if !folderRemovals.isEmpty {
            for k in known.keys {
                var parent = Substring(k)
                while let slash = parent.lastIndex(of: "/") {
                    parent = parent[..<slash]
                    if folderRemovals.contains(String(parent)) { removals.insert(k); break }
                }
            }
        }
        await update(candidates: candidates.sorted(), removals: removals.sorted(), known: &known, force: false)
    }

    /// Brings the model in line with a full scan of the folder.
    private func rescan(known: inout [String: FileStatus], force: Bool) async {
        guard FileStatus.of(root, follow: true)?.kind == .directory else {
            store.setWarning("seeds", "the seeds folder \(root) does not exist or is not a folder")
            publish(known.keys.sorted().map { .remove($0) }, reason: "seeds folder missing")
            known.removeAll()
            return
        }
        store.setWarning("seeds", nil)
        let scan = SeedsScanner(root: root).files()
        store.setWarning("unreadable", scan.unreadable.isEmpty ? nil : "folders that cannot be read: \(scan.unreadable.map { $0.isEmpty ? "." : $0 }.joined(separator: ", "))")
        let present = Set(scan.files)
        let removals = known.keys.filter { !present.contains($0) }.sorted()
        await update(candidates: scan.files, removals: removals, known: &known, force: force)
    }

    /// Loads the candidates that changed (all of them when `force`) and applies them with the removals.
    private func update(candidates: [String], removals: [String], known: inout [String: FileStatus], force: Bool) async {
        var toLoad: [(String, FileStatus?)] = []
        // Paths only: each extraction goes into the staged snapshot and is let go here.
        var changed = removals.map { ChangedPath(path: $0, removed: true) }
        for r in removals { known[r] = nil }
        for path in candidates {
            let status = FileStatus.of(root + "/" + path)
            if !force, let status, known[path] == status { continue }
            toLoad.append((path, status))
        }
        // Each document is staged into the next snapshot as soon as it and those before it are
        // read, so the snapshot is built while the rest is still being extracted.
        var staged = store.snapshot
        staged.stage(removals.map { .remove($0) })
        await loadConcurrently(toLoad.map(\.0)) { i, outcome in
            let (path, status) = toLoad[i]
            var change: DocumentChange? = nil
            switch outcome {
            case .change(let loaded):
                change = loaded
                known[path] = status
                if case .upsert(let info, _) = loaded {
                    if let reason = info.skipped {
                        logger.notice("document skipped", metadata: ["document": "\(path)", "reason": "\(reason)"])
                    } else if let warning = info.warning {
                        logger.warning("document read with a warning", metadata: ["document": "\(path)", "warning": "\(warning)"])
                    }
                }
            case .absent:
                if known.removeValue(forKey: path) != nil || store.snapshot.documents[path] != nil { change = .remove(path) }
            }
            if let change {
                changed.append(ChangedPath(change))
                staged.stage([change])
            }
        }
        published(store.publish(staged: staged, changed: changed), changes: changed.count, reason: force ? "scan" : "change")
    }

    private func publish(_ changes: [DocumentChange], reason: String) {
        published(store.apply(changes), changes: changes.count, reason: reason)
    }

    private func published(_ generation: UInt64?, changes: Int, reason: String) {
        guard let generation else { return }
        let snapshot = store.snapshot
        logger.info("applied changes", metadata: ["generation": "\(generation)", "changes": "\(changes)", "reason": "\(reason)"])
        onChange(snapshot)
    }

    /// Extracts files on all cores and hands each outcome to `consume` in input order, as soon as
    /// it and all before it are done. Files go out in small batches, a few in flight per core, so
    /// a core that finishes early takes more and `consume` runs while the others still extract.
    private func loadConcurrently(_ paths: [String], _ consume: (Int, DocumentLoader.Outcome) -> Void) async {
        guard paths.count > 1 else {
            for (i, path) in paths.enumerated() { consume(i, loader.load(path)) }
            return
        }
        let loader = self.loader
        let batch = 16
        let batches = (paths.count + batch - 1) / batch
        let inFlight = max(1, ProcessInfo.processInfo.activeProcessorCount) * 2
        await withTaskGroup(of: (Int, [DocumentLoader.Outcome]).self) { group in
            var started = 0
            func startNext() {
                guard started < batches else { return }
                let b = started
                let slice = Array(paths[(b * batch)..<min((b + 1) * batch, paths.count)])
                group.addTask { (b, slice.map(loader.load)) }
                started += 1
            }
            for _ in 0..<inFlight { startNext() }
            var waiting: [Int: [DocumentLoader.Outcome]] = [:]
            var nextToConsume = 0
            for await (b, outcomes) in group {
                startNext()
                waiting[b] = outcomes
                while let ready = waiting.removeValue(forKey: nextToConsume) {
                    for (k, outcome) in ready.enumerated() { consume(nextToConsume * batch + k, outcome) }
                    nextToConsume += 1
                }
            }
        }
    }
}

