/// Shared by the test targets: JSON literal checks for wire types.
import Foundation
import Testing

/// Encodes `value` with sorted keys and compares it with `json` (whitespace-insensitive),
/// then decodes `json` and compares it with `value`.
public func checkCoding<T: Codable & Equatable>(_ value: T, json: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let encoded = String(decoding: try encoder.encode(value), as: UTF8.self)
    let expected = try canonical(json)
    #expect(encoded == expected, sourceLocation: sourceLocation)
    let decoded = try JSONDecoder().decode(T.self, from: Data(json.utf8))
    #expect(decoded == value, sourceLocation: sourceLocation)
}

/// `json` re-encoded with sorted keys, so literals can be written readably.
public func canonical(_ json: String) throws -> String {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
    return String(decoding: data, as: UTF8.self)
}
