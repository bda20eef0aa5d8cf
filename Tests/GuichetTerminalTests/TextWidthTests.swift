import Testing
@testable import GuichetTerminal

@Suite struct TextWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(TextWidth.of("Bonjour") == 7)
        #expect(TextWidth.of("") == 0)
    }

    @Test func accentedTextCountsOneColumnWhetherNFCOrNFD() {
        let nfc = "\u{E9}t\u{E9}"            // été, precomposed
        let nfd = "e\u{301}te\u{301}"        // été, decomposed
        #expect(TextWidth.of(nfc) == 3)
        #expect(TextWidth.of(nfd) == 3)
        #expect(TextWidth.of(Character("e\u{301}")) == 1)
    }

    @Test func combiningMarkAloneHasNoWidth() {
        #expect(TextWidth.of(Character("\u{301}")) == 0)
        #expect(TextWidth.of("a\u{20DD}") == 1) // enclosing circle
    }

    @Test func cjkIsTwoColumnsEach() {
        #expect(TextWidth.of("漢字") == 4)
        #expect(TextWidth.of("한국") == 4)
        #expect(TextWidth.of("ＡＢ") == 4) // fullwidth Latin
    }

    @Test func emojiPresentationIsTwoColumns() {
        #expect(TextWidth.of("😀") == 2)
        #expect(TextWidth.of("👍🏽") == 2)          // with skin tone modifier: one grapheme
        #expect(TextWidth.of("❤\u{FE0F}") == 2)     // text emoji forced to emoji style
        #expect(TextWidth.of("€") == 1)
    }

    @Test func controlsHaveNoWidth() {
        #expect(TextWidth.of("a\u{7}b") == 2)
        #expect(TextWidth.of(Character("\u{1B}")) == 0)
    }

    @Test func truncationEndsWithEllipsisOnlyWhenCut() {
        #expect(TextWidth.truncated("Bénéficiaires", to: 20) == "Bénéficiaires")
        #expect(TextWidth.truncated("Bénéficiaires", to: 6) == "Bénéf…")
        #expect(TextWidth.truncated("漢字漢字", to: 4) == "漢…")
        #expect(TextWidth.truncated("abc", to: 0) == "")
        #expect(TextWidth.truncated("abcdef", to: 4, ellipsis: "...") == "a...")
    }

    @Test func paddingReachesExactWidth() {
        #expect(TextWidth.padded("ab", to: 5) == "ab   ")
        #expect(TextWidth.padded("ab", to: 5, alignment: .right) == "   ab")
        #expect(TextWidth.padded("ab", to: 5, alignment: .center) == " ab  ")
        #expect(TextWidth.padded("e\u{301}t\u{E9}", to: 3) == "\u{E9}t\u{E9}")
        #expect(TextWidth.of(TextWidth.padded("漢字漢字", to: 5)) == 5)
    }

    @Test func wrapBreaksAtSpacesAndCutsLongWords() {
        #expect(TextWrap.wrap("Voulez-vous vraiment quitter ?", width: 12) == ["Voulez-vous", "vraiment", "quitter ?"])
        #expect(TextWrap.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
        #expect(TextWrap.wrap("a\nb", width: 5) == ["a", "b"])
    }
}

@Suite struct EastAsianWideTests {
    @Test func rangeEdgesAreInclusive() {
        let inside: [UInt32] = [0x1100, 0x115F, 0x3000, 0xAC00, 0xD7A3, 0xFF01, 0x20000, 0x3FFFD]
        let outside: [UInt32] = [0x10FF, 0x1160, 0x303F, 0xD7A4, 0xFF61, 0x1FFFF, 0x3FFFE, 0x41]
        for value in inside { #expect(EastAsianWide.contains(Unicode.Scalar(value)!)) }
        for value in outside { #expect(!EastAsianWide.contains(Unicode.Scalar(value)!)) }
    }
}

@Suite("Canonical form shortcut")
struct CanonicalFormTests {
    @Test(arguments: ["Hélène", "Œillet", "Łukasz", "Øyvind", "ıspanak", "Đorđe", "N’Diaye", "Müller", "e\u{301}", "Nguyễn", "한국", "Å", "—", "…", "‹ ›", "•", "← →", "┌─┐", "\u{2000}\u{2001}", "Ω", "Å", "e\u{301}—"])
    func agreesWithFoundation(text: String) {
        #expect(CanonicalForm.nfc(text) == text.precomposedStringWithCanonicalMapping)
        #expect(CanonicalForm.nfc(text).unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }
}
