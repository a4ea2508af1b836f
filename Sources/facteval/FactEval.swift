import ArgumentParser
import FactExtraction
import FactModel
import Foundation

/// Scores the extractor on Duckling's English corpus (../shared/eval/duckling).
@main
struct FactEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facteval",
        abstract: "Score the extractor on Duckling's English test phrases, by category.",
        discussion: """
            In scope for news text: locale EN (not the regional variants), rows Duckling finds without \
            its latent option, and for times the calendar grains (day, week, month, quarter, year) \
            without holidays. Out-of-scope rows are scored too, on their own line.
            """)

    @Option(help: "Folder with duckling_en.jsonl and duckling_en_negative.jsonl.")
    var data = "../shared/eval/duckling"

    @Option(help: "Print up to this many failures per category.")
    var failures = 0

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Option(help: ArgumentHelp("Instead of scoring, measure extraction throughput on one core: on this file as one document, or on each file of this folder as its own document (as factd loads them).", valueName: "path"))
    var speed: String?

    @Option(help: ArgumentHelp("Instead of scoring, measure the resident memory the fact model takes for the documents in this folder.", valueName: "folder"))
    var memory: String?

    @Option(help: "Runs for --speed; the median is reported with min and max.")
    var runs = 5

    @Option(help: "Hand annotations of the seeds documents.")
    var gold = "Tests/Gold/seeds.json"

    @Option(help: "The seeds folder the annotations describe.")
    var seeds = "seeds"

    func run() throws {
        if let speed { return try measure(speed) }
        if let memory { return try measureMemory(memory) }
        try scoreGold()
        let rows = try DucklingRow.load(data + "/duckling_en.jsonl")
        let negatives = try DucklingRow.load(data + "/duckling_en_negative.jsonl")
        let extractor = Extractor(gazetteer: .system())
        var scores: [String: Score] = [:]
        var shown: [String: Int] = [:]
        for row in rows {
            guard let dimension = Dimension(rawValue: row.dimension) else { continue }
            let key = dimension.rawValue + (row.inScope(dimension) ? "" : " (out of scope)")
            let outcome = dimension.evaluate(row, extractor: extractor)
            scores[key, default: Score()].add(outcome)
            if !outcome.correct, shown[key, default: 0] < failures {
                shown[key, default: 0] += 1
                FileHandle.standardError.write(Data("\(key): \(row.text) → \(outcome.got ?? "nothing"); expected \(row.expectedSummary)\n".utf8))
            }
        }
        for row in negatives where row.kind == nil {
            guard let dimension = Dimension(rawValue: row.dimension) else { continue }
            let produced = dimension.evaluate(row, extractor: extractor).produced
            scores[dimension.rawValue, default: Score()].falsePositives += produced ? 1 : 0
            scores[dimension.rawValue, default: Score()].negatives += 1
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(scores), as: UTF8.self))
            return
        }
        print("category                          rows  correct  precision  recall   negatives (false +)")
        for key in scores.keys.sorted() {
            let s = scores[key]!
            let name = key.padding(toLength: 32, withPad: " ", startingAt: 0)
            let negatives = s.negatives > 0 ? "\(s.negatives) (\(s.falsePositives))" : ""
            print("\(name) \(pad(s.rows, 5))  \(pad(s.correct, 7))  \(percent(s.precision))     \(percent(s.recall))   \(negatives)")
        }
    }

    /// Precision and recall on the hand-annotated seeds documents.
    func scoreGold() throws {
        let rows = try GoldSet.score(goldPath: gold, seeds: seeds, extractor: Extractor(gazetteer: .system()))
        print("seeds gold set ( \(gold) )         found  extracted  gold   precision  recall")
        for (name, found, predicted, expected) in rows {
            let p = predicted > 0 ? percent(Double(found) / Double(predicted)) : "   —  "
            print("\(name.padding(toLength: 32, withPad: " ", startingAt: 0)) \(pad(found, 6))  \(pad(max(predicted, 0), 9))  \(pad(expected, 4))   \(p)     \(percent(Double(found) / Double(max(expected, 1))))")
        }
        print("")
    }

    /// Extraction throughput on one core: MB/s and words/s, median (min–max) over `runs`.
    func measure(_ path: String) throws {
        let documents = try speedDocuments(path)
        let extractor = Extractor(gazetteer: .system())
        let sources = documents.map { SourceText(decoding: $0) }
        let bytes = documents.reduce(0) { $0 + $1.count }
        let words = documents.reduce(0) { $0 + $1.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).count }
        let mb = Double(bytes) / 1_000_000
        // With mentions (what `factctl extract` and the evaluations read), then as factd loads a
        // document: no mentions, which it reads again only when a document is asked for.
        for keepingMentions in [true, false] {
            var seconds: [Double] = []
            var facts = 0
            for _ in 0..<max(1, runs) {
                facts = 0
                let start = ContinuousClock.now
                for source in sources {
                    let x = extractor.extract(source, fallbackDate: CalendarDate(year: 2025, month: 1, day: 1), keepingMentions: keepingMentions)
                    facts += x.facts.count
                }
                let d = ContinuousClock.now - start
                seconds.append(Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
            }
            seconds.sort()
            let median = seconds[seconds.count / 2]
            print(String(format: "%.1f MB in %d document%@, %d words, %d facts, %@: %.2f MB/s (min %.2f, max %.2f), %.0f words/s",
                         mb, documents.count, documents.count == 1 ? "" : "s", words, facts,
                         keepingMentions ? "with mentions" : "as factd loads (no mentions)",
                         mb / median, mb / seconds.last!, mb / seconds.first!, Double(words) / median))
        }
    }

    /// The file at `path`, or each file under the folder at `path` (and its subfolders) in path order.
    func speedDocuments(_ path: String) throws -> [Data] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw ValidationErrorMessage("cannot read \(path)") }
        let paths = isFolder.boolValue
            ? try FileManager.default.subpathsOfDirectory(atPath: path).sorted().map { path + "/" + $0 }
                .filter { var folder: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &folder) && !folder.boolValue }
            : [path]
        let documents = paths.compactMap { FileManager.default.contents(atPath: $0) }
        guard !documents.isEmpty else { throw ValidationErrorMessage("no documents in \(path)") }
        return documents
    }

    func pad(_ n: Int, _ width: Int) -> String { String(repeating: " ", count: max(0, width - String(n).count)) + String(n) }
    func percent(_ x: Double) -> String { String(format: "%5.1f%%", x * 100) }
}

/// Tallies for one category.
struct Score: Codable {
    var rows = 0
    var produced = 0
    var correct = 0
    var negatives = 0
    var falsePositives = 0

    mutating func add(_ o: Outcome) {
        rows += 1
        produced += o.produced ? 1 : 0
        correct += o.correct ? 1 : 0
    }

    /// Correct among the rows where something was extracted.
    var precision: Double { produced == 0 ? 0 : Double(correct) / Double(produced) }
    /// Correct among all rows.
    var recall: Double { rows == 0 ? 0 : Double(correct) / Double(rows) }
}

struct Outcome {
    var produced: Bool
    var correct: Bool
    var got: String?
}
