import Foundation
import Testing
@testable import GuichetTerminal

/// The ASCII shortcuts give what the general (NFC, grapheme by grapheme) path gives.
@Suite struct AsciiFastPathTests {
    private static let samples = [
        "", "Identifiant", "a\tb", "x\r\ny", "\r\n", "ab\u{7F}c", "\u{1B}[31m", "   ", "a\nb\rc", "\u{0}z",
    ]

    /// The general rules, written out: NFC, then each grapheme's width.
    private func generalWidth(_ text: String) -> Int {
        text.precomposedStringWithCanonicalMapping.reduce(0) { $0 + TextWidth.of($1) }
    }

    @Test(arguments: samples) func widthMatchesGraphemeByGrapheme(text: String) {
        #expect(TextWidth.of(text) == generalWidth(text))
        for character in text {
            let base = character.unicodeScalars.first!
            let expected = DisplayText.isControl(base) ? 0 : 1
            #expect(TextWidth.of(character) == expected)
        }
    }

    @Test(arguments: samples) func sanitizedReplacesEachControlGraphemeOnce(text: String) {
        let expected = text.map { $0.unicodeScalars.contains(where: DisplayText.isControl) ? "?" : String($0) }.joined()
        #expect(DisplayText.sanitized(text) == expected)
    }

    @Test func prefixKeepsZeroWidthControlsAndStopsAtTheWidth() {
        #expect(TextWidth.prefix("ab\r\ncd", fitting: 2) == "ab\r\n")
        #expect(TextWidth.prefix("abcd", fitting: 0) == "")
        #expect(TextWidth.prefix("abcd", fitting: 9) == "abcd")
        #expect(TextWidth.prefix("\tab", fitting: 1) == "\ta")
    }

    @Test func asciiWriteMatchesAccentedWriteCellForCell() {
        var ascii = Buffer(size: Size(width: 6, height: 1))
        var accented = Buffer(size: Size(width: 6, height: 1))
        #expect(ascii.write("abcdefgh", at: Position(x: -1, y: 0), role: .title, maxWidth: 5) == 5)
        #expect(accented.write("\u{E9}bcdefgh", at: Position(x: -1, y: 0), role: .title, maxWidth: 5) == 5)
        #expect(ascii == accented)
        #expect(ascii.lines() == ["bcde"])
        #expect(ascii[4, 0] == Cell.blank())
        var controls = Buffer(size: Size(width: 6, height: 1))
        #expect(controls.write("a\r\nb\t", at: Position(x: 0, y: 0), role: .normal) == 4)
        #expect(controls.lines() == ["a?b?"])
    }
}
