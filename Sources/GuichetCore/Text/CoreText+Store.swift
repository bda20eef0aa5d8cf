/// Texts of rules the store enforces that the first catalog did not have.
extension CoreText {
    public static let unknownUser = Phrase(
        fr: "Ce compte n’existe pas",
        en: "This account does not exist")
    public static let languageExpected = Phrase(
        fr: "Langue : fr ou en attendu",
        en: "Language: fr or en expected")
    public static let onOffExpected = Phrase(fr: "Valeur attendue : on ou off", en: "Value expected: on or off")
    public static let themeExpected = Phrase(
        fr: "Thème : de 1 à 40 caractères attendus, lettres minuscules sans accent, chiffres, - _",
        en: "Theme: 1 to 40 characters expected, lower-case letters without accents, digits, - _")
}
