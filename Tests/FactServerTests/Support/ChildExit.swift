#if canImport(Glibc)
import Glibc
#endif
import Foundation

extension Process {
    /// Waits for the child to end, with `waitpid`, and returns its exit status (128 + the signal
    /// when a signal ended it), or nil when it still runs after `seconds`.
    ///
    /// Foundation's `waitUntilExit` and `isRunning` depend on its SIGCHLD watcher, which can miss
    /// an exit when the tests start and stop many processes at once; the run then hangs on a
    /// zombie. Asking the kernel cannot miss it. Call it once per process: the first call reaps.
    func exitStatus(waitingAtMost seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        let pid = processIdentifier
        while true {
            var status: Int32 = 0
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid {
                let signal = status & 0x7F
                return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
            }
            if reaped == -1 && errno == ECHILD && !isRunning {
                // Foundation's watcher reaped it first; its record is complete.
                return terminationReason == .uncaughtSignal ? 128 + terminationStatus : terminationStatus
            }
            if Date() >= deadline { return nil }
            usleep(2_000)
        }
    }
}
