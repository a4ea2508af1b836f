@testable import FactExtraction
import Testing

@Suite("Verb forms, from the extractor's list and WordNet's")
struct VerbLexiconTests {
    static let cases: [(form: String, lemma: String?)] = [
        ("formed", "form"), ("says", "say"), ("planned", "plan"),        // the extractor's own list
        ("toppled", "topple"), ("topples", "topple"), ("knocking", "knock"),  // WordNet, a verb above all
        ("grew", "grow"), ("shrank", "shrink"), ("swept", "sweep"),       // WordNet's irregular forms
        ("blocked", "block"), ("housed", "house"),                        // WordNet, more often nouns: past forms only
        ("block", nil), ("blocks", nil), ("house", nil), ("houses", nil), ("blocking", nil),
        ("found", "find"), ("left", "leave"), ("lay", "lie"),             // the list's irregular forms come first
        ("table", nil), ("the", nil), ("like", nil), ("will", nil),
        // A short verb doubles its last letter; the undoubled forms are another verb's.
        ("hoped", "hope"), ("hoping", "hope"), ("hopped", "hop"), ("stopped", "stop"), ("planned", "plan"),
        ("opened", "open"), ("edited", "edit"), ("omitted", "omit"), ("visited", "visit"), ("admitted", "admit"),
    ]

    @Test func lemmas() {
        for c in Self.cases {
            #expect(VerbLexicon.lemma(c.form) == c.lemma, "\(c.form)")
        }
    }

    @Test func irregularFormsAreNotParticiplesInIng() {
        #expect(VerbLexicon.irregular["grew"] == "grow")
        #expect(VerbLexicon.irregular["abetting"] == nil)
        #expect(VerbLexicon.irregular["blocked"] == nil)  // regular: read by its "-ed"
    }
}
