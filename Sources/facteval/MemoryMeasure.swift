import FactExtraction
import FactModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FactEval {
    /// Resident bytes of this process, from /proc/self/statm, after glibc has returned what is
    /// free (malloc_trim): live data, not the allocator's leftovers from extraction.
    static func residentBytes() -> Int {
        trimHeap()
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Extracts every `.txt` and `.md` file under `folder` as the server loads them (search postings
    /// made, mentions let go, each document staged into the next snapshot as soon as it is read)
    /// and reports the resident memory of the served snapshot (extractions, entity index, search
    /// index) per MB of text.
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
        // Warm the lexicon tables first so they are not counted (a person's name warms the first
        // names' genders).
        _ = extractor.extract(SourceText("Dr. Ana Ruiz of the Harbor Agency said on May 1, 2025 that 12 people left."), fallbackDate: date)
        let before = FactEval.residentBytes()
        var snapshot = Snapshot()
        var bytes = 0
        var counts = (sentences: 0, sentenceBytes: 0, facts: 0, mentions: 0, times: 0, quantities: 0)
        for name in files {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
            bytes += data.count
            var x = extractor.extract(SourceText(decoding: data), fallbackDate: date, markdown: name.hasSuffix(".md"))
            counts.sentences += x.sentences.count
            counts.sentenceBytes += x.sentences.reduce(0) { $0 + $1.textSpan.utf8Count }
            counts.facts += x.facts.count
            counts.mentions += x.mentions.count
            counts.times += x.mentions.filter { $0.time != nil }.count
            counts.quantities += x.mentions.filter { $0.quantity != nil }.count
            // What the server keeps (DocumentLoader): postings made, no mentions (the same model
            // as extracting without them: ServedExtractionTests).
            x.dropMentions()
            x.prepareSearch()
            x.compressText()
            let info = DocumentInfo(path: name, bytes: data.count, modified: "2025-01-01T00:00:00Z", date: x.date, title: x.title,
                                    sentences: x.sentences.count, facts: x.facts.count)
            snapshot.stage([.upsert(info, x)])
        }
        snapshot.commit()
        print("sentences \(counts.sentences) (\(counts.sentenceBytes) bytes of text), facts \(counts.facts), mentions \(counts.mentions) (\(counts.times) times, \(counts.quantities) quantities; not kept: read again when a document is asked for)")
        let served = FactEval.residentBytes() - before
        // What each part of the extractions takes on the heap, counted from the data: glibc does not
        // give freed small chunks back, so measuring by dropping parts would not tell.
        var parts: [String: Int] = [:]
        var subparts: [String: [String: Int]] = [:]  // part → its pieces, where it is counted by piece
        func count(_ part: String, _ pieces: KeyValuePairs<String, Int>) {
            for (piece, size) in pieces {
                parts[part, default: 0] += size
                subparts[part, default: [:]][piece, default: 0] += size
            }
        }
        for record in snapshot.documents.values {
            count("document indexes", record.indexParts)
            guard let x = record.extraction else { continue }
            // Sentences and phrases are spans of the text: their words are counted once, here.
            parts["text", default: 0] += x.textBytes
            parts["sentences", default: 0] += x.sentences.bytes
            count("facts", x.facts.parts)
            parts["entities", default: 0] += x.entities.bytes
        }
        count("facts", ["vocabulary": Vocabulary.shared.bytes])  // shared by all documents
        let mb = Double(bytes) / 1_000_000
        print(String(format: "%d documents, %.1f MB of text, %d entities, %d facts", files.count, mb, snapshot.entityCount, snapshot.factCount))
        print(String(format: "snapshot:    %.1f MB resident (%.1f× the text)", Double(served) / 1e6, Double(served) / Double(bytes)))
        print("of which, counted from the data:")
        func line(_ indent: String, _ name: String, _ size: Int) {
            print(indent + name.padding(toLength: 22 - indent.count, withPad: " ", startingAt: 0)
                  + String(format: "%6.1f MB (%.1f× the text)", Double(size) / 1e6, Double(size) / Double(bytes)))
        }
        for (part, size) in parts.sorted(by: { $0.value > $1.value }) {
            line("  ", part, size)
            for (piece, size) in (subparts[part] ?? [:]).sorted(by: { $0.value > $1.value }) { line("      ", piece, size) }
        }
    }
}

/// Returns free heap pages to the system (glibc's malloc_trim), where the C library has it.
func trimHeap() {
    #if canImport(Glibc)
    typealias Trim = @convention(c) (Int) -> Int32
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
    #endif
}
