/// How the core measures and screens typed text, so that it agrees with the
/// database: SQLite's `length()` on text counts code points (Unicode scalars),
/// not the characters a reader sees. `Dupont` with 78 accents stacked on one
/// letter is 6 characters on screen and 84 code points in the schema's CHECK;
/// the core counts code points too, so it never accepts what the schema refuses.
public enum TextScalars {
    /// The length the schema's `length()` measures: the code points of the (NFC) text.
    public static func length(_ text: String) -> Int {
        text.unicodeScalars.count
    }

    /// Accents and other combining marks one letter may carry. Names written in
    /// NFC rarely carry more than two (Vietnamese, Yoruba tone and dot); Hebrew
    /// points and Indic vowel signs three; more is a "Zalgo" flood, not a name.
    public static let maximumMarksPerLetter = 4

    /// The largest number of combining marks (Mn, Mc, Me) that follow one base
    /// character without another base between them.
    public static func mostMarksOnOneLetter(_ text: String) -> Int {
        var most = 0
        var current = 0
        for scalar in text.unicodeScalars {
            if isMark(scalar) {
                current += 1
                most = max(most, current)
            } else if !isJoiner(scalar) {
                current = 0
            }
        }
        return most
    }

    public static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Zero-width joiner and non-joiner (U+200D, U+200C): they shape the letters on
    /// both sides (Persian, Indic scripts) and mean nothing anywhere else.
    public static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{200D}" || scalar == "\u{200C}"
    }

    /// Letters that show nothing: the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0),
    /// used to make a name that looks empty. Unicode marks them default-ignorable.
    public static func isInvisibleLetter(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) && scalar.properties.isDefaultIgnorableCodePoint
    }

    /// A joiner is in its place between two letters (or a letter's marks and a letter):
    /// not at the start or end of the text, not next to a space or a sign.
    static func joinerInPlace(previous: Unicode.Scalar?, next: Unicode.Scalar?) -> Bool {
        guard let previous, let next else { return false }
        return (isLetter(previous) || isMark(previous)) && isLetter(next)
    }
}
