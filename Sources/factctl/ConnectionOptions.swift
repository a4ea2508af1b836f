import ArgumentParser
import FactClient
import FactProtocol
import Foundation

/// Options every command that talks to the daemon shares.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The daemon's Unix socket (default: FACTD_SOCKET, else factd's default path).", valueName: "path"))
    var socket: String?

    @Flag(name: .long, help: "Print the raw JSON result instead of a table.")
    var json = false

    /// The socket path to use.
    var socketPath: String { socket ?? DefaultSocket.path() }

    /// Opens a connection, runs `body`, and turns failures into a message and an exit code.
    func run<R: Sendable>(_ body: (inout FactConnection) async throws -> R) async throws -> R {
        do {
            return try await FactClient.withConnection(socket: socketPath, body)
        } catch let error as ClientError {
            Output.error(error.description)
            if case .noDaemon = error { throw ExitCode(69) }
            throw ExitCode(1)
        }
    }

    /// Prints a result as JSON (pretty, keys sorted).
    func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

/// Options of commands that list pages.
struct PageOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Show at most this many (1–1000); without it, every page is fetched.", valueName: "n"))
    var limit: Int?

    @Option(name: .long, help: ArgumentHelp("Continue from the cursor a previous page returned.", valueName: "cursor"))
    var cursor: String?
}

enum Output {
    /// Writes a line to standard output at once (no buffering), for streaming commands.
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("factctl: " + message + "\n").utf8))
    }
}
