#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GuichetTerminal

/// Makes graphemes drawable when the locale is not UTF-8 (e.g. LANG=C on an
/// old console): ncurses silently drops what the locale cannot encode, which
/// would turn "Bénéficiaires" into "Bnficiaires". Accented letters lose their
/// accent instead; anything else becomes "?".
enum NarrowCharset {
    static func drawable(_ grapheme: String) -> String {
        if grapheme.unicodeScalars.allSatisfy(\.isASCII) || encodable(grapheme) { return grapheme }
        let base = grapheme.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.generalCategory != .nonspacingMark
        }
        let stripped = String(String.UnicodeScalarView(base))
        if !stripped.isEmpty, encodable(stripped) { return stripped }
        return "?"
    }

    private static func encodable(_ text: String) -> Bool {
        var bytes = [CChar](repeating: 0, count: Int(MB_LEN_MAX))
        for scalar in text.unicodeScalars where wctomb(&bytes, wchar_t(bitPattern: scalar.value)) < 0 {
            return false
        }
        return true
    }
}
