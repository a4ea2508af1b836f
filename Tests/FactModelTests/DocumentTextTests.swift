@testable import FactModel
import Dispatch
import Synchronization
import Testing

@Suite("DocumentText: a served document's text, deflated")
struct DocumentTextTests {
    static let samples: [String] = [
        "",
        "A",
        "Officials in Kabul said 12 people died.",
        "Zürich’s “Préfecture” staff — and 東京 — came; 🙂 twice: 🙂.",
        String(repeating: "The Northern Harbor Port Authority approved $2.5 billion on Tuesday. ", count: 400),
    ]

    @Test func inflatesToTheSameText() {
        for text in DocumentTextTests.samples {
            let plain = DocumentText(text)
            let deflated = plain.compressed()
            #expect(!plain.isCompressed && (deflated.isCompressed || text.isEmpty))
            #expect(deflated.string == text && deflated.inflated() == text || text.isEmpty)
            #expect(deflated.utf8Count == text.utf8.count)
            #expect(deflated.compressed() === deflated)
        }
        let long = DocumentText(DocumentTextTests.samples[4]).compressed()
        #expect(long.bytes * 10 < DocumentText(DocumentTextTests.samples[4]).bytes)  // repetitive text deflates well
    }

    /// More texts than the cache holds, read in turn and from many threads at once: each one
    /// always reads as itself.
    @Test func manyTextsReadAsThemselves() {
        let texts = (0..<300).map { "Document \($0): " + String(repeating: "word\($0 % 7) ", count: 20 + $0 % 50) }
        let stored = texts.map { DocumentText($0).compressed() }
        for round in 0..<3 {
            for k in stored.indices { #expect(stored[(k * 37 + round) % stored.count].string == texts[(k * 37 + round) % texts.count]) }
        }
        let wrong = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for k in 0..<600 where stored[(k * 13 + thread) % 300].string != texts[(k * 13 + thread) % 300] {
                wrong.withLock { $0 += 1 }
            }
        }
        #expect(wrong.withLock { $0 } == 0)
    }

    /// Tables built on a text read the same through its deflated form.
    @Test func tablesShareTheDeflatedText() {
        let text = DocumentTextTests.samples[3] + " Then Ana Ruiz met them."
        var x = DocumentExtraction(date: CalendarDate(year: 2025, month: 1, day: 1), text: text,
                                   sentences: [SentenceSpan(line: 1, start: 0, end: 10, text: TextSpan(in: text, utf8: 0..<12))],
                                   entities: [ExtractedEntity(name: "Ana Ruiz", type: .person)])
        let before = (Array(x.sentences), Array(x.entities))
        x.compressText()
        #expect(x.textIsCompressed && x.text == text)
        #expect(Array(x.sentences) == before.0 && Array(x.entities) == before.1)
    }
}
