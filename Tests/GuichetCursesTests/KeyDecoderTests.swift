import CNcursesw
import Testing
import GuichetTerminal
@testable import GuichetCurses

@Suite struct KeyDecoderTests {
    @Test func bothBackspaceCodesAreBackspace() {
        #expect(KeyDecoder.decode(character: 8) == .backspace)
        #expect(KeyDecoder.decode(character: 127) == .backspace)
        #expect(KeyDecoder.decode(keyCode: KEY_BACKSPACE) == .backspace)
    }

    @Test func controlCodes() {
        #expect(KeyDecoder.decode(character: 27) == .escape)
        #expect(KeyDecoder.decode(character: 9) == .tab)
        #expect(KeyDecoder.decode(character: 10) == .enter)
        #expect(KeyDecoder.decode(character: 13) == .enter)
        #expect(KeyDecoder.decode(character: 1) == .ctrl("a"))
        #expect(KeyDecoder.decode(character: 19) == .ctrl("s"))
        #expect(KeyDecoder.decode(character: 17) == .ctrl("q"))
        #expect(KeyDecoder.decode(character: 26) == .ctrl("z"))
        #expect(KeyDecoder.decode(character: 0) == nil)
        #expect(KeyDecoder.decode(character: 28) == nil)
        #expect(KeyDecoder.decode(character: 0x85) == nil)
        #expect(KeyDecoder.decode(character: 0xD800) == nil)
    }

    @Test func printableCharactersIncludingAccents() {
        #expect(KeyDecoder.decode(character: 0x61) == .character("a"))
        #expect(KeyDecoder.decode(character: 0xE9) == .character("é"))
        #expect(KeyDecoder.decode(character: 0x20AC) == .character("€"))
        #expect(KeyDecoder.decode(character: 0x153) == .character("œ"))
        #expect(KeyDecoder.decode(character: 0x20) == .character(" "))
    }

    @Test func cursesKeyCodes() {
        #expect(KeyDecoder.decode(keyCode: guichet_key_f(1)) == .function(1))
        #expect(KeyDecoder.decode(keyCode: guichet_key_f(10)) == .function(10))
        #expect(KeyDecoder.decode(keyCode: guichet_key_f(12)) == .function(12))
        #expect(KeyDecoder.decode(keyCode: guichet_key_f(13)) == nil)
        #expect(KeyDecoder.decode(keyCode: KEY_UP) == .up)
        #expect(KeyDecoder.decode(keyCode: KEY_DOWN) == .down)
        #expect(KeyDecoder.decode(keyCode: KEY_PPAGE) == .pageUp)
        #expect(KeyDecoder.decode(keyCode: KEY_NPAGE) == .pageDown)
        #expect(KeyDecoder.decode(keyCode: KEY_HOME) == .home)
        #expect(KeyDecoder.decode(keyCode: KEY_END) == .end)
        #expect(KeyDecoder.decode(keyCode: KEY_BTAB) == .backTab)
        #expect(KeyDecoder.decode(keyCode: KEY_DC) == .delete)
        #expect(KeyDecoder.decode(keyCode: KEY_IC) == .insert)
        #expect(KeyDecoder.decode(keyCode: KEY_ENTER) == .enter)
        #expect(KeyDecoder.decode(keyCode: KEY_RESIZE) == .resize)
        #expect(KeyDecoder.decode(keyCode: KEY_MOUSE) == nil)
    }
}
