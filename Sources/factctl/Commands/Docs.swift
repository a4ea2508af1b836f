import ArgumentParser
import FactModel
import FactProtocol

extension Factctl {
    struct Docs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the documents in the seeds folder, served or skipped.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var page: PageOptions

        func run() async throws {
            let (documents, next) = try await connection.run { c -> ([DocumentInfo], String?) in
                var all: [DocumentInfo] = []
                var cursor = page.cursor
                repeat {
                    let r = try await c.call(DocumentsListMethod.self, .init(limit: page.limit ?? 1000, cursor: cursor))
                    all += r.documents
                    cursor = r.nextCursor
                } while page.limit == nil && cursor != nil
                return (all, cursor)
            }
            if connection.json { return try connection.printJSON(DocumentsListMethod.Result(documents: documents, nextCursor: next)) }
            var table = Table("PATH", "BYTES", "DATE", "SENTENCES", "FACTS", "NOTE")
            for d in documents {
                table.rows.append([d.path, String(d.bytes), d.date.description, String(d.sentences), String(d.facts),
                                   d.skipped.map { "skipped: " + $0 } ?? d.warning ?? d.title ?? ""])
            }
            print(table.render())
            if let next { print("more: --cursor \(next)") }
        }
    }

    struct Doc: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one document's facts (and, with --mentions, every mention).")
        @OptionGroup var connection: ConnectionOptions
        @Argument(help: "Path relative to the seeds folder.") var path: String
        @Flag(name: .long, help: "Also list every entity, time and quantity mention.") var mentions = false

        func run() async throws {
            let r = try await connection.run { try await $0.call(DocumentsGetMethod.self, .init(path: path)) }
            if connection.json { return try connection.printJSON(r) }
            let d = r.document
            print("\(d.path)  \(d.bytes) bytes, date \(d.date), \(d.sentences) sentences, \(d.facts) facts" + (d.title.map { " — \($0)" } ?? ""))
            if let skipped = d.skipped { print("skipped: \(skipped)") }
            if let warning = d.warning { print("warning: \(warning)") }
            if !r.facts.isEmpty {
                print("")
                print(FactFormatting.table(r.facts, showDocument: false).render())
            }
            if mentions {
                var table = Table("KIND", "TEXT", "VALUE", "START", "END")
                for m in r.mentions {
                    let value = m.entity.map { "\($0.name) (\($0.type.rawValue))" } ?? m.time.map { FactFormatting.time($0) }
                        ?? FactFormatting.quantity(m.quantity)
                    table.rows.append([m.kind.rawValue, m.text, value, String(m.start), String(m.end)])
                }
                print("")
                print(table.render())
            }
        }
    }
}
