import FactExtraction
import FactModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FactEval {
    /// Resident bytes of this process, from /proc/self/statm.
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Extracts every `.txt` and `.md` file under `folder` and reports the resident memory the results take:
    /// the extractions alone, then the served snapshot (extractions, entity index, search index),
    /// each per MB of text.
    func measureMemory(_ folder: String) throws {
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            if name.hasSuffix(".txt") || name.hasSuffix(".md") { files.append(name) }
        }
        files.sort()
        guard !files.isEmpty else { throw ValidationErrorMessage("no .txt or .md files under \(folder)") }
        let extractor = Extractor(gazetteer: .system())
        let date = CalendarDate(year: 2025, month: 1, day: 1)
        // Warm the lexicon tables first so they are not counted.
        _ = extractor.extract(SourceText("Warm-up on May 1, 2025: 12 people."), fallbackDate: date)
        let before = FactEval.residentBytes()
        var changes: [DocumentChange] = []
        var bytes = 0
        for name in files {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
            bytes += data.count
            let x = extractor.extract(SourceText(decoding: data), fallbackDate: date, markdown: name.hasSuffix(".md"))
            let info = DocumentInfo(path: name, bytes: data.count, modified: "2025-01-01T00:00:00Z", date: x.date, title: x.title,
                                    sentences: x.sentences.count, facts: x.facts.count)
            changes.append(.upsert(info, x))
        }
        let extracted = FactEval.residentBytes() - before
        var counts = (sentences: 0, sentenceBytes: 0, facts: 0, mentions: 0, times: 0, quantities: 0)
        for case .upsert(_, let x?) in changes {
            counts.sentences += x.sentences.count
            counts.sentenceBytes += x.sentences.reduce(0) { $0 + $1.text.utf8.count }
            counts.facts += x.facts.count
            counts.mentions += x.mentions.count
            counts.times += x.mentions.filter { $0.time != nil }.count
            counts.quantities += x.mentions.filter { $0.quantity != nil }.count
        }
        print("sentences \(counts.sentences) (\(counts.sentenceBytes) bytes of text, \(MemoryLayout<SentenceSpan>.stride) B each), facts \(counts.facts) (\(MemoryLayout<ExtractedFact>.stride) B each), mentions \(counts.mentions) (\(MemoryLayout<ExtractedMention>.stride) B each; \(counts.times) times, \(counts.quantities) quantities)")
        var snapshot = Snapshot()
        snapshot.apply(changes)
        changes = []
        let served = FactEval.residentBytes() - before
        let mb = Double(bytes) / 1_000_000
        print(String(format: "%d documents, %.1f MB of text, %d entities, %d facts", files.count, mb, snapshot.entityCount, snapshot.factCount))
        print(String(format: "extractions: %.1f MB resident (%.1f× the text)", Double(extracted) / 1e6, Double(extracted) / Double(bytes)))
        print(String(format: "snapshot:    %.1f MB resident (%.1f× the text)", Double(served) / 1e6, Double(served) / Double(bytes)))
        withExtendedLifetime(snapshot) {}
    }
}
