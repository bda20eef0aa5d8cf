/// Reads the theme file format:
///
///     # comment
///     <role> = [<colour>] [on <colour>] [, <attribute>]…
///
/// e.g. `title = yellow on default, bold`, `selection = reverse`,
/// `error = bright-red, bold`. Roles are the `StyleRole` names (case and
/// "-"/"_" ignored: `field-focused`); colours are `default`, the eight base
/// names, `bright-<base>` or 0–255; attributes `bold reverse underline dim`,
/// or `plain` for none. The first comma-separated part holds the colours,
/// or is itself an attribute.
public enum ThemeParser {
    public static func parse(_ text: String, name: String, file: String) -> Result<Theme, ThemeProblem> {
        var styles: [StyleRole: Style] = [:]
        for (index, rawLine) in lines(of: text).enumerated() {
            let ascii = rawLine.utf8.allSatisfy { $0 < 0x80 }
            let line = trimmed(split(rawLine, at: "#", maxSplits: 1, ascii: ascii)[0])
            guard !line.isEmpty else { continue }
            switch parseLine(line, ascii: ascii) {
            case .success(let (role, style)):
                styles[role] = style
            case .failure(let reason):
                return .failure(ThemeProblem(file: file, line: index + 1, reason: reason))
            }
        }
        return .success(Theme(name: name, styles: styles))
    }

    /// The lines of `text` without a leading BOM, split like
    /// `split(whereSeparator: \.isNewline)` keeping empty lines: at LF, CR,
    /// CR LF, VT, FF, NEL, U+2028 and U+2029. Each of these is a grapheme of
    /// its own, so splitting scalars gives the same lines as splitting characters.
    static func lines(of text: String) -> [Substring] {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        if start < scalars.endIndex, scalars[start] == "\u{FEFF}" { start = scalars.index(after: start) }
        var lines: [Substring] = []
        var lineStart = start
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            switch scalar.value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                lines.append(text[lineStart..<index])
                var next = scalars.index(after: index)
                if scalar.value == 0x0D, next < scalars.endIndex, scalars[next] == "\n" {
                    next = scalars.index(after: next)
                }
                lineStart = next
                index = next
            default:
                index = scalars.index(after: index)
            }
        }
        lines.append(text[lineStart..<scalars.endIndex])
        return lines
    }

    /// `text` without leading and trailing blanks, scalar by scalar like
    /// Foundation's `trimmingCharacters(in: .whitespaces)`: tab, the space
    /// separators (Zs) and U+200B.
    static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isBlank(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isBlank(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0x200B: return true
        case 0x00...0x9F: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }

    /// `text` split at `separator`, keeping empty parts. In ASCII lines every
    /// byte is a character, so bytes are compared instead of characters.
    private static func split(_ text: Substring, at separator: Unicode.Scalar, maxSplits: Int = .max, ascii: Bool) -> [Substring] {
        guard ascii else {
            return text.split(separator: Character(separator), maxSplits: maxSplits, omittingEmptySubsequences: false)
        }
        return text.utf8.split(separator: UInt8(separator.value), maxSplits: maxSplits, omittingEmptySubsequences: false)
            .map { Substring($0) }
    }

    /// The words of `text`, separated by `Character.isWhitespace` (in ASCII:
    /// tab, LF, VT, FF, CR and space).
    private static func words(_ text: Substring, ascii: Bool) -> [String] {
        guard ascii else { return text.split(whereSeparator: \.isWhitespace).map { String($0) } }
        return text.utf8.split(whereSeparator: isASCIIBlank).map { String(Substring($0)) }
    }

    private static func hasBlank(_ text: String, ascii: Bool) -> Bool {
        ascii ? text.utf8.contains(where: isASCIIBlank) : text.contains(where: \.isWhitespace)
    }

    private static func isASCIIBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    static func role(named word: String) -> StyleRole? {
        let key = word.lowercased().filter { $0 != "-" && $0 != "_" }
        return StyleRole.allCases.first { $0.rawValue.lowercased() == key }
    }

    private static func parseLine(_ line: String, ascii: Bool) -> Result<(StyleRole, Style), ThemeProblemReason> {
        let sides = split(line[...], at: "=", maxSplits: 1, ascii: ascii)
        guard sides.count == 2 else { return .failure(.malformedLine) }
        let roleWord = trimmed(sides[0])
        let value = trimmed(sides[1])
        guard !roleWord.isEmpty, !hasBlank(roleWord, ascii: ascii), !value.isEmpty else { return .failure(.malformedLine) }
        guard let role = role(named: roleWord) else { return .failure(.unknownRole(roleWord)) }

        var style = Style()
        for (position, part) in split(value[...], at: ",", ascii: ascii).enumerated() {
            let words = words(part, ascii: ascii).map { $0.lowercased() }
            guard !words.isEmpty else { return .failure(.malformedLine) }
            if let problem = apply(words, first: position == 0, to: &style) { return .failure(problem) }
        }
        return .success((role, style))
    }

    /// Applies one comma-separated part; returns the problem if any.
    private static func apply(_ words: [String], first: Bool, to style: inout Style) -> ThemeProblemReason? {
        if let on = words.firstIndex(of: "on") {
            guard first, on <= 1, on == words.count - 2 else { return .malformedLine }
            if on == 1 {
                guard let fg = ThemeColor(name: words[0]) else { return .unknownColor(words[0]) }
                style.foreground = fg
            }
            guard let bg = ThemeColor(name: words[on + 1]) else { return .unknownColor(words[on + 1]) }
            style.background = bg
            return nil
        }
        if first, words.count == 1, let fg = ThemeColor(name: words[0]) {
            style.foreground = fg
            return nil
        }
        for word in words {
            switch word {
            case "bold": style.bold = true
            case "reverse": style.reverse = true
            case "underline": style.underline = true
            case "dim": style.dim = true
            case "plain": break
            default:
                // A lone unknown word where colours go is most likely a misspelt colour.
                return first && words.count == 1 ? .unknownColor(word) : .unknownAttribute(word)
            }
        }
        return nil
    }
}
