@testable import FactExtraction
import Testing

@Suite struct NumberParserTests {
    @Test func digitsWithSeparatorsAndSuffixes() {
        let cases: [(text: String, value: Double?, suffix: String)] = [
            ("1,500", 1500, ""), ("2,200", 2200, ""), ("3.14", 3.14, ""), ("4th", 4, "th"), ("1990s", 1990, "s"),
            ("5km", 5, "km"), ("10bn", 10, "bn"), ("12", 12, ""),
            ("", nil, ""), ("usd", nil, ""), ("5km2", nil, ""), ("1:30", nil, ""), ("2.5e3", nil, ""),
            ("٣", nil, ""), ("12½", nil, ""), ("5°", nil, ""), ("7ème", 7, "ème"),
            ("007", 7, ""), ("999,999,999,999,999", 999_999_999_999_999, ""), ("1234567890123456", 1_234_567_890_123_456, ""),
            (".5", 0.5, ""), (".", nil, ""), ("0", 0, ""), ("2021", 2021, ""), ("1990s", 1990, "s"),
        ]
        for c in cases {
            let read = NumberParser.digits(c.text)
            #expect(read?.value == c.value, "\(c.text)")
            if c.value != nil { #expect(read?.suffix == c.suffix, "\(c.text)") }
        }
    }
}
