import ArgumentParser
import FactModel
import FactProtocol

extension Factctl {
    struct Entities: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List entities, most mentioned first.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var page: PageOptions
        @Option(name: .long, help: "Only this type: organization, person, place, product, event, work or other.") var type: String?
        @Option(name: .long, help: "Only names or aliases containing this text.") var query: String?

        func run() async throws {
            let (entities, next) = try await connection.run { c -> ([Entity], String?) in
                var all: [Entity] = []
                var cursor = page.cursor
                repeat {
                    let r = try await c.call(EntitiesListMethod.self, .init(type: type, query: query, limit: page.limit ?? 1000, cursor: cursor))
                    all += r.entities
                    cursor = r.nextCursor
                } while page.limit == nil && cursor != nil
                return (all, cursor)
            }
            if connection.json { return try connection.printJSON(EntitiesListMethod.Result(entities: entities, nextCursor: next)) }
            var table = Table("NAME", "TYPE", "MENTIONS", "ALIASES")
            for e in entities { table.rows.append([e.name, e.type.rawValue, String(e.mentions), e.aliases.joined(separator: ", ")]) }
            print(table.render())
            if let next { print("more: --cursor \(next)") }
        }
    }

    struct EntityCard: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "entity", abstract: "Show one entity: its aliases, facts and related entities.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var page: PageOptions
        @Argument(help: "The canonical name or any alias (case does not matter).") var name: String

        func run() async throws {
            let r = try await connection.run { try await $0.call(EntitiesGetMethod.self, .init(name: name, limit: page.limit, cursor: page.cursor)) }
            if connection.json { return try connection.printJSON(r) }
            let e = r.entity
            print("\(e.name)  (\(e.type.rawValue), id \(e.id), \(e.mentions) mention\(e.mentions == 1 ? "" : "s"))")
            if !e.aliases.isEmpty { print("also: \(e.aliases.joined(separator: ", "))") }
            print("")
            print(FactFormatting.table(r.facts).render())
            if r.facts.count < r.factsTotal { print("\(r.facts.count) of \(r.factsTotal) facts" + (r.nextCursor.map { "; more: --cursor \($0)" } ?? "")) }
            if !r.related.isEmpty {
                print("")
                print("related: " + r.related.map { "\($0.entity.name) (\($0.count))" }.joined(separator: ", "))
            }
        }
    }
}
