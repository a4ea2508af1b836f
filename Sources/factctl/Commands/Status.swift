import ArgumentParser
import FactProtocol

extension Factctl {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show what the daemon serves and whether it is ready.")
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let status = try await connection.run { try await $0.call(StatusMethod.self, EmptyParams()) }
            if connection.json { return try connection.printJSON(status) }
            print(Status.render(status))
        }

        static func render(_ s: StatusResult) -> String {
            var lines = [
                "factd \(s.version) (pid \(s.pid)), up \(Int(s.uptimeSeconds))s",
                "seeds:       \(s.seeds)",
                "ready:       \(s.ready ? "yes" : "no, first scan in progress")",
                "generation:  \(s.generation)",
                "documents:   \(s.documents)",
                "entities:    \(s.entities)",
                "facts:       \(s.facts)",
                "last change: \(s.lastChange ?? "never")",
            ]
            for w in s.warnings { lines.append("warning:     \(w)") }
            return lines.joined(separator: "\n")
        }
    }

    struct Reload: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rescan every document and show the new status.")
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let status = try await connection.run { try await $0.call(ReloadMethod.self, EmptyParams()) }
            if connection.json { return try connection.printJSON(status) }
            print(Status.render(status))
        }
    }
}
