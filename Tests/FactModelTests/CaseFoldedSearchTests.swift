@testable import FactModel
import Testing

@Suite("Case-folded search in sentences, as the text filters use it")
struct CaseFoldedSearchTests {
    @Test(arguments: [
        ("The Northern Harbor Port Authority approved it.", "harbor port", true),
        ("The Northern Harbor Port Authority approved it.", "HARBOR", false),  // needles come lowercased
        ("The Northern Harbor Port Authority approved it.", "harbour", false),
        ("Préfecture de Kaboul", "kaboul", true),
        ("“Filthy nationalists,” it said", "filthy", true),
        ("L’ÉTAT décide", "état", true),  // non-ASCII needle: through lowercased()
        ("A 5 \u{212A} rise", "5 k", true),  // KELVIN SIGN lowercases to "k": through lowercased()
        ("İstanbul", "istanbul", false),  // İ lowercases to "i" and a combining dot: one Character
        ("short", "longer than the text", false),
        ("anything", "", true),
    ])
    func matchesLikeLowercasedContains(_ text: String, _ needle: String, _ expected: Bool) {
        let span = TextSpan(text)
        #expect(span.lowercasedContains(needle) == expected)
        #expect(span.lowercasedContains(needle) == text.lowercased().contains(needle) || needle.isEmpty)
    }
}
