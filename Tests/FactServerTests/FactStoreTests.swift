import FactModel
import FactProtocol
import FactServer
import Testing

@Suite struct FactStoreTests {
    func upsert(_ path: String) -> DocumentChange {
        let date = CalendarDate(year: 2024, month: 1, day: 1)
        return .upsert(DocumentInfo(path: path, bytes: 1, modified: "2024-01-01T00:00:00Z", date: date),
                       DocumentExtraction(date: date, text: "x"))
    }

    /// A staged snapshot is published with only the paths of its changes, each told as added,
    /// modified or removed against what was served before.
    @Test func publishingAStagedSnapshotTellsWhatChanged() async throws {
        let store = FactStore()
        store.apply([upsert("a.txt"), upsert("b.txt")])
        let (_, stream) = store.subscribe()
        var staged = store.snapshot
        staged.stage([upsert("a.txt"), upsert("c.txt"), .remove("b.txt"), .remove("never.txt")])
        let changed = [ChangedPath(path: "a.txt", removed: false), ChangedPath(path: "c.txt", removed: false),
                       ChangedPath(path: "b.txt", removed: true), ChangedPath(path: "never.txt", removed: true)]
        let generation = try #require(store.publish(staged: staged, changed: changed))
        #expect(generation == 2 && store.snapshot.generation == 2)
        #expect(store.snapshot.documents.keys.sorted() == ["a.txt", "c.txt"])
        var notifications = stream.makeAsyncIterator()
        let note = try #require(await notifications.next())
        #expect(note.generation == 2)
        #expect(note.documents.map(\.path) == ["a.txt", "c.txt", "b.txt"])
        #expect(note.documents.map(\.change) == [.modified, .added, .removed])
        // Nothing changed: no new generation.
        #expect(store.publish(staged: store.snapshot, changed: []) == nil)
        #expect(store.snapshot.generation == 2)
    }
}
