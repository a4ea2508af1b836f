import ArgumentParser
import FactProtocol

/// factctl: ask a running factd about its documents, entities and facts.
@main
struct Factctl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factctl",
        abstract: "Query a running factd, or extract facts from files without one.",
        discussion: """
            Readable tables by default; --json prints the daemon's raw result for scripts. \
            The socket is --socket, else FACTD_SOCKET, else factd's default. \
            Exit status: 0 on success, 1 when the daemon answers with an error, 69 when no daemon listens.
            """,
        version: FactdVersion.current,
        subcommands: [
            Status.self, Docs.self, Doc.self, Entities.self, EntityCard.self, Facts.self, Search.self, Watch.self,
            Reload.self, Call.self, Extract.self,
        ])
}
