import ArgumentParser
import FactModel
import FactProtocol

extension Factctl {
    struct Facts: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Find facts by subject, predicate, object, document, time or text.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var page: PageOptions
        @Option(name: .long, help: "Subject entity, by name or alias.") var subject: String?
        @Option(name: .long, help: "Predicate lemma, such as kill or form.") var predicate: String?
        @Option(name: .long, help: "Object entity by name or alias, or words of a text object.") var object: String?
        @Option(name: .long, help: "Document path relative to the seeds folder.") var document: String?
        @Option(name: .long, help: "Facts whose time overlaps from this ISO date on.") var from: String?
        @Option(name: .long, help: "Facts whose time overlaps up to this ISO date.") var to: String?
        @Option(name: .long, help: "Words the evidence sentence contains.") var text: String?

        func run() async throws {
            let r = try await connection.run { c -> FactsQueryMethod.Result in
                var all: [Fact] = []
                var cursor = page.cursor
                var last: FactsQueryMethod.Result
                repeat {
                    last = try await c.call(FactsQueryMethod.self, .init(
                        subject: subject, predicate: predicate, object: object, document: document, from: from, to: to,
                        text: text, limit: page.limit ?? 1000, cursor: cursor))
                    all += last.facts
                    cursor = last.nextCursor
                } while page.limit == nil && cursor != nil
                return FactsQueryMethod.Result(facts: all, total: last.total, nextCursor: cursor)
            }
            if connection.json { return try connection.printJSON(r) }
            print(FactFormatting.table(r.facts).render())
            print("\(r.facts.count) of \(r.total) facts" + (r.nextCursor.map { "; more: --cursor \($0)" } ?? ""))
        }
    }

    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Search sentences by words, best matches first.")
        @OptionGroup var connection: ConnectionOptions
        @Option(name: .long, help: "Show at most this many hits.") var limit = 10
        @Argument(help: "Words to look for.") var query: [String]

        func run() async throws {
            let words = query.joined(separator: " ")
            let r = try await connection.run { try await $0.call(SearchMethod.self, .init(query: words, limit: limit)) }
            if connection.json { return try connection.printJSON(r) }
            if r.hits.isEmpty { print("no matches for '\(words)'") }
            for hit in r.hits {
                print("\(hit.document):\(hit.line)  (\(String(format: "%.2f", hit.score)))")
                print("    " + Table.oneLine(hit.text))
            }
        }
    }
}
