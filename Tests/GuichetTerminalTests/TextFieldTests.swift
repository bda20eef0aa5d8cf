import Testing
@testable import GuichetTerminal

@Suite struct TextFieldTests {
    private func typed(_ text: String, into state: inout TextFieldState) {
        for character in text { _ = state.handle(.character(character)) }
    }

    @Test func typingInsertsAtTheCursor() {
        var state = TextFieldState()
        typed("Dupont", into: &state)
        #expect(state.text == "Dupont")
        #expect(state.cursor == 6)
        do { let used = state.handle(.home); #expect(used) }
        typed("M. ", into: &state)
        #expect(state.text == "M. Dupont")
        #expect(state.cursor == 3)
    }

    @Test func decomposedInputIsComposedIntoOneGrapheme() {
        var state = TextFieldState()
        do { let used = state.handle(.character("e")); #expect(used) }
        do { let used = state.handle(.character("\u{301}")); #expect(used) }
        #expect(state.text.unicodeScalars.map(\.value) == [0xE9])
        #expect(state.cursor == 1)
        typed("le\u{300}ve", into: &state)
        #expect(state.text.unicodeScalars.count == 5) // élève, all precomposed
        #expect(state.cursor == 5)
        do { let used = state.handle(.backspace); #expect(used) }
        do { let used = state.handle(.backspace); #expect(used) }
        #expect(state.text == "\u{E9}l\u{E8}")
    }

    @Test func deleteArrowsHomeEndAndClear() {
        var state = TextFieldState(text: "abc€")
        #expect(state.cursor == 4)
        do { let used = state.handle(.left); #expect(used) }
        do { let used = state.handle(.left); #expect(used) }
        do { let used = state.handle(.delete); #expect(used) }
        #expect(state.text == "ab€")
        do { let used = state.handle(.end); #expect(used) }
        do { let used = state.handle(.delete); #expect(used) } // at the end: consumed, nothing removed
        #expect(state.text == "ab€")
        do { let used = state.handle(.right); #expect(used) }
        #expect(state.cursor == 3)
        do { let used = state.handle(.ctrl("u")); #expect(used) }
        #expect(state == TextFieldState())
    }

    @Test func controlCharactersAndForeignKeysAreRefused() {
        var state = TextFieldState(text: "x")
        do { let used = state.handle(.character("\u{7}")); #expect(!used) }
        do { let used = state.handle(.enter); #expect(!used) }
        do { let used = state.handle(.function(2)); #expect(!used) }
        do { let used = state.handle(.ctrl("a")); #expect(!used) }
        #expect(state.text == "x")
    }

    @Test func maxLengthCountsGraphemes() {
        var state = TextFieldState(maxLength: 3)
        typed("e\u{301}t\u{E9}s", into: &state)
        #expect(state.text == "\u{E9}t\u{E9}")
        #expect(state.cursor == 3)
    }

    @Test func maskedFieldShowsBulletsAndPlacesTheCursor() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        let state = TextFieldState(text: "s3cr", isMasked: true)
        let cursor = TextFieldView(state: state, focused: true).render(into: &buffer, area: Rect(x: 2, y: 0, width: 6, height: 1))
        #expect(buffer.lines() == ["  ••••"])
        #expect(cursor == Position(x: 6, y: 0))
        #expect(buffer[2, 0].role == .fieldFocused)
        #expect(buffer[7, 0].role == .fieldFocused)
        #expect(buffer[8, 0].role == .normal)
        var ascii = Buffer(size: Size(width: 10, height: 1))
        TextFieldView(state: state, focused: true).render(into: &ascii, area: ascii.bounds, glyphs: .ascii)
        #expect(ascii.lines() == ["****"])
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        var state = TextFieldState(text: "abcdefgh")
        var buffer = Buffer(size: Size(width: 5, height: 1))
        var cursor = TextFieldView(state: state, focused: true).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["efgh"])
        #expect(cursor == Position(x: 4, y: 0))
        _ = state.handle(.home)
        cursor = TextFieldView(state: state, focused: true).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["abcde"])
        #expect(cursor == Position(x: 0, y: 0))
    }

    @Test func unfocusedFieldHasNoCursor() {
        var buffer = Buffer(size: Size(width: 8, height: 1))
        let cursor = TextFieldView(state: TextFieldState(text: "漢字"), focused: false).render(into: &buffer, area: buffer.bounds)
        #expect(cursor == nil)
        #expect(buffer.lines() == ["漢字"])
        #expect(buffer[0, 0].role == .field)
    }
}
