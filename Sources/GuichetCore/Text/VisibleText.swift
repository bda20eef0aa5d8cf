/// Text that came from a file, the database or the command line, made safe to
/// write to a terminal, standard error or a log: every character that could
/// drive the terminal (escape sequences retitling or clearing it) or reorder
/// what is shown (bidi overrides) is written as its code, `<U+001B>`, so the
/// reader sees that it is there and nothing acts on it.
///
/// The screens draw through the terminal kit, which has its own rule
/// (`DisplayText.sanitized`); this one is for the command line, which writes
/// lines of text and must keep them readable in a log.
public enum VisibleText {
    /// C0 controls (U+0000–U+001F, tab and line breaks included), DEL (U+007F),
    /// C1 controls (U+0080–U+009F), the line and paragraph separators (U+2028,
    /// U+2029), and the bidi embeddings, overrides and isolates (U+202A–U+202E,
    /// U+2066–U+2069), which reverse the text shown after them.
    public static func isHazard(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` with each hazardous scalar written `<U+001B>`; text without any is returned as it is.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHazard) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isHazard(scalar) {
                result.append(contentsOf: code(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Several lines (a help text): each line escaped, the line feeds between them kept.
    public static func escapedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
    }

    /// `<U+001B>`: the scalar's code, at least four hexadecimal digits, in angle brackets.
    public static func code(_ scalar: Unicode.Scalar) -> String {
        "<" + codePoint(scalar) + ">"
    }

    /// `U+001B`, as Unicode writes code points.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
