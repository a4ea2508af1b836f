#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// A document that stops the extractor stops factd once; the next start skips that version of
/// it, serves the rest, and reads it again when it changes.
@Suite("Documents that stop the extractor")
struct QuarantineTests {
    @Test func aDocumentThatStoppedTheExtractorIsSkippedUntilItChanges() throws {
        let seeds = try Fixtures.folder()
        let state = try TemporaryFolder()
        let marker = "TRAP-\(UInt32.random(in: 0...UInt32.max))"
        try seeds.write("bad.txt", "Velto Motors said on Monday that \(marker) would follow.\n")
        let arguments = ["--state-directory", state.path]
        let environment = ["FACTD_TEST_TRAP_MARKER": marker, "SWIFT_BACKTRACE": "enable=no"]

        // The first start dies in the extractor (a debug build traps on the marker) …
        let first = try DaemonProcess(seeds: seeds, arguments: arguments, waitForReady: false, environment: environment)
        #expect(first.waitForExit(seconds: 30))
        #expect(first.exitStatus != 0)
        let recorded = try String(contentsOfFile: state.path + "/extraction-stopped", encoding: .utf8)
        #expect(recorded.hasSuffix(seeds.path + "/bad.txt\n"), "\(recorded)")

        // … the next serves the others and lists the document as skipped, with why.
        let second = try DaemonProcess(seeds: seeds, arguments: arguments, environment: environment)
        #expect(try second.call("status").result()["documents"] as? Int == 3)
        let docs = try #require(try second.call("documents.list").result()["documents"] as? [[String: Any]])
        let bad = try #require(docs.first { $0["path"] as? String == "bad.txt" })
        #expect((bad["skipped"] as? String)?.contains("stopped the extractor") == true)

        // An edit makes a new version, which is read again.
        try seeds.write("bad.txt", "Velto Motors said on Monday that profits would follow.\n")
        try DaemonProcess.eventually(timeout: 10, "the edited document served") {
            try second.call("status").result()["documents"] as? Int == 4
        }
        #expect(second.stop() == 0)
    }

    @Test func quarantineLinesAreReadStrictly() throws {
        let state = try TemporaryFolder()
        try state.write("extraction-stopped", "12 345 /srv/news/a.txt\nnot a line\n12 x /srv/b.txt\n7 8 relative.txt\n")
        let seeds = try Fixtures.folder()
        let daemon = try DaemonProcess(seeds: seeds, arguments: ["--state-directory", state.path, "--log-level", "error"])
        #expect(try daemon.call("status").result()["documents"] as? Int == 3)
        #expect(daemon.stop() == 0)
        #expect(daemon.errorOutput().contains("1 document version(s) stopped the extractor"))
    }
}
