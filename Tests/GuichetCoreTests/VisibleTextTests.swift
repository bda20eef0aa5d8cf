import Testing
@testable import GuichetCore

@Suite struct VisibleTextTests {
    @Test func controlsAndBidiOverridesBecomeTheirCode() {
        // An OSC retitling the terminal, a clear screen, a C1 CSI, DEL, and a right-to-left override.
        let header = "nom\u{1B}]0;pwned\u{7}\u{1B}[2J\u{9B}H\u{7F}\u{202E}txt.exe"
        let shown = VisibleText.escaped(header)
        #expect(shown == "nom<U+001B>]0;pwned<U+0007><U+001B>[2J<U+009B>H<U+007F><U+202E>txt.exe")
        #expect(!shown.unicodeScalars.contains(where: VisibleText.isHazard))
    }

    @Test func everyHazardIsCaughtAndNothingElse() {
        let hazards: [UInt32] = Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x2028, 0x2029] + Array(0x202A...0x202E) + Array(0x2066...0x2069)
        for value in hazards {
            #expect(VisibleText.isHazard(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
        for text in ["Hélène Dupont-Müller", "N’Diaye", "1\u{202F}234 €", "李", "محمد", "👩‍👩‍👧", "a\u{200D}b", "\u{A0}"] {
            #expect(VisibleText.escaped(text) == text)
        }
    }

    @Test func linesKeepTheirBreaksButNotTheirControls() {
        #expect(VisibleText.escapedLines("USAGE:\n  guichet\u{1B}[2J\n") == "USAGE:\n  guichet<U+001B>[2J\n")
        #expect(VisibleText.escaped("a\nb\r\tc") == "a<U+000A>b<U+000D><U+0009>c")
        #expect(VisibleText.codePoint("\u{10FFFF}") == "U+10FFFF")
    }
}
