/// Reads one JSON text (RFC 8259) from UTF-8 bytes into a ``JSONValue``.
///
/// Every request line goes through here. Foundation's decoder can only reach an untyped value by
/// trying each type in turn and throwing on each miss, which cost a quarter of a busy daemon's
/// time; this reads the bytes once. Strict: no comments, trailing commas, leading zeros, lone
/// surrogates or invalid UTF-8; nesting deeper than ``maximumDepth`` is refused rather than
/// overflowing the stack. A repeated key keeps its first value, as Foundation's decoder does.
public struct JSONReader {
    /// What went wrong, and where (a byte offset into the input).
    public struct Failure: Error, Sendable, Hashable {
        public enum Reason: Sendable, Hashable {
            case invalidUTF8
            case tooDeep
            case syntax
        }
        public var reason: Reason
        public var offset: Int
    }

    /// Deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 256

    /// Parses `bytes` as one JSON value, with only whitespace around it.
    public static func parse(_ bytes: some Collection<UInt8>) throws(Failure) -> JSONValue {
        let array = bytes as? [UInt8] ?? Array(bytes)
        return try array.withUnsafeBufferPointer { (buffer) throws(Failure) -> JSONValue in
            var reader = Cursor(bytes: buffer)
            reader.skipWhitespace()
            let value = try reader.value(depth: 0)
            reader.skipWhitespace()
            guard reader.index == buffer.count else { throw reader.failure(.syntax) }
            return value
        }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        func failure(_ reason: Failure.Reason) -> Failure { Failure(reason: reason, offset: index) }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        mutating func expect(_ literal: StaticString) throws(Failure) {
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { throw failure(.syntax) }
            let start = literal.utf8Start
            for i in 0..<count where bytes[index + i] != start[i] { throw failure(.syntax) }
            index += count
        }

        mutating func value(depth: Int) throws(Failure) -> JSONValue {
            guard let byte = current else { throw failure(.syntax) }
            switch byte {
            case UInt8(ascii: "{"):
                guard depth < JSONReader.maximumDepth else { throw failure(.tooDeep) }
                return try object(depth: depth + 1)
            case UInt8(ascii: "["):
                guard depth < JSONReader.maximumDepth else { throw failure(.tooDeep) }
                return try array(depth: depth + 1)
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"):
                try expect("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try expect("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try expect("null")
                return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return .number(try number())
            default:
                throw failure(byte >= 0x80 && !validUTF8(at: index) ? .invalidUTF8 : .syntax)
            }
        }

        mutating func object(depth: Int) throws(Failure) -> JSONValue {
            index += 1  // {
            var members: [String: JSONValue] = [:]
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw failure(.syntax) }
                let key = try string()
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { throw failure(.syntax) }
                index += 1
                skipWhitespace()
                let member = try value(depth: depth)
                if members[key] == nil { members[key] = member }
                skipWhitespace()
                switch current {
                case UInt8(ascii: ",")?: index += 1
                case UInt8(ascii: "}")?:
                    index += 1
                    return .object(members)
                default: throw failure(.syntax)
                }
            }
        }

        mutating func array(depth: Int) throws(Failure) -> JSONValue {
            index += 1  // [
            var elements: [JSONValue] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            }
            while true {
                skipWhitespace()
                elements.append(try value(depth: depth))
                skipWhitespace()
                switch current {
                case UInt8(ascii: ",")?: index += 1
                case UInt8(ascii: "]")?:
                    index += 1
                    return .array(elements)
                default: throw failure(.syntax)
                }
            }
        }

        mutating func number() throws(Failure) -> Double {
            let start = index
            if current == UInt8(ascii: "-") { index += 1 }
            guard let first = current, isDigit(first) else { throw failure(.syntax) }
            index += 1
            if first != UInt8(ascii: "0") {
                while let b = current, isDigit(b) { index += 1 }
            }
            if current == UInt8(ascii: ".") {
                index += 1
                guard let b = current, isDigit(b) else { throw failure(.syntax) }
                while let b = current, isDigit(b) { index += 1 }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard let b = current, isDigit(b) else { throw failure(.syntax) }
                while let b = current, isDigit(b) { index += 1 }
            }
            // Small integers, the usual case (ids, limits), without going through text.
            let digits = UnsafeBufferPointer(rebasing: bytes[start..<index])
            if digits.count <= 15, !digits.contains(where: { !isDigit($0) && $0 != UInt8(ascii: "-") }) {
                var n = 0
                for b in digits where b != UInt8(ascii: "-") { n = n * 10 + Int(b &- UInt8(ascii: "0")) }
                return digits.first == UInt8(ascii: "-") ? -Double(n) : Double(n)
            }
            guard let value = Double(String(decoding: digits, as: UTF8.self)) else { throw failure(.syntax) }
            return value
        }

        func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

        mutating func string() throws(Failure) -> String {
            index += 1  // opening quote
            let start = index
            // Fast path: no escapes, plain ASCII or valid UTF-8 copied in one go.
            var ascii = true
            while index < bytes.count {
                let b = bytes[index]
                if b == UInt8(ascii: "\"") {
                    let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    index += 1
                    if ascii { return String(decoding: run, as: UTF8.self) }
                    guard let text = String(validating: run, as: UTF8.self) else {
                        throw Failure(reason: .invalidUTF8, offset: start)
                    }
                    return text
                }
                if b == UInt8(ascii: "\\") { break }
                if b < 0x20 { throw failure(.syntax) }
                if b >= 0x80 { ascii = false }
                index += 1
            }
            // Escapes: decode into bytes.
            var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            while true {
                guard index < bytes.count else { throw failure(.syntax) }
                let b = bytes[index]
                switch b {
                case UInt8(ascii: "\""):
                    index += 1
                    guard let text = String(validating: out, as: UTF8.self) else {
                        throw Failure(reason: .invalidUTF8, offset: start)
                    }
                    return text
                case UInt8(ascii: "\\"):
                    index += 1
                    guard let e = current else { throw failure(.syntax) }
                    index += 1
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800..<0xDC00).contains(scalar) {
                            // A high surrogate must be followed by an escaped low one.
                            try expect("\\u")
                            let low = try hex4()
                            guard (0xDC00..<0xE000).contains(low) else { throw failure(.syntax) }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else if (0xDC00..<0xE000).contains(scalar) {
                            throw failure(.syntax)
                        }
                        out.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
                    default: throw failure(.syntax)
                    }
                default:
                    if b < 0x20 { throw failure(.syntax) }
                    out.append(b)
                    index += 1
                }
            }
        }

        mutating func hex4() throws(Failure) -> UInt32 {
            guard index + 4 <= bytes.count else { throw failure(.syntax) }
            var n: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[index]
                let digit: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
                default: throw failure(.syntax)
                }
                n = n << 4 | UInt32(digit)
                index += 1
            }
            return n
        }

        /// Whether a valid UTF-8 sequence starts here (to tell bad encoding from bad syntax).
        func validUTF8(at i: Int) -> Bool {
            let end = min(bytes.count, i + 4)
            for length in 1...max(1, end - i) {
                if String(validating: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]), as: UTF8.self) != nil { return true }
            }
            return false
        }
    }
}
