@testable import FactServer
import Testing

/// Paths given to factd are made absolute and plain before they are used or shown.
@Suite("Daemon paths")
struct DaemonConfigurationTests {
    @Test(arguments: [
        ("/srv//news/./a/../b/", "/srv/news/b"), ("/", "/"), ("/..", "/"), ("/a/b/../../..", "/"),
        ("/run/factd/factd.sock", "/run/factd/factd.sock"), ("/a b/%20c", "/a b/%20c"),
    ])
    func lexicallyNormal(_ given: String, _ expected: String) {
        #expect(DaemonConfiguration.lexicallyNormal(given) == expected)
    }

    /// A path that does not exist is still made absolute and plain; one that does has its links resolved.
    @Test func absolutePaths() {
        #expect(DaemonConfiguration.absolute("/nonexistent-factd-test//x/./y/..") == "/nonexistent-factd-test/x")
        #expect(DaemonConfiguration.absolute("/") == "/")
        let relative = DaemonConfiguration.absolute("nonexistent-factd-test/seeds")
        #expect(relative.hasPrefix("/") && relative.hasSuffix("/nonexistent-factd-test/seeds") && !relative.contains("//"))
    }
}
