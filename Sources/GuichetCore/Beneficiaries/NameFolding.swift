import Foundation

/// The normalised search key of names and other searched texts.
///
/// `fold` decomposes (NFKD), strips combining marks, lower-cases, and folds the
/// letters that SQLite FTS5's `unicode61` tokenizer leaves alone: ø→o, ı→i,
/// đ→d, ð→d, ł→l, ŀ→l, œ→oe, æ→ae, ß→ss, þ→th (upper-case forms too).
///
/// Word separators (a deliberate choice):
/// - apostrophes (`'` `’` `ʼ` `‘` `` ` `` `´` `′` `ʻ`) are REMOVED and the word is
///   joined: `N'Diaye` and `N’Diaye` → `ndiaye`, `D’Angelo` → `dangelo`. Typing
///   `ndiaye` finds N'Diaye, and so does `n'diaye`, since the search folds its
///   query with this same function. The Catalan middle dot joins too (`Gal·la` → `galla`).
/// - hyphens, dots, underscores, slashes and every other punctuation, symbol,
///   space or control character become a single space: `Jean-Pierre` → `jean pierre`,
///   so `jean pierre` and `pierre jean` find it word by word.
///
/// The result has single spaces between words and none at the ends, and is the
/// same for NFC and NFD input.
public enum NameFolding {
    public static func fold(_ text: String) -> String {
        foldASCII(text) ?? foldUnicode(text)
    }

    /// `fold` of ASCII text, byte by byte (search queries, folded at every keystroke):
    /// letters lower-cased, digits kept, `'` and `` ` `` removed, anything else a
    /// single space between words. Nil for other text.
    static func foldASCII(_ text: String) -> String? {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            var pendingSpace = false
            for byte in utf8 {
                var letter = byte
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): letter = byte + 0x20
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
                case UInt8(ascii: "'"), UInt8(ascii: "`"): continue
                default:
                    pendingSpace = true
                    continue
                }
                if pendingSpace && count > 0 {
                    buffer[count] = UInt8(ascii: " ")
                    count += 1
                }
                pendingSpace = false
                buffer[count] = letter
                count += 1
            }
            return count
        }
    }

    /// `fold` of any text, scalar by scalar with Unicode's properties.
    static func foldUnicode(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        // ŀ and ´ have compatibility decompositions that would put a middle dot or a
        // space in the way: handle them before NFKD (neither occurs inside an NFD form).
        var prepared = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{0140}", "\u{013F}": prepared.append("l")
            case "\u{00B4}": prepared.append("'")
            default: prepared.append(scalar)
            }
        }
        let preparedText = String(prepared)
        // ASCII has nothing to decompose: skip Foundation's normalisation (the common case of queries).
        let decomposed = (preparedText.utf8.allSatisfy { $0 < 0x80 } ? preparedText : preparedText.decomposedStringWithCompatibilityMapping)
            .lowercased()
        func emit(_ letters: String) {
            if pendingSpace && !result.isEmpty { result.append(" ") }
            pendingSpace = false
            result.append(contentsOf: letters.unicodeScalars)
        }
        for scalar in decomposed.unicodeScalars {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .enclosingMark:
                continue
            default:
                break
            }
            if let replacement = folded[scalar] {
                emit(replacement)
            } else if apostrophes.contains(scalar) {
                continue
            } else if properties.isAlphabetic || properties.generalCategory == .decimalNumber {
                emit(String(scalar))
            } else {
                pendingSpace = true
            }
        }
        return String(result)
    }

    /// The folded words of `text`.
    public static func tokens(_ text: String) -> [String] {
        fold(text).split(separator: " ").map(String.init)
    }

    /// The words after an elided article or an apostrophe, as words of their own:
    /// `N’Diaye` → `diaye`, `D’Artagnan` → `artagnan` (the joined word, `ndiaye`,
    /// is what `tokens` gives). Empty for a name without apostrophe.
    public static func partsAfterApostrophes(_ text: String) -> [String] {
        guard text.unicodeScalars.contains(where: { apostrophes.contains($0) && $0 != "\u{00B7}" }) else { return [] }
        let split = String(String.UnicodeScalarView(text.unicodeScalars.map { apostrophes.contains($0) && $0 != "\u{00B7}" ? " " : $0 }))
        return tokens(split).filter { !tokens(text).contains($0) }
    }

    /// Letters with no canonical decomposition that unicode61 does not fold (lower-cased forms).
    static let folded: [Unicode.Scalar: String] = [
        "ø": "o", "ı": "i", "đ": "d", "ð": "d", "ł": "l", "ŀ": "l",
        "œ": "oe", "æ": "ae", "ß": "ss", "þ": "th",
        // lowercased() of these is already covered, but keep upper-case forms in case a
        // locale-independent lowercasing leaves them (Ø Đ Ð Ł Œ Æ Þ ẞ).
        "Ø": "o", "Đ": "d", "Ð": "d", "Ł": "l", "Œ": "oe", "Æ": "ae", "Þ": "th", "ẞ": "ss",
    ]

    public static let apostrophes: Set<Unicode.Scalar> = [
        "'", "\u{2019}", "\u{02BC}", "\u{2018}", "`", "\u{00B4}", "\u{2032}", "\u{02BB}",
        "\u{00B7}", // Catalan middle dot, inside a word like an apostrophe: Gal·la → galla
    ]
}
