@testable import FactExtraction
import Testing

@Suite struct PersonGenderTests {
    @Test(arguments: [
        ("Margaret Ellison", PersonGender.woman), ("Paul Reyes", .man), ("Jordan Lee", nil),  // Jordan: both, often
        ("Zanele Mokoena", nil), ("Kwabena Mensah", nil), ("ANNA Berg", .woman), ("Tomas Berg", .man),
        ("Tomas", nil), ("Lula", nil),  // one word: a surname or a nickname, whatever the census says
    ])
    func firstNames(_ name: String, _ gender: PersonGender?) {
        #expect(PersonGender.of(name: name) == gender, "\(name)")
    }
}
