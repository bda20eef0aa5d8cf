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
/// - The part after an apostrophe as a word of its own: `N’Diaye` → `ndiaye diaye`,
///   so `diaye` finds it as `ndiaye` does.
enum SearchTokens {
    /// The folded keys of a name: `last first`, `first last`, and the indexed words.
    /// Each part is folded once (folding is the costly step of a bulk insert).
    static func keys(lastName: String, firstName: String) -> (searchKey: String, swappedKey: String, words: String) {
        let last = NameFolding.tokens(lastName), first = NameFolding.tokens(firstName)
        var words: [String] = []
        for (part, folded) in [(lastName, last), (firstName, first)] {
            words += folded
            if folded.count > 1 { words.append(folded.joined()) }
            words += NameFolding.partsAfterApostrophes(part)
            if part.unicodeScalars.contains(where: { umlauts.contains($0) }) {
                words += NameFolding.tokens(germanSpelling(part)).filter { !folded.contains($0) }
            }
        }
        var seen = Set<String>()
        let unique = words.filter { seen.insert($0).inserted }
        let lastKey = last.joined(separator: " "), firstKey = first.joined(separator: " ")
        return (lastKey + " " + firstKey, firstKey + " " + lastKey, unique.joined(separator: " "))
    }

    static let umlauts: Set<Unicode.Scalar> = ["ä", "ö", "ü", "Ä", "Ö", "Ü", "\u{0308}"]

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
