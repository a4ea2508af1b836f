/// A clock time written as one number token, read from its lowercased text: "14:20", "9pm",
/// "11:30am", "7" (an hour alone, which needs "am", "pm" or "o'clock" from the words around it).
struct ClockReading: Equatable {
    var hour: Int
    var minute: Int
    /// Minutes were written ("14:20"), so the token is a time even without "am" or "pm".
    var hasMinutes: Bool
    /// "am" or "pm" when written onto the number, else empty.
    var suffix: String

    /// Nil when the text is not an hour below 24, optionally followed by ":" and minutes.
    init?(_ word: String) {
        var word = word
        guard let reading = word.withUTF8({ ClockReading.read($0) }) else { return nil }
        self = reading
    }

    private init(hour: Int, minute: Int, hasMinutes: Bool, suffix: String) {
        (self.hour, self.minute, self.hasMinutes, self.suffix) = (hour, minute, hasMinutes, suffix)
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> ClockReading? {
        var end = bytes.count
        var suffix = ""
        if end >= 2, bytes[end - 1] == 0x6D, bytes[end - 2] == 0x61 || bytes[end - 2] == 0x70 {  // "am", "pm"
            suffix = bytes[end - 2] == 0x61 ? "am" : "pm"
            end -= 2
        }
        // The hour: digits up to the first colon, nothing else.
        var hour = 0
        var k = 0
        while k < end, bytes[k] != 0x3A {
            guard bytes[k] &- 0x30 < 10 else { return nil }
            hour = hour * 10 + Int(bytes[k] &- 0x30)
            guard hour < 24 else { return nil }
            k += 1
        }
        guard k > 0 else { return nil }
        guard k < end else { return ClockReading(hour: hour, minute: 0, hasMinutes: false, suffix: suffix) }
        // The minutes: the digits up to the next colon; anything else there reads as zero.
        k += 1
        var minute = 0
        var digits = 0
        while k < end, bytes[k] != 0x3A {
            guard bytes[k] &- 0x30 < 10, digits < 18 else { minute = 0; break }
            minute = minute * 10 + Int(bytes[k] &- 0x30)
            digits += 1
            k += 1
        }
        return ClockReading(hour: hour, minute: minute, hasMinutes: true, suffix: suffix)
    }
}
