/// The name of a site, shown in every title: written by the rule of people's
/// names (`PersonName`: letters of any script, accents, no emoji, no control or
/// invisible character), with the digits and signs the name of a place needs —
/// « Paris 19e », « Saint-Denis (Basilique) », « Point d’accueil n° 2 ».
/// Trimmed, runs of spaces made single, NFC, 1 to 60 code points.
public enum SiteName {
    public static let maximumLength = 60

    /// A person's name's signs, plus , ( ) ° / & + « » and the en dash.
    static let signs = PersonName.punctuation.union([",", "(", ")", "\u{00B0}", "/", "&", "+", "\u{00AB}", "\u{00BB}", "\u{2013}"])

    public static func validate(_ input: String) throws(GuichetError) -> String {
        let expected = CoreText.siteNameExpected
        let value = PersonName.collapsed(input)
        guard !value.isEmpty else { throw .invalid(expected) }
        if let bad = PersonName.firstRefused(in: value, signs: signs, digits: true) {
            throw .invalid(NameText.characterRefused.filled(bad, expected))
        }
        let marks = TextScalars.mostMarksOnOneLetter(value)
        guard marks <= TextScalars.maximumMarksPerLetter else {
            throw .invalid(NameText.tooManyMarks.filled(marks, TextScalars.maximumMarksPerLetter, expected))
        }
        guard value.unicodeScalars.contains(where: TextScalars.isLetter) else { throw .invalid(expected) }
        let length = TextScalars.length(value)
        guard length <= maximumLength else { throw .invalid(NameText.tooLong.filled(length, expected)) }
        return value
    }
}
