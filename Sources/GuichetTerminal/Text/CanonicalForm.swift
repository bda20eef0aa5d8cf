import Foundation

/// NFC normalisation, skipped when the text cannot change under it.
enum CanonicalForm {
    /// Text whose scalars all lie below U+0300 (ASCII, Latin-1, Latin Extended-A
    /// and -B: every French name) is already NFC: nothing there decomposes, and
    /// composition needs a combining mark or a Hangul jamo, all at U+0300 or above.
    static func nfc(_ text: String) -> String {
        for scalar in text.unicodeScalars where scalar.value >= 0x300 {
            return text.precomposedStringWithCanonicalMapping
        }
        return text
    }
}
