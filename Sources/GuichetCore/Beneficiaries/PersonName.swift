import Foundation

/// A last or first name as the person writes it: letters of any script
/// (accents, ligatures, particles), spaces, hyphens, apostrophes (' and ’),
/// dots and the Catalan middle dot. Trimmed, runs of spaces made single, stored in NFC, 1 to 80 characters.
public enum PersonName {
    public enum Part: Sendable {
        case last
        case first
    }

    public static let maximumLength = 80

    public static func validate(_ input: String, as part: Part) throws(GuichetError) -> String {
        let collapsed = input.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" })
            .joined(separator: " ")
        let value = collapsed.trimmingWhitespace().precomposedStringWithCanonicalMapping
        guard !value.isEmpty else { throw .invalid(expected(part)) }
        if let bad = value.first(where: { !isAllowed($0) }) {
            throw .invalid(NameText.characterRefused.filled(describe(bad), expected(part)))
        }
        guard value.contains(where: { $0.isLetter }) else { throw .invalid(expected(part)) }
        guard value.count <= maximumLength else {
            throw .invalid(NameText.tooLong.filled(value.count, expected(part)))
        }
        return value
    }

    public static func expected(_ part: Part) -> Phrase {
        part == .last ? NameText.lastNameExpected : NameText.firstNameExpected
    }

    /// Space, hyphens (ASCII, U+2010, U+2011), apostrophes (' ’ ʼ), dot, Catalan middle dot (·).
    static let punctuation: Set<Unicode.Scalar> = [" ", "-", "\u{2010}", "\u{2011}", "'", "\u{2019}", "\u{02BC}", ".", "\u{00B7}"]

    /// A letter (any script) with its combining marks, or one of the accepted signs.
    static func isAllowed(_ character: Character) -> Bool {
        let scalars = Array(character.unicodeScalars)
        guard let first = scalars.first else { return false }
        if punctuation.contains(first) { return scalars.count == 1 }
        switch first.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: break
        default: return false
        }
        return scalars.dropFirst().allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return scalar == "\u{200C}" || scalar == "\u{200D}"
            }
        }
    }

    /// The refused character shown safely: control and invisible characters by their code.
    static func describe(_ character: Character) -> String {
        let visible = character.unicodeScalars.allSatisfy { scalar in
            let category = scalar.properties.generalCategory
            return category != .control && category != .format && category != .lineSeparator
                && category != .paragraphSeparator && category != .spaceSeparator && category != .surrogate
                && category != .privateUse && category != .unassigned
        }
        if visible { return "« \(character) »" }
        return character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
            .joined(separator: " ")
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
    /// {1} the number of characters typed, {2} what is expected.
    public static let tooLong = Phrase(
        fr: "{1} caractères, c’est trop long. {2}",
        en: "{1} characters is too long. {2}")
}
