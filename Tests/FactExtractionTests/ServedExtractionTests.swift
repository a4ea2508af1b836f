import FactExtraction
import FactModel
import Foundation
import Testing

/// What a server keeps of an extraction: the text once, sentences and phrases as spans of it,
/// and no mentions — read again, identically, when a document is asked for.
@Suite struct ServedExtractionTests {
    /// The repository's seeds, the original seed document, Markdown with a front-matter date
    /// and invalid UTF-8: every kind of input the loader hands the extractor.
    static let inputs: [(name: String, bytes: [UInt8])] = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let seeds = url.appendingPathComponent("seeds")
        var inputs: [(String, [UInt8])] = []
        let names = (FileManager.default.enumerator(atPath: seeds.path)?.allObjects as? [String] ?? []).sorted()
        for name in names where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            inputs.append((name, Array(try! Data(contentsOf: seeds.appendingPathComponent(name)))))
        }
        inputs.append(("original.txt", Array(try! Data(contentsOf: URL(fileURLWithPath: seedPath)))))
        inputs.append(("dated.md", Array("---\ndate: 2024-03-14\n---\n# Port\n\nOn Tuesday the Northern Harbor Port Authority (NHPA) approved $2.5 billion.\n".utf8)))
        inputs.append(("broken.txt", Array("Officials in Kabul said 12 people died \u{201C}yesterday\u{201D}.".utf8) + [0xFF, 0xFE] + Array(" Dr. Amina Yusuf of Zürich spoke on May 3.".utf8)))
        return inputs
    }()

    func extraction(_ input: (name: String, bytes: [UInt8])) -> DocumentExtraction {
        sharedExtractor.extract(SourceText(decoding: input.bytes), fallbackDate: referenceDate, markdown: input.name.hasSuffix(".md"))
    }

    @Test func mentionsReadAgainAreTheSame() {
        #expect(Self.inputs.count >= 8)
        for input in Self.inputs {
            let full = extraction(input)
            var served = full
            served.dropMentions()
            #expect(served.mentions.isEmpty && !served.keepsMentions)
            #expect(!full.mentions.isEmpty, "\(input.name)")
            #expect(sharedExtractor.mentions(of: served) == full.mentions, "\(input.name)")
            #expect(sharedExtractor.mentions(of: full) == full.mentions)
        }
    }

    @Test func extractingWithoutMentionsGivesTheSameModel() {
        for input in Self.inputs {
            let full = extraction(input)
            let lean = sharedExtractor.extract(SourceText(decoding: input.bytes), fallbackDate: referenceDate,
                                               markdown: input.name.hasSuffix(".md"), keepingMentions: false)
            #expect(lean.mentions.isEmpty && !lean.keepsMentions)
            #expect(lean.entities == full.entities, "\(input.name)")  // mention counts included
            #expect(lean.facts == full.facts, "\(input.name)")
            #expect(lean.sentences == full.sentences)
            #expect((lean.title, lean.date, lean.text, lean.warnings) == (full.title, full.date, full.text, full.warnings))
            #expect(sharedExtractor.mentions(of: lean) == full.mentions, "\(input.name)")
        }
    }

    /// A served document keeps its text deflated; everything read from it is as before, and so
    /// are the mentions read again from the inflated text.
    @Test func deflatedTextReadsTheSame() {
        for input in Self.inputs {
            let full = extraction(input)
            var served = full
            served.dropMentions()
            served.prepareSearch()
            served.compressText()
            #expect(served.textIsCompressed && !full.textIsCompressed, "\(input.name)")
            #expect(served.textBytes < full.textBytes || full.text.utf8.count < 200, "\(input.name)")
            #expect(served.text == full.text, "\(input.name)")
            #expect(served.sentences == full.sentences && served.entities == full.entities, "\(input.name)")
            #expect(served.facts == full.facts, "\(input.name)")
            #expect(Array(served.facts).map(\.quantity) == Array(full.facts).map(\.quantity))
            #expect(Array(served.facts).map(\.object) == Array(full.facts).map(\.object))
            #expect(sharedExtractor.mentions(of: served) == full.mentions, "\(input.name)")
            var again = served
            again.compressText()  // once is enough
            #expect(again.text == full.text)
        }
    }

    @Test func sentencesAndPhrasesAreSpansOfTheText() {
        for input in Self.inputs {
            let x = extraction(input)
            let scalars = Array(x.text.unicodeScalars)
            #expect(x.text == String(decoding: input.bytes, as: UTF8.self))
            for s in x.sentences {
                #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == s.text, "\(input.name)")
                #expect(s.textSpan.utf8Count == s.text.utf8.count)
            }
            for f in x.facts {
                guard case .text(let phrase)? = f.object else { continue }
                #expect(x.sentences[f.sentence].text.contains(phrase.string), "\(input.name): \(phrase)")
            }
        }
    }
}
