import Foundation

/// A last or first name as the person writes it: letters of any script
/// (accents, ligatures, particles), spaces, hyphens, apostrophes (' and ’),
/// dots and the Catalan middle dot. Trimmed, runs of spaces made single, stored in NFC.
///
/// Length: 1 to 80 code points of the NFC text, what the schema's
/// `CHECK (length(last_name) BETWEEN 1 AND 80)` counts (see `TextScalars`); a
/// letter carries at most `TextScalars.maximumMarksPerLetter` combining accents.
/// Invisible characters are refused: the Hangul fillers (U+3164…), variation
/// selectors, and a zero-width joiner or non-joiner that is not between two letters.
public enum PersonName {
    public enum Part: Sendable {
        case last
        case first
    }

    /// In code points, as the schema counts.
    public static let maximumLength = 80

    public static func validate(_ input: String, as part: Part) throws(GuichetError) -> String {
        let value = collapsed(input)
        guard !value.isEmpty else { throw .invalid(expected(part)) }
        if let bad = firstRefused(in: value) {
            throw .invalid(NameText.characterRefused.filled(bad, expected(part)))
        }
        let marks = TextScalars.mostMarksOnOneLetter(value)
        guard marks <= TextScalars.maximumMarksPerLetter else {
            throw .invalid(NameText.tooManyMarks.filled(marks, TextScalars.maximumMarksPerLetter, expected(part)))
        }
        guard value.unicodeScalars.contains(where: TextScalars.isLetter) else { throw .invalid(expected(part)) }
        let length = TextScalars.length(value)
        guard length <= maximumLength else {
            throw .invalid(NameText.tooLong.filled(length, expected(part)))
        }
        return value
    }

    /// Trimmed, runs of spaces (no-break ones included) made one space, NFC.
    static func collapsed(_ input: String) -> String {
        input.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" })
            .joined(separator: " ").trimmingWhitespace().precomposedStringWithCanonicalMapping
    }

    public static func expected(_ part: Part) -> Phrase {
        part == .last ? NameText.lastNameExpected : NameText.firstNameExpected
    }

    /// Space, hyphens (ASCII, U+2010, U+2011), apostrophes (' ’ ʼ), dot, Catalan middle dot (·).
    static let punctuation: Set<Unicode.Scalar> = [" ", "-", "\u{2010}", "\u{2011}", "'", "\u{2019}", "\u{02BC}", ".", "\u{00B7}"]

    /// The first refused character of an NFC name, described for the message; nil when all are accepted.
    ///
    /// Accepted: a letter of any script (not an invisible one), a combining mark
    /// after a letter or a mark (not a variation selector or the grapheme joiner,
    /// which show nothing), a joiner between two letters, the accepted `signs`,
    /// and the digits 0–9 when `digits` (a site's name). Checked scalar by scalar:
    /// since Unicode 15.1 a Devanagari conjunct (क्ष) is one character holding two letters.
    static func firstRefused(in value: String, signs: Set<Unicode.Scalar> = punctuation, digits: Bool = false) -> String? {
        let scalars = Array(value.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let previous = index > 0 ? scalars[index - 1] : nil
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let accepted: Bool
            if signs.contains(scalar) || (digits && ("0"..."9").contains(scalar)) {
                accepted = true
            } else if TextScalars.isLetter(scalar) {
                accepted = !TextScalars.isInvisibleLetter(scalar)
            } else if TextScalars.isMark(scalar) {
                accepted = !scalar.properties.isDefaultIgnorableCodePoint
                    && previous.map { TextScalars.isLetter($0) || TextScalars.isMark($0) } == true
            } else if TextScalars.isJoiner(scalar) {
                accepted = TextScalars.joinerInPlace(previous: previous, next: next)
            } else {
                accepted = false
            }
            if !accepted { return describe(scalarAt: index, in: value) }
        }
        return nil
    }

    /// The refused scalar shown safely: an invisible one by its code (`U+200D`),
    /// a visible one within its character (`« 3 »`, `« -́ »`).
    static func describe(scalarAt offset: Int, in value: String) -> String {
        var start = 0
        for character in value {
            let count = character.unicodeScalars.count
            if offset < start + count {
                let scalar = character.unicodeScalars[character.unicodeScalars.index(character.unicodeScalars.startIndex, offsetBy: offset - start)]
                return isVisible(scalar) ? describe(character) : VisibleText.codePoint(scalar)
            }
            start += count
        }
        return ""
    }

    /// A character shown as itself in « », or by the codes of its scalars when any of them shows nothing.
    static func describe(_ character: Character) -> String {
        if character.unicodeScalars.allSatisfy(isVisible) { return "« \(character) »" }
        return character.unicodeScalars.map(VisibleText.codePoint).joined(separator: " ")
    }

    static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .surrogate, .privateUse, .unassigned:
            return false
        default:
            return !scalar.properties.isDefaultIgnorableCodePoint
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

/// Messages of the identity fields.
public enum NameText {
    public static let lastNameExpected = Phrase(
        fr: "Nom : de 1 à 80 lettres attendues (accents, tirets, apostrophes et espaces acceptés)",
        en: "Last name: 1 to 80 letters expected (accents, hyphens, apostrophes and spaces accepted)")
    public static let firstNameExpected = Phrase(
        fr: "Prénom : de 1 à 80 lettres attendues (accents, tirets, apostrophes et espaces acceptés)",
        en: "First name: 1 to 80 letters expected (accents, hyphens, apostrophes and spaces accepted)")
    /// {1} the refused character, {2} what is expected.
    public static let characterRefused = Phrase(
        fr: "Caractère {1} refusé. {2}",
        en: "Character {1} refused. {2}")
    /// {1} the number of characters typed (code points: an accent that is not part of its letter counts apart), {2} what is expected.
    public static let tooLong = Phrase(
        fr: "{1} caractères, c’est trop long. {2}",
        en: "{1} characters is too long. {2}")
    /// {1} the marks on one letter, {2} the maximum, {3} what is expected.
    public static let tooManyMarks = Phrase(
        fr: "Une même lettre porte {1} accents ou signes ajoutés ; {2} au plus. {3}",
        en: "One letter carries {1} accents or added marks; at most {2}. {3}")
}
