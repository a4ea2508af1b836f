import ArgumentParser
import FactExtraction
import FactModel
import FactProtocol
import Foundation

extension Factctl {
    struct Extract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract facts from files (or stdin) in-process, without a daemon.",
            discussion: "Prints one JSON object per document: {document, date, entities, facts, mentions}.")
        @Option(name: .long, help: "Document date (YYYY-MM-DD) for relative times; default: front matter, else the file's date, else today.")
        var date: String?
        @Flag(name: .long, help: "Read input as Markdown (default: by file extension; stdin is plain text).") var markdown = false
        @Argument(help: "Files to read; '-' reads standard input.") var files: [String] = ["-"]

        struct Output: Encodable {
            var document: String
            var date: CalendarDate
            var entities: [Entity]
            var facts: [Fact]
            var mentions: [Mention]
        }

        func run() async throws {
            var fixedDate: CalendarDate? = nil
            if let date {
                guard let d = CalendarDate(iso: date), date.count == 10 else { throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'") }
                fixedDate = d
            }
            let extractor = Extractor(gazetteer: .system())
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for file in files {
                let data: Data
                var fileDate = Extract.today()
                if file == "-" {
                    data = FileHandle.standardInput.readDataToEndOfFile()
                } else {
                    guard let contents = FileManager.default.contents(atPath: file) else {
                        throw ValidationError("cannot read \(file)")
                    }
                    data = contents
                    if let attributes = try? FileManager.default.attributesOfItem(atPath: file),
                       let modified = attributes[.modificationDate] as? Date {
                        fileDate = Extract.day(modified)
                    }
                }
                let isMarkdown = markdown || file.lowercased().hasSuffix(".md")
                var x = extractor.extract(SourceText(decoding: data), fallbackDate: fixedDate ?? fileDate, markdown: isMarkdown)
                if let fixedDate { x.date = fixedDate }
                let entities = x.entities.indices.map { i -> Entity in
                    let e = x.entities[i]
                    return Entity(id: EntityKey.id(for: e.name), name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions)
                }
                let output = Output(
                    document: file, date: x.date, entities: entities,
                    facts: x.facts.indices.map { x.fact($0, path: file, ref: x.localRef) },
                    mentions: x.resolved(x.mentions, ref: x.localRef))
                print(String(decoding: try encoder.encode(output), as: UTF8.self))
            }
        }

        static func today() -> CalendarDate { day(Date()) }

        static func day(_ date: Date) -> CalendarDate {
            CalendarDate(dayNumber: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
        }
    }
}
