import Foundation

/// Text made safe to put on a terminal: NFC-normalised, with every grapheme
/// that holds a control character (C0, DEL, C1, line/paragraph separators)
/// replaced by a visible "?" so nothing raw ever reaches the terminal.
public enum DisplayText {
    public static func sanitized(_ text: String) -> String {
        // Printable ASCII is already NFC and safe; skip Foundation's normalisation.
        var ascii = true
        var printable = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if !TextWidth.isPrintableASCII(byte) { printable = false }
        }
        if ascii && printable { return text }
        // ASCII is its own NFC form; only its controls need replacing.
        let nfc = ascii ? text : CanonicalForm.nfc(text)
        guard nfc.unicodeScalars.contains(where: isControl) else { return nfc }
        var out = ""
        for character in nfc {
            out += character.unicodeScalars.contains(where: isControl) ? "?" : String(character)
        }
        return out
    }

    /// General category Cc (C0, DEL, C1), Zl (U+2028) or Zp (U+2029), compared by
    /// value: these categories hold exactly those scalars, and the property look-up
    /// costs more than the rest of a frame's text work.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (value >= 0x7F && value <= 0x9F) || value == 0x2028 || value == 0x2029
    }
}
