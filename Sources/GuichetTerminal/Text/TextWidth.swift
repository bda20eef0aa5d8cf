import Foundation

/// Display width of text in terminal columns.
public enum TextWidth {
    /// Columns of the NFC form of `text`: combining marks 0, East Asian
    /// Wide/Fullwidth and emoji presentation 2, controls 0, others 1.
    public static func of(_ text: String) -> Int {
        if let width = asciiWidth(text) { return width }
        return CanonicalForm.nfc(text).reduce(0) { $0 + of($1) }
    }

    /// Width of all-ASCII text (already NFC, nothing wide or combining):
    /// one column per byte except control characters; nil for other text.
    static func asciiWidth(_ text: String) -> Int? {
        var width = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if isPrintableASCII(byte) { width += 1 }
        }
        return width
    }

    @inline(__always)
    static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F
    }

    public static func of(_ character: Character) -> Int {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first, byte < 0x80 { return isPrintableASCII(byte) ? 1 : 0 }
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
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: controls take no column and are kept, like below.
            var used = 0
            var end = text.utf8.startIndex
            for index in text.utf8.indices {
                if isPrintableASCII(text.utf8[index]) {
                    if used + 1 > width { break }
                    used += 1
                }
                end = text.utf8.index(after: index)
            }
            return String(text[..<end])
        }
        var out = ""
        var used = 0
        for character in CanonicalForm.nfc(text) {
            let w = of(character)
            if used + w > width { break }
            out.append(character)
            used += w
        }
        return out
    }
}
