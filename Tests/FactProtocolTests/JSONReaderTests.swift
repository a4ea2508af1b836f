import FactProtocol
import Foundation
import Testing

@Suite("JSON reader: RFC 8259, the same values as Foundation's decoder")
struct JSONReaderTests {
    static let valid: [String] = [
        #"{"jsonrpc":"2.0","id":7,"method":"search","params":{"query":"flood","limit":5}}"#,
        #"  [1, -2, 3.5, -0.25, 1e3, 2E-2, 0, -0, 12345678901234567890, 1.7976931348623157e308]  "#,
        #"{"a":{"b":{"c":[[],{},[{}]]}},"e":"","t":true,"f":false,"n":null}"#,
        #""plain""#,
        #""esc \" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u6771 \ud83d\ude00 end""#,
        "\"raw UTF-8: é 東京 😀\"",
        "\t\n\r {\"spaced\" : [ 1 , 2 ] } \n",
        #"{"dup":1,"dup":2}"#,
        "123", "-7.5e+2", "true", "null",
    ]

    @Test(arguments: valid)
    func readsWhatFoundationReads(_ text: String) throws {
        let expected = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(try JSONReader.parse(Array(text.utf8)) == expected)
    }

    static let invalid: [(String, JSONReader.Failure.Reason)] = [
        ("", .syntax), ("   ", .syntax), ("{", .syntax), ("[1,]", .syntax), (#"{"a":1,}"#, .syntax),
        (#"{"a" 1}"#, .syntax), ("{a:1}", .syntax), ("01", .syntax), ("1.", .syntax), (".5", .syntax),
        ("1e", .syntax), ("-", .syntax), ("+1", .syntax), ("tru", .syntax), ("nul", .syntax), ("NaN", .syntax),
        ("[1] [2]", .syntax), (#""unterminated"#, .syntax), ("\"tab\there\"", .syntax), (#""\x""#, .syntax),
        (#""\u12""#, .syntax), (#""\ud800""#, .syntax), (#""\udc00""#, .syntax), (#""\ud800\u0041""#, .syntax),
        ("// comment\n1", .syntax), ("'single'", .syntax),
    ]

    @Test(arguments: invalid)
    func refusesWhatIsNotJSON(_ text: String, _ reason: JSONReader.Failure.Reason) {
        #expect(throws: JSONReader.Failure.self) { try JSONReader.parse(Array(text.utf8)) }
        do {
            _ = try JSONReader.parse(Array(text.utf8))
        } catch {
            #expect(error.reason == reason, "\(text)")
        }
    }

    @Test func refusesInvalidUTF8InStrings() {
        for bytes: [UInt8] in [[0x22, 0xFF, 0x22], [0x22, 0xC3, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x5B, 0xFF, 0x5D]] {
            do {
                _ = try JSONReader.parse(bytes)
                Issue.record("accepted \(bytes)")
            } catch {
                #expect(error.reason == .invalidUTF8, "\(bytes)")
            }
        }
    }

    @Test func limitsNesting() throws {
        let deepest = String(repeating: "[", count: JSONReader.maximumDepth) + String(repeating: "]", count: JSONReader.maximumDepth)
        #expect(try JSONReader.parse(Array(deepest.utf8)) != .null)
        let tooDeep = String(repeating: "[", count: 100_000)
        do {
            _ = try JSONReader.parse(Array(tooDeep.utf8))
            Issue.record("accepted 100,000 open brackets")
        } catch {
            #expect(error.reason == .tooDeep)
        }
    }

    @Test func numbersKeepTheirValue() throws {
        #expect(try JSONReader.parse(Array("9007199254740993".utf8)) == .number(9007199254740992))
        #expect(try JSONReader.parse(Array("-0".utf8)) == .number(0))
        #expect(try JSONReader.parse(Array("0.1".utf8)) == .number(0.1))
        #expect(try JSONReader.parse(Array("123456789012345".utf8)) == .number(123456789012345))
    }
}
