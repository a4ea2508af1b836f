@testable import FactExtraction
import Testing

@Suite struct ClockReadingTests {
    @Test func readsHoursMinutesAndSuffixes() {
        let cases: [(text: String, hour: Int, minute: Int, hasMinutes: Bool, suffix: String)] = [
            ("14:20", 14, 20, true, ""), ("9pm", 9, 0, false, "pm"), ("11:30am", 11, 30, true, "am"),
            ("7", 7, 0, false, ""), ("0", 0, 0, false, ""), ("23:59:30", 23, 59, true, ""),
            ("12am", 12, 0, false, "am"), ("007", 7, 0, false, ""), ("9:05pm", 9, 5, true, "pm"),
            ("14:20s", 14, 0, true, ""),
        ]
        for c in cases {
            let reading = ClockReading(c.text)
            #expect(reading?.hour == c.hour, "\(c.text)")
            #expect(reading?.minute == c.minute, "\(c.text)")
            #expect(reading?.hasMinutes == c.hasMinutes, "\(c.text)")
            #expect(reading?.suffix == c.suffix, "\(c.text)")
        }
    }

    @Test func rejectsWhatIsNotAnHour() {
        for text in ["24", "25:00", "1,500", "3.5", "4th", "1990s", "99999999999999999999", "am", ""] {
            #expect(ClockReading(text) == nil, "\(text)")
        }
    }
}
