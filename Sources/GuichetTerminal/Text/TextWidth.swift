import Foundation

/// Display width of text in terminal columns.
public enum TextWidth {
    /// Columns of the NFC form of `text`: combining marks 0, East Asian
    /// Wide/Fullwidth and emoji presentation 2, controls 0, others 1.
    public static func of(_ text: String) -> Int {
        if let width = asciiWidth(text) { return width }
        if let width = latinWidth(text) { return width }
        return CanonicalForm.nfc(text).reduce(0) { $0 + of($1) }
    }

    /// Width of text made only of simple scalars (see `isSimple`: accented French
    /// names, dashes and quotes), counted scalar by scalar without grapheme breaking
    /// or normalising: each takes one column but the controls and the soft hyphen
    /// (none). Nil for other text.
    static func latinWidth(_ text: String) -> Int? {
        var width = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if !isSimple(value) { return nil }
            if !DisplayText.isControl(scalar), value != 0xAD { width += 1 }
        }
        return width
    }

    /// Width of text made only of simple scalars none of which is a control
    /// (`DisplayText.sanitized` leaves such text as it is); nil for other text.
    static func plainWidth(_ text: String) -> Int? {
        var width = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if !isSimple(value) || DisplayText.isControl(scalar) { return nil }
            if value != 0xAD { width += 1 }
        }
        return width
    }

    /// Scalars below U+0300 (ASCII, Latin-1, Latin Extended-A and -B, IPA, spacing
    /// modifiers), Cyrillic letters (not its combining marks U+0483...U+0489), Latin
    /// Extended Additional (Vietnamese: ễ ứ ạ) or U+2010...U+2027 (dashes, quotes,
    /// bullets, ellipsis): none has a canonical decomposition that NFC undoes or
    /// combines with what precedes it, so text made of them is already NFC; none
    /// extends a grapheme (marks, joiners and other extenders lie elsewhere; CR LF, the
    /// one pair, has no width either way); none is wide or an emoji.
    static let simpleRanges: [ClosedRange<UInt32>] = [0...0x2FF, 0x400...0x482, 0x48A...0x52F, 0x1E00...0x1EFF, 0x2010...0x2027]

    /// Whether `value` lies in `simpleRanges` (written out: this runs for every scalar drawn).
    @inline(__always)
    static func isSimple(_ value: UInt32) -> Bool {
        if value < 0x300 { return true }
        if value < 0x400 { return false }
        if value <= 0x52F { return value <= 0x482 || value >= 0x48A }
        return (value >= 0x1E00 && value <= 0x1EFF) || (value >= 0x2010 && value <= 0x2027)
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
        // A simple scalar alone (accented letters, dashes, quotes): one column, except
        // the soft hyphen (format, 0); without a following U+FE0F © and ® stay narrow.
        if isSimple(base.value), scalars.count == 1 { return base.value == 0xAD ? 0 : 1 }
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
        let cut: String
        let room: Int
        if let plain = plainWidth(text), plain <= width {
            // Simple scalars without controls: already sanitized and NFC, and it fits.
            cut = text
            room = width - plain
        } else {
            cut = truncated(text, to: width, ellipsis: ellipsis)
            room = max(0, width - of(cut))
        }
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
