@testable import FactModel
import Testing

@Suite struct LocalEntitiesTests {
    @Test func oneThenSeveralInJoiningOrder() {
        var locals = LocalEntities(3)
        #expect(locals == .one(3))
        #expect(locals.all == [3])
        locals.append(1)
        #expect(locals == .several([3, 1]))
        locals.append(7)
        #expect(locals.all == [3, 1, 7])
    }

    @Test func noneIsTheStartOfAppending() {
        var locals = LocalEntities.none
        #expect(locals.all.isEmpty)
        locals.append(5)
        #expect(locals == .one(5))
    }
}
