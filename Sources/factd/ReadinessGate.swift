import Synchronization

/// Calls `action` once, when every named condition has been met: READY=1 goes out only when
/// the first scan is in memory and the socket accepts connections.
final class ReadinessGate: Sendable {
    private let remaining: Mutex<Set<String>>
    private let action: @Sendable () -> Void

    init(_ conditions: Set<String>, action: @escaping @Sendable () -> Void) {
        remaining = Mutex(conditions)
        self.action = action
    }

    func met(_ condition: String) {
        let fire = remaining.withLock { r -> Bool in
            guard r.remove(condition) != nil else { return false }
            return r.isEmpty
        }
        if fire { action() }
    }
}
