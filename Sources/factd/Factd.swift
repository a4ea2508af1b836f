import ArgumentParser
import FactExtraction
import FactModel
import FactProtocol
import FactServer
import FoundationEssentials
import Logging
import ServiceLifecycle
import SystemdSupport

@main
/// The factd daemon: serves the fact model of a folder of documents on a Unix socket.
struct Factd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factd",
        abstract: "Serve the facts of a folder of documents on a Unix socket.",
        discussion: """
            Reads every .txt and .md file under the seeds folder, extracts entities, times, quantities \
            and facts, keeps them in memory and follows changes as they happen. Query it with factctl \
            or any JSON-RPC 2.0 client (one JSON object per line). SIGHUP rescans everything; SIGTERM \
            and SIGINT stop it cleanly.
            """,
        version: FactdVersion.current)

    @Option(name: .long, help: ArgumentHelp("Folder of documents to serve (env FACTD_SEEDS; default ./seeds).", valueName: "path"))
    var seeds: String?

    @Option(name: .long, help: ArgumentHelp("Unix socket to listen on (env FACTD_SOCKET; default $XDG_RUNTIME_DIR/factd.sock, or /run/factd/factd.sock as root).", valueName: "path"))
    var socket: String?

    @Option(name: .long, help: ArgumentHelp("Permission bits of the socket file, in octal.", valueName: "mode"))
    var socketMode: String = "0660"

    @Option(name: .long, help: ArgumentHelp("Files larger than this many bytes are listed as skipped.", valueName: "bytes"))
    var maxFileBytes: Int = 16 << 20

    @Option(name: .long, help: ArgumentHelp("Folder for what must outlive a restart: the documents that stopped the extractor (env STATE_DIRECTORY, set by systemd's StateDirectory=; default $XDG_STATE_HOME/factd or ~/.local/state/factd).", valueName: "path"))
    var stateDirectory: String?

    @Option(name: .long, help: ArgumentHelp("Least severe messages to log: trace, debug, info, notice, warning, error, critical.", valueName: "level"))
    var logLevel: String = "info"

    mutating func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        guard let level = Logger.Level(rawValue: logLevel.lowercased()) else {
            throw ValidationError("unknown --log-level '\(logLevel)'; use trace, debug, info, notice, warning, error or critical")
        }
        guard let mode = UInt32(socketMode, radix: 8), mode <= 0o777 else {
            throw ValidationError("--socket-mode must be octal permission bits such as 0660, got '\(socketMode)'")
        }
        guard maxFileBytes > 0 else { throw ValidationError("--max-file-bytes must be positive") }
        let seedsPath = DaemonConfiguration.absolute(seeds ?? environment["FACTD_SEEDS"] ?? "seeds")
        let socketPath = DaemonConfiguration.absolute(socket ?? DefaultSocket.path(environment: environment))

        let toJournal = JournalLogHandler.stderrIsJournal()
        LoggingSystem.bootstrap { label in
            if toJournal { return JournalLogHandler(label: label, level: level) }
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "factd")
        let endpoint: SocketServer.Endpoint
        do {
            // Socket activation: serve on the socket systemd passed, else bind --socket ourselves.
            if let fd = try ListenSockets.inherited() {
                endpoint = .inherited(fd)
            } else {
                endpoint = .path(socketPath, mode: mode)
                try SocketServer.preflight(endpoint)
            }
        } catch {
            logger.critical("\(error)")
            throw ExitCode(1)
        }
        let socketDescription = if case .inherited(let fd) = endpoint { "fd \(fd) from the service manager" } else { socketPath }
        logger.info("starting", metadata: ["version": "\(FactdVersion.current)", "seeds": "\(seedsPath)", "socket": "\(socketDescription)"])

        let store = FactStore()
        let gazetteer = Gazetteer.system()
        for missing in gazetteer.missingSources { logger.warning("not found: \(missing); scripts/install-deps.sh installs it") }
        let extractor = Extractor(gazetteer: gazetteer)
        var quarantine = ExtractionQuarantine()
        if let directory = stateDirectory.map(DaemonConfiguration.absolute) ?? DaemonConfiguration.stateDirectory(environment: environment) {
            do {
                quarantine = try ExtractionQuarantine(directory: directory)
                if quarantine.count > 0 {
                    logger.error("\(quarantine.count) document version(s) stopped the extractor before; they are listed as skipped until they change",
                                 metadata: ["file": "\(quarantine.path ?? directory)"])
                }
            } catch {
                logger.warning("\(error); a document that stops the extractor will stop factd at every start")
            }
        }
        let notifier = Notifier()
        @Sendable func statusLine(_ snapshot: Snapshot) -> String {
            "serving \(snapshot.servedCount) documents, \(snapshot.entityCount) entities, \(snapshot.factCount) facts (generation \(snapshot.generation))"
        }
        let readiness = ReadinessGate(["scan", "socket"]) {
            _ = try? notifier.send(.ready(status: statusLine(store.snapshot)))
        }
        let ingest = IngestService(
            seeds: seedsPath, store: store, extractor: extractor, maxFileBytes: maxFileBytes,
            logger: logger, quarantine: quarantine,
            onReady: { readiness.met("scan") },
            onChange: { snapshot in if store.isReady { _ = try? notifier.send(.status(statusLine(snapshot))) } },
            onReload: { phase in
                switch phase {
                case .started: _ = try? notifier.send(.reloading(monotonicMicroseconds: Notifier.monotonicMicroseconds()))
                case .finished: _ = try? notifier.send(.ready(status: statusLine(store.snapshot)))
                }
            })
        let dispatcher = RequestDispatcher(store: store, extractor: extractor, seeds: seedsPath, logger: logger) { await ingest.reload() }
        let server = SocketServer(endpoint: endpoint, dispatcher: dispatcher, store: store, logger: logger) {
            readiness.met("socket")
        }
        let watchdog = SystemdWatchdog(notifier: notifier, interval: try? Notifier.watchdogInterval(), ingest: ingest, logger: logger)
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: ingest), .init(service: server), .init(service: watchdog)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
        do {
            try await group.run()
        } catch {
            logger.critical("stopped: \(error)")
            throw ExitCode(1)
        }
        logger.info("stopped")
    }
}


