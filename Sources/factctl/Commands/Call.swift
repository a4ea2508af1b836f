import ArgumentParser
import FactProtocol
import Foundation

extension Factctl {
    struct Call: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Call any method with raw JSON params and print the reply.")
        @OptionGroup var connection: ConnectionOptions
        @Argument(help: "Method name, such as facts.query.") var method: String
        @Argument(help: "Params as a JSON object, such as '{\"subject\":\"ISIS-K\"}'.") var params: String?

        func run() async throws {
            var value: JSONValue? = nil
            if let params {
                guard let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(params.utf8)) else {
                    throw ValidationError("params are not valid JSON: \(params)")
                }
                value = parsed
            }
            let reply = try await connection.run { try await $0.callRaw(method, params: value) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            if let error = reply.error {
                print(String(decoding: try encoder.encode(error), as: UTF8.self))
                throw ExitCode(1)
            }
            print(String(decoding: try encoder.encode(reply.result ?? .null), as: UTF8.self))
        }
    }
}
