import FactServer
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import SystemdSupport

/// Pings the service manager's watchdog at half its interval, but only after proving the daemon
/// works: the event loop runs a task and the ingest queue takes and finishes a probe. A hung
/// event loop or ingest task stops the pings, and systemd restarts the daemon.
/// Also sends STOPPING=1 when shutdown begins.
struct SystemdWatchdog: Service {
    let notifier: Notifier
    let interval: Duration?
    let ingest: IngestService
    let logger: Logger

    func run() async throws {
        try await withGracefulShutdownHandler {
            guard let interval else {
                // No watchdog: wait for shutdown.
                try? await gracefulShutdown()
                return
            }
            let period = interval / 2
            logger.info("watchdog enabled", metadata: ["interval": "\(interval)"])
            while !Task.isCancelled && !Task.isShuttingDownGracefully {
                do {
                    try await cancelWhenGracefulShutdown { try await Task.sleep(for: period) }
                } catch {
                    return
                }
                try await MultiThreadedEventLoopGroup.singleton.next().submit {}.get()
                await ingest.probe()
                if Task.isShuttingDownGracefully { return }
                _ = try? notifier.send(.watchdog)
            }
        } onGracefulShutdown: {
            _ = try? notifier.send(.stopping)
        }
    }
}
