@testable import FactModel
import Testing

@Suite("Varint coding: what the writer writes, the reader reads back")
struct VarintCodingTests {
    @Test func unsignedAndSignedRoundTripAtEveryLength() {
        var values: [UInt64] = [0, 1, 127, 128, 255, 16_383, 16_384, .max, .max - 1]
        for shift in stride(from: 0, to: 64, by: 7) { values += [1 << shift, (1 << shift) - 1] }
        let signed: [Int64] = [0, -1, 1, -64, 64, -65, .min, .max, -123_456_789]
        var w = VarintWriter()
        for v in values { w.unsigned(v) }
        for v in signed { w.signed(v) }
        w.utf8("Kabul — 2021")
        w.utf8("")
        w.bytes.withUnsafeBufferPointer { bytes in
            var r = VarintReader(bytes: bytes, offset: 0)
            for v in values { #expect(r.unsigned() == v) }
            for v in signed { #expect(r.signed() == v) }
            #expect(r.utf8() == "Kabul — 2021")
            #expect(r.utf8() == "")
            #expect(r.offset == bytes.count)
        }
    }

    @Test func smallNumbersTakeOneByte() {
        var w = VarintWriter()
        w.unsigned(127)
        w.signed(-64)
        w.signed(63)
        w.number(40, as: NumberKind.of(40))
        #expect(w.count == 4 && w.bytes.count == 4)
        w.unsigned(128)
        #expect(w.count == 6)
    }

    @Test(arguments: [(Optional<Double>.none, NumberKind.absent), (40, .integer), (-2_200, .integer), (0.5, .double),
                      (-0.0, .double), (0x1p53, .double), (.nan, .double), (.infinity, .double)])
    func numberKinds(_ x: Double?, _ kind: NumberKind) {
        #expect(NumberKind.of(x) == kind)
    }
}
