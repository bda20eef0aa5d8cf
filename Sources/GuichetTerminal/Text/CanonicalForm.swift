import Foundation

/// NFC normalisation, skipped when the text cannot change under it.
enum CanonicalForm {
    /// Text made only of scalars that neither decompose nor compose is already
    /// NFC. That holds for the simple scalars of `TextWidth.simpleRanges` (every
    /// Latin, Cyrillic and Vietnamese name), for general punctuation from U+2002
    /// (— ’ … •), the plain arrows and the box-drawing and block characters — the
    /// interface's own typography. Composition needs a combining mark or a Hangul
    /// jamo, none of which lies in these ranges.
    static func nfc(_ text: String) -> String {
        for scalar in text.unicodeScalars where !isStable(scalar.value) {
            return text.precomposedStringWithCanonicalMapping
        }
        return text
    }

    private static func isStable(_ value: UInt32) -> Bool {
        if TextWidth.isSimple(value) { return true }
        switch value {
        case 0x2002...0x206F, 0x2190...0x2199, 0x2500...0x259F: return true
        default: return false
        }
    }
}
