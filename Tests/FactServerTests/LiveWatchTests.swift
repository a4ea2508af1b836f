#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Changes in the seeds folder reach queries quickly and atomically per file.
@Suite("Live watch", .serialized)
struct LiveWatchTests {
    let daemon: DaemonProcess
    var seeds: TemporaryFolder { daemon.seeds }

    init() throws {
        daemon = try DaemonProcess(seeds: try Fixtures.folder(), arguments: ["--max-file-bytes", "4096"])
    }

    func paths() throws -> [String] {
        let r = try daemon.call("documents.list").result()
        return (r["documents"] as? [[String: Any]])?.compactMap { $0["path"] as? String } ?? []
    }

    func hasEntity(_ name: String) -> Bool {
        (try? daemon.call("entities.get", ["name": name]).result()) != nil
    }

    /// The bound is 100 ms; the check is generous so a loaded CI machine does not flake.
    static let bound = 1.0

    @Test func addedFileIsVisibleQuickly() throws {
        let start = Date()
        try seeds.write("orbit.txt", "Orbital Dynamics Ltd launched a satellite from Kourou on Monday.\n")
        try DaemonProcess.eventually(timeout: Self.bound, "new entity visible") { hasEntity("Orbital Dynamics Ltd") }
        #expect(Date().timeIntervalSince(start) < Self.bound)
    }

    @Test func modifiedFileReplacesItsFacts() throws {
        try seeds.write("flood.txt", "The Coastal Guard rescued 40 sailors near Brest.\n")
        try DaemonProcess.eventually(timeout: Self.bound, "old facts gone, new ones in") {
            !hasEntity("Tomas Ibarra") && hasEntity("Coastal Guard")
        }
    }

    @Test func renameDeleteAndAtomicSave() throws {
        let base = seeds.path
        #expect(rename(base + "/world/quake.txt", base + "/world/kabul.txt") == 0)
        try DaemonProcess.eventually(timeout: Self.bound, "rename seen") { try paths().contains("world/kabul.txt") && !paths().contains("world/quake.txt") }
        #expect(unlink(base + "/world/kabul.txt") == 0)
        try DaemonProcess.eventually(timeout: Self.bound, "delete seen") { try !paths().contains("world/kabul.txt") }
        // Editors save by writing a temporary file and renaming it over the original.
        try seeds.write(".harbor.md.swp", "scratch")
        try seeds.write("harbor.md~", "backup")
        try seeds.write(".harbor.md.tmp", "The Meridian Shipping Group bought two cranes on Tuesday.\n")
        #expect(rename(base + "/.harbor.md.tmp", base + "/harbor.md") == 0)
        try DaemonProcess.eventually(timeout: Self.bound, "atomic save seen") { hasEntity("Meridian Shipping Group") && !hasEntity("Valdane Construction") }
        let listed = try paths()
        #expect(!listed.contains { $0.hasPrefix(".") || $0.hasSuffix("~") })
    }

    @Test func newSubfolderJoinsTheWatch() throws {
        try FileManager.default.createDirectory(atPath: seeds.path + "/reports/2025", withIntermediateDirectories: true)
        try seeds.write("reports/2025/a.md", "# Update\n\nThe Aurora Research Institute hired 12 engineers.\n")
        try DaemonProcess.eventually(timeout: Self.bound, "file in new folder seen") { hasEntity("Aurora Research Institute") }
        try seeds.write("reports/2025/b.txt", "The Boreal Mining Company closed a mine in Kiruna.\n")
        try DaemonProcess.eventually(timeout: Self.bound, "later file in new folder seen") { hasEntity("Boreal Mining Company") }
        // A folder moved in from outside brings its files along.
        let outside = try TemporaryFolder()
        try outside.write("moved/c.txt", "The Cobalt Energy Agency opened an office in Oslo.\n")
        #expect(rename(outside.path + "/moved", seeds.path + "/moved") == 0)
        try DaemonProcess.eventually(timeout: Self.bound, "moved-in folder seen") { hasEntity("Cobalt Energy Agency") }
        // And a folder moved out takes its documents away.
        #expect(rename(seeds.path + "/reports", outside.path + "/reports") == 0)
        try DaemonProcess.eventually(timeout: Self.bound, "moved-out folder gone") { !hasEntity("Aurora Research Institute") }
        // A folder deleted with everything in it (rm -r) takes its documents away, and only those.
        try FileManager.default.removeItem(atPath: seeds.path + "/moved")
        try DaemonProcess.eventually(timeout: Self.bound, "deleted folder gone") { !hasEntity("Cobalt Energy Agency") }
        #expect(try daemon.call("status").result()["documents"] as? Int == 3)
    }

