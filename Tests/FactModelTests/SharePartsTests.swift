@testable import FactModel
import Testing

@Suite struct SharePartsTests {
    @Test func factsOfASentenceShareEqualTimesAndQuantities() {
        let may = TimeExpression(text: "in May", value: "2024-05", signal: "in",
                                 start: CalendarDate(year: 2024, month: 5, day: 1), end: CalendarDate(year: 2024, month: 5, day: 31))
        let june = TimeExpression(text: "in June", value: "2024-06")
        let berths = Quantity(text: "40 berths", value: 40, bound: .exact, unit: "berth")
        var x = DocumentExtraction(date: CalendarDate(year: 2024, month: 6, day: 1), facts: [
            ExtractedFact(subject: 0, predicate: "approve", object: nil, quantity: berths, time: may, sentence: 0),
            ExtractedFact(subject: 1, predicate: "fund", object: nil, quantity: berths, time: may, sentence: 0),
            ExtractedFact(subject: 1, predicate: "delay", object: nil, time: june, sentence: 0),
            ExtractedFact(subject: 2, predicate: "open", object: nil, time: may, sentence: 1),
        ])
        let before = x.facts
        x.shareParts()
        #expect(x.facts == before)  // values unchanged
        #expect(x.facts[0].boxedTime === x.facts[1].boxedTime)
        #expect(x.facts[0].boxedQuantity === x.facts[1].boxedQuantity)
        #expect(x.facts[2].boxedTime !== x.facts[0].boxedTime)
        #expect(x.facts[3].time == may)
    }
}
