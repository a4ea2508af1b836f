/// What a person's first name says of which pronoun stands for them: "she said" after
/// "Margaret Ellison's lawyer, Paul Reyes, …" is Margaret Ellison.
enum PersonGender: Sendable {
    case woman, man

    private static let women = WordSet(WordList.words(GivenNameGenders.women))
    private static let men = WordSet(WordList.words(GivenNameGenders.men))

    /// Whether a word is a first name that tells a gender ("Caroline", not "Jordan").
    static func isGivenName(_ key: WordKey) -> Bool { women.contains(key) || men.contains(key) }

    /// The gender a person's name tells by its first word, or nil when it does not. A name of
    /// one word tells none: news calls people by their surname or a nickname ("Lula", a man,
    /// is a woman's first name in the census lists).
    static func of(name: String) -> PersonGender? {
        var name = name
        guard let first = name.withUTF8({ bytes -> WordKey? in
            guard let end = bytes.firstIndex(of: 0x20) else { return nil }
            return WordKey(lowercasing: UnsafeBufferPointer(rebasing: bytes[..<end]))
        }) else { return nil }
        if women.contains(first) { return .woman }
        if men.contains(first) { return .man }
        return nil
    }
}
