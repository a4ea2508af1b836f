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
        /// Tell the service manager about this rescan (RELOADING=1 … READY=1).
        var announce = false
        /// Set at shutdown: later waiters return at once.
        var closed = false

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

    func requestRescan(force: Bool = false, announce: Bool = false) {
        pending.withLock {
            $0.rescan = true
            $0.force = $0.force || force
            $0.announce = $0.announce || announce
        }
        wake.yield()
    }

    /// Returns once the ingest task has taken and finished everything queued before it:
    /// proof for the watchdog that the queue moves.
    func probe() async { await wait { _ in } }

    func rootRemoved() {
        pending.withLock { $0.rootGone = true }
        wake.yield()
    }

    /// Queues a full forced rescan and returns when it has been applied.
    func reload() async {
        await wait { p in
            p.rescan = true
            p.force = true
            p.announce = true
        }
    }

    /// Adds `change` and a waiter to the pending work, and returns when the ingest task has
    /// handled it (at once after shutdown).
    private func wait(_ change: @escaping @Sendable (inout Pending) -> Void) async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let finished = pending.withLock { p -> Bool in
                if p.closed { return true }
                change(&p)
                p.waiters.append(c)
                return false
            }
            if finished { c.resume() } else { wake.yield() }
        }
    }

    /// Everything pending, leaving the queue empty.
    func take() -> Pending {
        pending.withLock { p in
            defer {
                let closed = p.closed
                p = Pending()
                p.closed = closed
            }
            return p
        }
    }

    func finish() {
        wake.finish()
        let waiters = pending.withLock { p -> [CheckedContinuation<Void, Never>] in
            defer { p.waiters = [] }
            p.closed = true
            return p.waiters
        }
        for w in waiters { w.resume() }
    }
}
