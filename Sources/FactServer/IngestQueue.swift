import Synchronization

/// Work waiting for the ingest task: paths that may have changed, a full rescan, reload waiters.
///
/// Producers (the watcher thread, RPC `reload`, SIGHUP) add work and wake the consumer; the
/// consumer takes everything pending at once. A burst of 10,000 events while a batch is being
/// applied becomes one next batch, not 10,000 rebuilds.
final class IngestQueue: Sendable {
    struct Pending {
        var paths: Set<String> = []
        var rescan = false
        /// Re-extract every file even if unchanged (reload).
        var force = false
        var rootGone = false
        var waiters: [CheckedContinuation<Void, Never>] = []

        var isEmpty: Bool { paths.isEmpty && !rescan && !rootGone && waiters.isEmpty }
    }

    private let pending = Mutex(Pending())
    private let wake: AsyncStream<Void>.Continuation
    let wakes: AsyncStream<Void>

    init() {
        (wakes, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    func add(paths: some Sequence<String>) {
        pending.withLock { $0.paths.formUnion(paths) }
        wake.yield()
    }

    func requestRescan(force: Bool = false) {
        pending.withLock {
            $0.rescan = true
            $0.force = $0.force || force
        }
        wake.yield()
    }

    func rootRemoved() {
        pending.withLock { $0.rootGone = true }
        wake.yield()
    }

    /// Queues a full forced rescan and returns when it has been applied.
    func reload() async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            pending.withLock {
                $0.rescan = true
                $0.force = true
                $0.waiters.append(c)
            }
            wake.yield()
        }
    }

    /// Everything pending, leaving the queue empty.
    func take() -> Pending {
        pending.withLock { p in
            defer { p = Pending() }
            return p
        }
    }

    func finish() {
        wake.finish()
        let waiters = pending.withLock { p -> [CheckedContinuation<Void, Never>] in
            defer { p.waiters = [] }
            return p.waiters
        }
        for w in waiters { w.resume() }
    }
}
