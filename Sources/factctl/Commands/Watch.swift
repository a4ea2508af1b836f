import ArgumentParser
import FactProtocol
import Foundation

extension Factctl {
    struct Watch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print changes to the served documents as they happen, until interrupted.")
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let json = connection.json
            try await connection.run { c in
                _ = try await c.call(SubscribeMethod.self, EmptyParams())
                if !json { Output.line("watching; press Ctrl-C to stop") }
                while let message = try await c.next() {
                    guard message.method == ChangedNotification.method, let params = message.params else { continue }
                    if json {
                        Output.line(String(decoding: try RPCCoding.encode(params), as: UTF8.self))
                    } else {
                        let change = try RPCCoding.decode(ChangedNotification.self, from: params)
                        for d in change.documents { Output.line("generation \(change.generation): \(d.change.rawValue) \(d.path)") }
                    }
                }
                Output.error("factd closed the connection")
                throw ExitCode(1)
            }
        }
    }
}
