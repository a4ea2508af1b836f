import Logging
import SystemdSupport
import Testing

@Suite("sd_notify messages")
struct NotifyMessageTests {
    @Test func formats() {
        #expect(NotifyMessage.ready().description == "READY=1")
        #expect(NotifyMessage.ready(status: "5 documents").description == "READY=1\nSTATUS=5 documents")
        #expect(NotifyMessage.status("a\nb").description == "STATUS=a b")
        #expect(NotifyMessage.reloading(monotonicMicroseconds: 1234).description == "RELOADING=1\nMONOTONIC_USEC=1234")
        #expect(NotifyMessage.stopping.description == "STOPPING=1")
        #expect(NotifyMessage.watchdog.description == "WATCHDOG=1")
        #expect(NotifyMessage.mainPID(42).description == "MAINPID=42")
    }

    @Test func monotonicClockMoves() {
        let a = Notifier.monotonicMicroseconds()
        let b = Notifier.monotonicMicroseconds()
        #expect(a > 0 && b >= a)
    }
}

@Suite("Journal fields")
struct JournalFieldTests {
    @Test func mapping() {
        let fields = JournalLogHandler.fields(
            message: "applied changes", level: .warning, metadata: ["generation": "7", "document": "a/b.txt", "odd-key.x": "1"],
            file: "FactServer/IngestService.swift", line: 120, function: "publish(_:)", identifier: "factd")
        #expect(fields.map { $0.0 + "=" + $0.1 } == [
            "MESSAGE=applied changes", "PRIORITY=4", "CODE_FILE=FactServer/IngestService.swift", "CODE_LINE=120",
            "CODE_FUNC=publish(_:)", "SYSLOG_IDENTIFIER=factd", "FACTD_DOCUMENT=a/b.txt", "FACTD_GENERATION=7",
            "FACTD_ODD_KEY_X=1",
        ])
    }

    @Test(arguments: [(Logger.Level.critical, 2), (.error, 3), (.warning, 4), (.notice, 5), (.info, 6), (.debug, 7), (.trace, 7)])
    func priorities(_ level: Logger.Level, _ priority: Int) {
        #expect(JournalLogHandler.priority(level) == priority)
    }
}
