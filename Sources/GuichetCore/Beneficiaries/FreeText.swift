import Foundation

/// Free texts of the file (structure name, social worker, notes…): trimmed,
/// NFC, a maximum length in code points (what SQLite's `length()` counts, see
/// `TextScalars`), no control characters (line breaks only where allowed), no
/// invisible ones (format characters, Hangul fillers), a zero-width joiner only
/// between two visible characters (emoji sequences, Persian), and at most
/// `TextScalars.maximumMarksPerLetter` accents on one letter.
enum FreeText {
    static func validate(_ input: String, maximum: Int, multiline: Bool = false) -> (value: String?, tooLong: Bool, badCharacter: Bool) {
        var text = input.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\t", with: " ")   // pasted from a spreadsheet or a mail: a tab is a space
        text = text.trimmingWhitespace().precomposedStringWithCanonicalMapping
        if text.isEmpty { return (nil, false, false) }
        let scalars = Array(text.unicodeScalars)
        let bad = scalars.indices.contains { index in
            let scalar = scalars[index]
            if scalar == "\n" { return !multiline }
            if TextScalars.isInvisibleLetter(scalar) { return true }
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: return true
            case .format:
                guard TextScalars.isJoiner(scalar), index > 0, index + 1 < scalars.count else { return true }
                return !joins(scalars[index - 1]) || !joins(scalars[index + 1])
            default: return false
            }
        } || TextScalars.mostMarksOnOneLetter(text) > TextScalars.maximumMarksPerLetter
        return (text, TextScalars.length(text) > maximum, bad)
    }

    /// What a joiner may stand next to: anything visible, not a space or a line break.
    private static func joins(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.properties.isWhitespace && scalar.properties.generalCategory != .control
    }
}
