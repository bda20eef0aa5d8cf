import Foundation
import GuichetCore

/// The words the full-text index holds for a file.
///
/// Names are folded with `NameFolding` (our folding, not SQLite's: unicode61 does
/// not fold ø ı đ ł œ æ ß). Two extra spellings are indexed so that people find
/// what they type:
/// - German umlauts: `ü` folds to `u` (`Müller` → `muller`), and the spelling
///   `ue` is indexed too (`mueller`), likewise `ö` → `oe` and `ä` → `ae`. So both
///   `muller` and `mueller` find Müller (`muller` also by the name's key).
/// - Compound names joined: `Jean-Pierre` → `jean pierre jeanpierre`.
enum SearchTokens {
    static func names(lastName: String, firstName: String) -> String {
        var words: [String] = []
        for part in [lastName, firstName] {
            let folded = NameFolding.tokens(part)
            words += folded
            if folded.count > 1 { words.append(folded.joined()) }
            let german = NameFolding.tokens(germanSpelling(part))
            if german != folded { words += german.filter { !folded.contains($0) } }
        }
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }.joined(separator: " ")
    }

    /// `PAR-2026-00042` → `par 2026 00042 42`: every part, and the sequence without its zeros.
    static func identifiers(_ number: FileNumber) -> String {
        "\(number.site.value.lowercased()) \(number.year) \(String(number.formatted.suffix(5))) \(number.sequence)"
    }

    /// ä ö ü (precomposed or typed with a combining diaeresis) written ae oe ue.
    static func germanSpelling(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar == "\u{0308}", let letter = previous, "aouAOU".unicodeScalars.contains(letter) {
                result.append(letter.properties.isUppercase ? "E" : "e")
            } else {
                result.append(scalar)
            }
            previous = scalar
        }
        return String(result)
    }

    /// An FTS5 query term: the word quoted (folded words hold no quote), as a prefix when asked.
    static func term(_ word: String, prefix: Bool) -> String {
        "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (prefix ? "*" : "")
    }
}
