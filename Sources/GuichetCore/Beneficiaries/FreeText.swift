import Foundation

/// Free texts of the file (structure name, social worker, notes…): trimmed,
/// NFC, a maximum length, no control characters (line breaks only where allowed).
enum FreeText {
    static func validate(_ input: String, maximum: Int, multiline: Bool = false) -> (value: String?, tooLong: Bool, badCharacter: Bool) {
        var text = input.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\t", with: " ")   // pasted from a spreadsheet or a mail: a tab is a space
        text = text.trimmingWhitespace().precomposedStringWithCanonicalMapping
        if text.isEmpty { return (nil, false, false) }
        let bad = text.unicodeScalars.contains { scalar in
            if scalar == "\n" { return !multiline }
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: return true
            case .format: return !(scalar == "\u{200C}" || scalar == "\u{200D}")
            default: return false
            }
        }
        return (text, text.count > maximum, bad)
    }
}
