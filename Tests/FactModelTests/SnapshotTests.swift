import FactModel
import Testing

/// A small document extraction built by hand, so the store is tested without the extractor.
func extraction(_ entities: [ExtractedEntity], facts: [ExtractedFact] = [], sentences: [String] = ["One sentence."]) -> DocumentExtraction {
    var offset = 0
    let spans = sentences.enumerated().map { i, text -> SentenceSpan in
        defer { offset += text.count + 1 }
        return SentenceSpan(line: i + 1, start: offset, end: offset + text.count, text: text)
    }
    return DocumentExtraction(date: CalendarDate(year: 2024, month: 1, day: 1), sentences: spans, entities: entities, facts: facts)
}

func info(_ path: String, facts: Int = 0) -> DocumentInfo {
    DocumentInfo(path: path, bytes: 10, modified: "2024-01-01T00:00:00Z", date: CalendarDate(year: 2024, month: 1, day: 1), facts: facts)
}

@Suite("Snapshot: atomic per-document changes, merging, queries")
struct SnapshotTests {
    let acme = ExtractedEntity(name: "Northern Harbor Port Authority", type: .organization, aliases: ["NHPA"], mentions: 2)

    /// Where a string's UTF-8 is stored: the same address for two strings means one copy.
    static func storage(_ s: String) -> UnsafeRawPointer? {
        var s = s
        return s.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func removingADocumentLeavesTheOthersEntitiesIntact() {
        var s = Snapshot()
        s.apply([.upsert(info("a.txt"), extraction([ExtractedEntity(name: "Northern Harbor Port Authority", type: .organization)]))])
        s.apply([.upsert(info("b.txt"), extraction([ExtractedEntity(name: "Northern Harbor Port Authority", type: .organization),
                                                    ExtractedEntity(name: "Short Name", type: .other)]))])
        #expect(s.documents["b.txt"]!.extraction!.entities.map(\.name) == ["Northern Harbor Port Authority", "Short Name"])
        s.apply([.remove("a.txt")])
        #expect(s.documents["b.txt"]!.extraction!.entities[0].name == "Northern Harbor Port Authority")
        #expect(s.entity(named: "Northern Harbor Port Authority")?.mentions == 1)
        #expect(s.entityCount == 2)
    }

    /// An entity's facts come by document path, whatever order documents were added in, and a
    /// document where two local entities join the entity lists each fact once.
    @Test func entityFactsComeInPathOrderOncePerFact() throws {
        let nhpa = ExtractedEntity(name: "NHPA", type: .organization)
        let approve = ExtractedFact(subject: 0, predicate: "approve", object: .text("a plan"), sentence: 0)
        // Fact 1 names both local entities of z.txt (subject and object).
        let both = ExtractedFact(subject: 0, predicate: "become", object: .entity(1), sentence: 0)
        var s = Snapshot()
        s.apply([.upsert(info("z.txt", facts: 2), extraction([acme, nhpa], facts: [approve, both]))])
        s.apply([.upsert(info("m.txt", facts: 1), extraction([nhpa], facts: [approve]))])
        s.apply([.upsert(info("a.txt", facts: 1), extraction([acme], facts: [approve]))])
        let key = try #require(s.entityNumber(named: "NHPA"))
        let facts = s.entityFacts(key, offset: 0, limit: 10).page.items
        #expect(facts.map(\.evidence.document) == ["a.txt", "m.txt", "z.txt", "z.txt"])
        #expect(facts.map(\.predicate) == ["approve", "approve", "approve", "become"])
        // Replacing a document gives it a new number; its facts still come in path order.
        s.apply([.upsert(info("a.txt", facts: 1), extraction([acme], facts: [approve]))])
        #expect(s.entityFacts(key, offset: 0, limit: 10).page.items.map(\.evidence.document) == ["a.txt", "m.txt", "z.txt", "z.txt"])
        s.apply([.remove("z.txt")])
        #expect(s.entityFacts(key, offset: 0, limit: 10).page.items.map(\.evidence.document) == ["a.txt", "m.txt"])
    }

    @Test func generationCountsAppliedBatches() {
        var s = Snapshot()
        #expect(s.generation == 0)
        s.apply([.upsert(info("a.txt"), extraction([acme]))])
        s.apply([.upsert(info("b.txt"), extraction([])), .remove("a.txt")])
        #expect(s.generation == 2)
        #expect(s.documents.count == 1)
        #expect(s.entityCount == 0)
    }

    @Test func stagingInStepsIsOneGeneration() {
        let fact = ExtractedFact(subject: 0, predicate: "approve", object: .text("a plan"), sentence: 0)
        let changes: [DocumentChange] = [
            .upsert(info("a.txt", facts: 1), extraction([acme], facts: [fact])),
            .upsert(info("b.txt", facts: 2), extraction([acme], facts: [fact, fact])),
            .remove("a.txt"),
        ]
        var applied = Snapshot()
        applied.apply(changes)
        var staged = Snapshot()
        for change in changes { staged.stage([change]) }
        #expect(staged.generation == 0)
        staged.commit()
        #expect(staged.generation == applied.generation)
        #expect(staged.sortedPaths == applied.sortedPaths)
        #expect(staged.factCount == applied.factCount)
        #expect(staged.entityList(type: nil, query: nil) == applied.entityList(type: nil, query: nil))
    }

    @Test func replacingADocumentReplacesAllItsFacts() {
        let fact = ExtractedFact(subject: 0, predicate: "approve", object: .text("a plan"), sentence: 0)
        var s = Snapshot()
        s.apply([.upsert(info("a.txt", facts: 2), extraction([acme], facts: [fact, fact]))])
        let before = s
        s.apply([.upsert(info("a.txt", facts: 1), extraction([acme], facts: [fact]))])
        #expect(before.factCount == 2)
        #expect(s.factCount == 1)
        #expect(s.facts(matching: FactFilter(subject: "NHPA")).count == 1)
        // The old snapshot is untouched: readers holding it still see the old version whole.
        #expect(before.facts(matching: FactFilter(subject: "NHPA")).count == 2)
    }

    @Test func entitiesMergeAcrossDocumentsByAlias() {
        var s = Snapshot()
        s.apply([.upsert(info("a.txt"), extraction([acme]))])
        s.apply([.upsert(info("b.txt"), extraction([ExtractedEntity(name: "NHPA", type: .organization, mentions: 3)]))])
        #expect(s.entityCount == 1)
        let entity = s.entity(named: "nhpa")
        #expect(entity?.name == "Northern Harbor Port Authority")
        #expect(entity?.id == "northern-harbor-port-authority")
        #expect(entity?.mentions == 5)
        #expect(entity?.aliases == ["NHPA"])
        s.apply([.remove("a.txt")])
        #expect(s.entity(named: "NHPA")?.mentions == 3)
        s.apply([.remove("b.txt")])
        #expect(s.entity(named: "NHPA") == nil)
    }

    @Test func afterARemovalEntitiesAreAsIfTheRestWereLoadedAlone() {
        let acronymOnly = ExtractedEntity(name: "NHPA", type: .organization)
        let longOnly = ExtractedEntity(name: "Northern Harbor Port Authority", type: .organization)
        // a.txt links the two names; once it is gone, nothing says "NHPA" stands for the long name.
        var edited = Snapshot()
        edited.apply([.upsert(info("a.txt"), extraction([acme])), .upsert(info("b.txt"), extraction([acronymOnly]))])
        edited.apply([.remove("a.txt")])
        edited.apply([.upsert(info("c.txt"), extraction([longOnly]))])
        var fresh = Snapshot()
        fresh.apply([.upsert(info("b.txt"), extraction([acronymOnly])), .upsert(info("c.txt"), extraction([longOnly]))])
        for s in [edited, fresh] {
            #expect(s.entityCount == 2)
            #expect(s.entity(named: "NHPA")?.aliases == [])
            #expect(s.entity(named: "Northern Harbor Port Authority")?.id == "northern-harbor-port-authority")
        }
        #expect(edited.entityList(type: nil, query: nil) == fresh.entityList(type: nil, query: nil))
    }

    @Test func idsAreStableAcrossLoadOrder() {
        var one = Snapshot()
        one.apply([.upsert(info("a.txt"), extraction([acme]))])
        var two = Snapshot()
        two.apply([.upsert(info("z.txt"), extraction([ExtractedEntity(name: "X", type: .other)]))])
        two.apply([.upsert(info("a.txt"), extraction([acme]))])
        #expect(one.entity(named: "NHPA")?.id == two.entity(named: "NHPA")?.id)
        // Read in the other order, the acronym's document first: same name, same id.
        var three = Snapshot()
        three.apply([.upsert(info("0.txt"), extraction([ExtractedEntity(name: "NHPA", type: .organization)]))])
        three.apply([.upsert(info("a.txt"), extraction([acme]))])
        #expect(three.entity(named: "NHPA")?.id == "northern-harbor-port-authority")
        #expect(three.entity(named: "northern-harbor-port-authority")?.name == "Northern Harbor Port Authority")
    }

    @Test func skippedDocumentsAreListedButServeNothing() {
        var s = Snapshot()
        var skipped = info("x.png")
        skipped.skipped = "not a .txt or .md file"
        s.apply([.upsert(skipped, nil), .upsert(info("a.txt"), extraction([acme]))])
        #expect(s.documentInfos().map(\.path) == ["a.txt", "x.png"])
        #expect(s.servedCount == 1)
        #expect(s.document(at: "x.png")?.facts.isEmpty == true)
    }

    @Test func factFiltersCombine() {
        let quake = ExtractedEntity(name: "Alta Vista", type: .place)
        let time = TimeExpression(text: "on Monday", value: "2025-02-03", start: CalendarDate(year: 2025, month: 2, day: 3),
                                  end: CalendarDate(year: 2025, month: 2, day: 3))
        let facts = [
            ExtractedFact(subject: 0, predicate: "approve", object: .entity(1), time: time, sentence: 0),
            ExtractedFact(subject: 0, predicate: "reject", object: .text("the bid"), sentence: 1),
        ]
        var s = Snapshot()
        s.apply([.upsert(info("a.txt", facts: 2), extraction([acme, quake], facts: facts, sentences: ["NHPA approved Alta Vista.", "NHPA rejected the bid."]))])
        #expect(s.facts(matching: FactFilter(predicate: "APPROVE")).count == 1)
        #expect(s.facts(matching: FactFilter(object: "alta vista")).count == 1)
        #expect(s.facts(matching: FactFilter(object: "bid")).count == 1)
        #expect(s.facts(matching: FactFilter(from: CalendarDate(year: 2025, month: 2, day: 1), to: CalendarDate(year: 2025, month: 2, day: 28))).count == 1)
        #expect(s.facts(matching: FactFilter(from: CalendarDate(year: 2025, month: 3, day: 1))).isEmpty)
        #expect(s.facts(matching: FactFilter(text: "REJECTED")).count == 1)
        #expect(s.facts(matching: FactFilter(subject: "nobody")).isEmpty)
        #expect(s.facts(matching: FactFilter(predicate: "reject", document: "a.txt")).count == 1)
        let card = s.entityFacts(s.entityNumber(named: "NHPA")!, offset: 1, limit: 1)
        #expect(card.related.map(\.entity.name) == ["Alta Vista"])
        #expect(card.page.total == 2)
        #expect(card.page.items.map(\.predicate) == ["reject"])
        #expect(card.page.nextCursor == nil)
        let page = s.factPage(matching: FactFilter(subject: "NHPA"), offset: 0, limit: 1)
        #expect(page.total == 2)
        #expect(page.items.map(\.predicate) == ["approve"])
        #expect(page.nextCursor == "o1")
    }

    @Test func entityListFiltersAndRanks() {
        var s = Snapshot()
        s.apply([.upsert(info("a.txt"), extraction([
            ExtractedEntity(name: "Kabul", type: .place, mentions: 1),
            ExtractedEntity(name: "Nangahar", type: .place, mentions: 4),
            acme,
        ]))])
        #expect(s.entityList(type: .place, query: nil).map(\.name) == ["Nangahar", "Kabul"])
        #expect(s.entityList(type: nil, query: "nhp").map(\.name) == ["Northern Harbor Port Authority"])
        #expect(s.entityList(type: .person, query: nil).isEmpty)
    }

    @Test func searchRanksTheBetterSentenceFirst() {
        var s = Snapshot()
        s.apply([.upsert(info("a.txt"), extraction([], sentences: [
            "The harbor handled containers.", "Floods damaged bridges and homes in the valley.", "Bridges were repaired.",
        ]))])
        let hits = s.search("bridges repaired", limit: 10)
        #expect(hits.first?.text == "Bridges were repaired.")
        #expect(hits.count == 2)
        #expect(s.search("nothing-like-this", limit: 10).isEmpty)
        #expect(s.search("bridge", limit: 1).count == 1)
    }

    @Test func searchSpansDocumentsAndForgetsRemovedOnes() {
        var s = Snapshot()
        s.apply([
            .upsert(info("a.txt"), extraction([], sentences: ["The ferry service resumed.", "The ferry was late."])),
            .upsert(info("b.txt"), extraction([], sentences: ["A ferry sank near the harbor.", "Nobody was hurt."])),
        ])
        // The rarer term decides: "sank" is in one sentence, "ferry" in three.
        #expect(s.search("ferry sank", limit: 10).map(\.document) == ["b.txt", "a.txt", "a.txt"])
        #expect(s.search("ferries", limit: 10).count == 3)  // plural stems to the same term
        s.apply([.remove("b.txt")])
        #expect(s.search("sank", limit: 10).isEmpty)
        #expect(s.search("ferry", limit: 10).map(\.text) == ["The ferry service resumed.", "The ferry was late."])  // a tie goes by position
    }

    @Test func manyFactsPageTheSameAfterTheFirstAskAndFollowChanges() throws {
        let port = ExtractedEntity(name: "Eastgate", type: .place)
        let facts = (0..<70).map { _ in ExtractedFact(subject: 0, predicate: "ship", object: .entity(1), sentence: 0) }
        var s = Snapshot()
        s.apply([.upsert(info("a.txt", facts: 70), extraction([acme, port], facts: facts))])
        let key = try #require(s.entityNumber(named: "NHPA"))
        let first = s.entityFacts(key, offset: 0, limit: 50)
        let again = s.entityFacts(key, offset: 50, limit: 50)
        #expect(first.page.total == 70 && again.page.total == 70)
        #expect(first.page.items.count == 50 && again.page.items.count == 20)
        #expect(Set(first.page.items.map(\.id)).isDisjoint(with: again.page.items.map(\.id)))
        #expect(first.related.map(\.entity.name) == ["Eastgate"] && first.related.first?.count == 70)
        // A new snapshot sees the new document's facts, not the old snapshot's answer.
        s.apply([.upsert(info("b.txt", facts: 5), extraction([acme, port], facts: Array(facts.prefix(5))))])
        #expect(s.entityFacts(key, offset: 0, limit: 10).page.total == 75)
        #expect(s.entityFacts(key, offset: 0, limit: 10).related.first?.count == 75)
    }

    @Test func pagesAndCursors() {
        let page = Page(slicing: Array(0..<250), offset: 0, limit: 100)
        #expect(page.items.count == 100)
        #expect(page.total == 250)
        let next = PageCursor(page.nextCursor!)!
        let last = Page(slicing: Array(0..<250), offset: next.offset + 100, limit: 100)
        #expect(last.items == Array(200..<250))
        #expect(last.nextCursor == nil)
        #expect(PageCursor("garbage") == nil)
    }

    @Test(arguments: [("ISIS-K", "isis-k"), ("The Taliban", "taliban"), ("U.S.", "us"), ("Institute for Economics & Peace", "institute-for-economics-peace"), ("Taliban’s", "talibans")])
    func entityIds(_ name: String, _ id: String) {
        #expect(EntityKey.id(for: name) == id)
    }

    @Test(arguments: [("Northern  Harbor--Port Authority", "northern harbor port authority"), ("the", "the"), ("The ", "the"),
                      ("THE NHPA", "nhpa"), ("O'Brien", "obrien"), ("al-Qaida", "al qaida"), ("Zürich", "zürich"),
                      ("The Théâtre du Soleil", "théâtre du soleil"), ("ΑΘΗΝΑ", "αθηνα"), ("", ""), ("...", ""),
                      // A company's legal form goes; a one-word name and a longer last word stay.
                      ("Halvorsen Energy ASA", "halvorsen energy"), ("Nestlé S.A.", "nestlé"), ("Acme Corp.", "acme"),
                      ("Siemens AG", "siemens"), ("The Tarrow Group plc", "tarrow group"), ("AG", "ag"), ("Inc", "inc"),
                      ("Ferro Incorporated", "ferro incorporated"), ("Casa Blanca", "casa blanca"), ("Spa Town Ltd", "spa town"),
                      // Across the eight-byte steps of the ASCII path.
                      ("Center for Strategic and International Studies", "center for strategic and international studies"),
                      ("St. John's Ambulance Brigade (UK)", "st johns ambulance brigade uk"), ("A.B.C.D.E.F.G.H.I.J", "abcdefghij"),
                      ("   Leading  spaces and trailing...   ", "leading spaces and trailing"), ("ABCDEFGHIJKLMNOP-qrstuvwx", "abcdefghijklmnop qrstuvwx")])
    func entityKeys(_ name: String, _ key: String) {
        #expect(EntityKey.normalize(name) == key)
        // The stack-buffer form gives the same key for ASCII names and declines the others.
        let bytes = Array(name.utf8)
        let onStack = bytes.withUnsafeBufferPointer { EntityKey.withASCIIKey($0) { String(decoding: $0, as: UTF8.self) } }
        #expect(onStack == (name.utf8.allSatisfy { $0 < 0x80 } ? key : nil))
        // The hash made in one pass is the hash of the key.
        #expect(EntityKey.hash(name) == FNV1a.hash(key.utf8))
    }

    /// The one-pass hash agrees with the key around the leading "the " it drops.
    @Test(arguments: ["The Taliban", "the", "The", "thea", "Theo Walcott", "The  X", "THE NHPA", "the the", "T.H.E. Group",
                      "Them", "the-x", "a", "ab", "abc", "abcd", "abcde", "  The Hague  ", "U.S.", "Kabul", "Center for Strategic and International Studies",
                      "Halvorsen Energy ASA", "Acme Corp.", "x sa", " ag", "a  inc", "Siemens AG "])
    func entityHashesAreTheKeysHashes(_ name: String) {
        #expect(EntityKey.hash(name) == FNV1a.hash(EntityKey.normalize(name).utf8), "\(EntityKey.normalize(name))")
    }
}
