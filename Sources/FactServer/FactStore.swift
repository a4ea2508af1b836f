import FactModel
import FactProtocol
import FoundationEssentials
import Synchronization

/// The served model: the current snapshot, readiness, warnings and change subscribers.
///
/// Queries take the current snapshot without waiting for writers; the single ingest task
/// builds the next snapshot and swaps it in, so each query sees one consistent generation.
public final class FactStore: Sendable {
    struct State {
        var snapshot = Snapshot()
        var ready = false
        var lastChange: Date?
        var warnings: [String: String] = [:]
        var subscribers: [UInt64: AsyncStream<ChangedNotification>.Continuation] = [:]
        var nextSubscriber: UInt64 = 0
        var readyWaiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())
    public let startedAt = Date()

    public init() {}

    /// The snapshot queries should read.
    public var snapshot: Snapshot { state.withLock { $0.snapshot } }

    public var isReady: Bool { state.withLock { $0.ready } }

    /// Marks the first full scan as done and releases queries waiting for it.
    public func markReady() {
        let waiters = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            s.ready = true
            defer { s.readyWaiters = [] }
            return s.readyWaiters
        }
        for w in waiters { w.resume() }
    }

    /// Returns once the first full scan is in memory (at once if it is).
    public func waitUntilReady() async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let now = state.withLock { s -> Bool in
                if s.ready { return true }
                s.readyWaiters.append(c)
                return false
            }
            if now { c.resume() }
        }
    }

    /// Applies a batch of document changes as one new generation and tells subscribers.
    /// Returns the new generation, or nil when `changes` is empty.
    @discardableResult
    public func apply(_ changes: [DocumentChange]) -> UInt64? {
        guard !changes.isEmpty else { return nil }
        return publish(snapshot.applying(changes), changed: changes.map(ChangedPath.init))
    }

    /// Makes `staged` — the current snapshot with a batch of changes staged into it
    /// (``Snapshot/stage(_:)``) while the documents were still being read — the new generation,
    /// and tells subscribers which of `changed` were added, modified or removed. Only paths are
    /// needed here, so the caller need not keep the batch's extractions alive until then.
    /// Returns the new generation, or nil when nothing changed.
    @discardableResult
    public func publish(staged: Snapshot, changed: [ChangedPath]) -> UInt64? {
        guard !changed.isEmpty else { return nil }
        var next = staged
        next.commit()
        return publish(next, changed: changed)
    }

    private func publish(_ next: Snapshot, changed: [ChangedPath]) -> UInt64 {
        let current = snapshot
        var kinds: [ChangedNotification.DocumentChange] = []
        kinds.reserveCapacity(changed.count)
        for change in changed {
            let known = current.documents[change.path] != nil
            if !change.removed { kinds.append(.init(path: change.path, change: known ? .modified : .added)) }
            else if known { kinds.append(.init(path: change.path, change: .removed)) }
        }
        let subscribers = state.withLock { s -> [AsyncStream<ChangedNotification>.Continuation] in
            s.snapshot = next
            s.lastChange = Date()
            return Array(s.subscribers.values)
        }
        let notification = ChangedNotification(generation: next.generation, documents: kinds)
        for subscriber in subscribers { subscriber.yield(notification) }
        return next.generation
    }

    /// Sets or clears (with nil) a warning shown in `status`.
    public func setWarning(_ key: String, _ message: String?) {
        state.withLock { $0.warnings[key] = message }
    }

    /// Current warnings, sorted.
    public var warnings: [String] { state.withLock { $0.warnings.values.sorted() } }

    public var lastChange: Date? { state.withLock { $0.lastChange } }

    /// A stream of change notifications, and the id that ends it with ``unsubscribe(_:)``.
    /// A subscriber that does not keep up gets the latest notifications (the generation tells what it missed).
    public func subscribe() -> (UInt64, AsyncStream<ChangedNotification>) {
        let (stream, continuation) = AsyncStream<ChangedNotification>.makeStream(bufferingPolicy: .bufferingNewest(1024))
        let id = state.withLock { s -> UInt64 in
            s.nextSubscriber += 1
            s.subscribers[s.nextSubscriber] = continuation
            return s.nextSubscriber
        }
        return (id, stream)
    }

    public func unsubscribe(_ id: UInt64) {
        let continuation = state.withLock { $0.subscribers.removeValue(forKey: id) }
        continuation?.finish()
    }

    /// Ends every subscription (at shutdown).
    public func finishSubscribers() {
        let all = state.withLock { s -> [AsyncStream<ChangedNotification>.Continuation] in
            defer { s.subscribers.removeAll() }
            return Array(s.subscribers.values)
        }
        for c in all { c.finish() }
    }
}

/// A path a batch of changes touched, and whether it was removed (else added or replaced).
public struct ChangedPath: Sendable, Equatable {
    public var path: String
    public var removed: Bool

    public init(path: String, removed: Bool) {
        self.path = path
        self.removed = removed
    }

    /// The path a change touches, and whether it removes it.
    public init(_ change: DocumentChange) {
        if case .remove = change { self.init(path: change.path, removed: true) } else { self.init(path: change.path, removed: false) }
    }
}