    @Test func skippedFilesAreListedWithReasons() throws {
        try seeds.write("photo.png", Data([0x89, 0x50, 0x4E, 0x47]))
        try seeds.write("huge.txt", String(repeating: "word ", count: 2000))
        try seeds.write("broken.txt", Data([0x41, 0x63, 0x6D, 0x65, 0x20, 0xFF, 0x20, 0x43, 0x6F, 0x2E, 0x0A]))
        let outside = try TemporaryFolder()
        try outside.write("secret.txt", "Secret Corp.\n")
        #expect(symlink(outside.path + "/secret.txt", seeds.path + "/link.txt") == 0)
        try DaemonProcess.eventually(timeout: Self.bound, "all four listed") { try paths().count == 7 }
        let docs = try #require(try daemon.call("documents.list").result()["documents"] as? [[String: Any]])
        func doc(_ p: String) -> [String: Any]? { docs.first { $0["path"] as? String == p } }
        #expect(doc("photo.png")?["skipped"] as? String == "not a .txt or .md file")
        #expect((doc("huge.txt")?["skipped"] as? String)?.contains("size limit") == true)
        #expect((doc("link.txt")?["skipped"] as? String)?.contains("outside the seeds folder") == true)
        #expect(doc("broken.txt")?["skipped"] == nil)
        #expect((doc("broken.txt")?["warning"] as? String)?.contains("UTF-8") == true)
        #expect(try daemon.call("status").result()["documents"] as? Int == 4)  // served: harbor, flood, quake, broken
    }

    @Test func burstsAreCoalesced() throws {
        let before = try daemon.call("status").result()["generation"] as! Int
        let staging = try TemporaryFolder()
        for i in 0..<2000 { try staging.write("d\(i).txt", "Firm \(i) Holdings hired \(i + 1) workers in Oslo.\n") }
        // Copy all files in, as `cp` would.
        for i in 0..<2000 {
            let data = try Data(contentsOf: URL(fileURLWithPath: staging.path + "/d\(i).txt"))
            try seeds.write("burst/d\(i).txt", data)
        }
        try DaemonProcess.eventually(timeout: 30, "all 2000 served") { try daemon.call("status").result()["documents"] as? Int == 2003 }
        let after = try daemon.call("status").result()["generation"] as! Int
        #expect(after - before < 400, "2000 files took \(after - before) rebuilds")
    }

    @Test func seedsFolderDeletedAndRecreated() throws {
        try FileManager.default.removeItem(atPath: seeds.path)
        try DaemonProcess.eventually(timeout: 5, "documents gone") { try daemon.call("status").result()["documents"] as? Int == 0 }
        let warnings = try daemon.call("status").result()["warnings"] as? [String] ?? []
        #expect(warnings.contains { $0.contains("missing") })
        try FileManager.default.createDirectory(atPath: seeds.path, withIntermediateDirectories: true)
        try seeds.write("back.txt", "The Phoenix Trust reopened in Leeds.\n")
        try DaemonProcess.eventually(timeout: 5, "back") { hasEntity("Phoenix Trust") }
        #expect(try daemon.call("status").result()["warnings"] as? [String] == [])
        try seeds.write("again.txt", "The Harrow Foundation donated 5 vans.\n")
        try DaemonProcess.eventually(timeout: Self.bound, "watched again") { hasEntity("Harrow Foundation") }
    }
}
