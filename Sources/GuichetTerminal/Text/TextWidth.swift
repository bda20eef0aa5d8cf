import Foundation

/// Display width of text in terminal columns.
public enum TextWidth {
    /// Columns of the NFC form of `text`: combining marks 0, East Asian
    /// Wide/Fullwidth and emoji presentation 2, controls 0, others 1.
    public static func of(_ text: String) -> Int {
        text.precomposedStringWithCanonicalMapping.reduce(0) { $0 + of($1) }
    }

    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let base = scalars.first else { return 0 }
        if DisplayText.isControl(base) { return 0 }
        let properties = base.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if EastAsianWide.contains(base) || properties.isEmojiPresentation { return 2 }
        // A text-style emoji followed by VS16 (U+FE0F) is drawn as a wide emoji.
        if properties.isEmoji, scalars.contains("\u{FE0F}") { return 2 }
        return 1
    }

    /// `text` cut to fit in `width` columns; when cut it ends with `ellipsis`.
    /// Control characters are first made visible as "?".
    public static func truncated(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        let clean = DisplayText.sanitized(text)
        guard width > 0 else { return "" }
        if of(clean) <= width { return clean }
        let mark = DisplayText.sanitized(ellipsis)
        let markWidth = of(mark)
        if markWidth > width { return prefix(mark, fitting: width) }
        return prefix(clean, fitting: width - markWidth) + mark
    }

    /// `text` truncated with "…" if needed, then padded with spaces to exactly `width` columns.
    public static func padded(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        padded(text, to: width, alignment: alignment, ellipsis: "…")
    }

    public static func padded(_ text: String, to width: Int, alignment: Alignment, ellipsis: String) -> String {
        guard width > 0 else { return "" }
        let cut = truncated(text, to: width, ellipsis: ellipsis)
        let room = max(0, width - of(cut))
        switch alignment {
        case .left:
            return cut + String(repeating: " ", count: room)
        case .right:
            return String(repeating: " ", count: room) + cut
        case .center:
            let left = room / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: room - left)
        }
    }

    /// The longest leading part of NFC `text` that fits in `width` columns.
    public static func prefix(_ text: String, fitting width: Int) -> String {
        var out = ""
        var used = 0
        for character in text.precomposedStringWithCanonicalMapping {
            let w = of(character)
            if used + w > width { break }
            out.append(character)
            used += w
        }
        return out
    }
}
