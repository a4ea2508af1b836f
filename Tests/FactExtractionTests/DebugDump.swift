import Testing
import Foundation
import FactModel
@testable import FactExtraction

@Test func dumpSeed() throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: "../shared/seeds/000_cbdc31dde8dc21f6.txt"))
    let x = Extractor(gazetteer: .system()).extract(SourceText(decoding: data), fallbackDate: CalendarDate(year: 2021, month: 8, day: 30))
    for e in x.entities { print("E", e.name, e.type, e.aliases, e.mentions) }
    for i in x.facts.indices {
        let f = x.fact(i, path: "seed") { x.localRef($0) }
        print("F", f.subject?.name ?? "-", "|", f.predicate, "|", f.object.map { switch $0 { case .entity(let r): return "E:" + r.name; case .text(let t): return "T:" + t } } ?? "-",
              "| agents", f.agents?.map(\.name) ?? [], "| time", f.time?.value ?? "-", "| q", f.quantity.map { "\($0.text) \($0.bound) \($0.value ?? -1) \($0.min ?? -1)-\($0.max ?? -1) \($0.unit ?? "") \($0.currency ?? "")" } ?? "-", "| place", f.place?.name ?? "-", "| attr", f.attribution?.name ?? "-", f.negated)
    }
    for m in x.mentions where m.kind != .entity { print("M", m.kind, m.text, m.time?.value ?? "", m.time?.start?.description ?? "", m.time?.end?.description ?? "", m.quantity.map { "\($0.bound) \($0.value ?? -1) \($0.min ?? -1)-\($0.max ?? -1) \($0.unit ?? "") \($0.currency ?? "") approx:\($0.approximate)" } ?? "") }
    print("sentences", x.sentences.count)
    for s in x.sentences { print("S", s.line, s.start, s.end, s.text.prefix(60)) }
}
