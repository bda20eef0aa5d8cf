import Testing
@testable import GuichetTerminal

@Suite struct BufferTests {
    @Test func newBufferIsBlankNormal() {
        let buffer = Buffer(size: Size(width: 3, height: 2))
        #expect(buffer[x: 2, y: 1] == Cell(grapheme: " ", width: 1, role: .normal))
        #expect(buffer.lines() == ["", ""])
    }

    @Test func writeNormalisesNFDToOneCell() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        let used = buffer.write("e\u{301}t\u{E9}", at: Position(x: 0, y: 0), role: .title)
        #expect(used == 3)
        #expect(buffer[x: 0, y: 0].grapheme.unicodeScalars.map(\.value) == [0xE9])
        #expect(buffer[x: 0, y: 0].role == .title)
        #expect(buffer[x: 1, y: 0].grapheme == "t")
        #expect(buffer.lines() == ["\u{E9}t\u{E9}"])
    }

    @Test func wideCharacterTakesTwoCells() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        #expect(buffer.write("漢字", at: Position(x: 1, y: 0), role: .normal) == 4)
        #expect(buffer[x: 1, y: 0] == Cell(grapheme: "漢", width: 2, role: .normal))
        #expect(buffer[x: 2, y: 0] == Cell(grapheme: "", width: 0, role: .normal))
        #expect(buffer.lines() == [" 漢字"])
    }

    @Test func wideCharacterAtLastColumnBecomesSpace() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        let used = buffer.write("ab漢", at: Position(x: 1, y: 0), role: .error)
        #expect(used == 3)
        #expect(buffer[x: 3, y: 0] == Cell(grapheme: " ", width: 1, role: .error))
        #expect(buffer.lines() == [" ab"])
    }

    @Test func maxWidthClipsAndNeverSplitsAWideChar() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        #expect(buffer.write("abcdef", at: Position(x: 2, y: 0), role: .normal, maxWidth: 3) == 3)
        #expect(buffer.lines() == ["  abc"])
        var wide = Buffer(size: Size(width: 10, height: 1))
        #expect(wide.write("漢字", at: Position(x: 0, y: 0), role: .normal, maxWidth: 3) == 3)
        #expect(wide.lines() == ["漢"])
        #expect(wide[x: 2, y: 0].grapheme == " ")
    }

    @Test func tinyBuffersAndZeroWidthClipEverything() {
        var one = Buffer(size: Size(width: 1, height: 1))
        #expect(one.write("漢", at: Position(x: 0, y: 0), role: .normal) == 1)
        #expect(one.lines() == [""])
        #expect(one.write("xyz", at: Position(x: 0, y: 0), role: .normal) == 1)
        #expect(one.lines() == ["x"])
        var buffer = Buffer(size: Size(width: 5, height: 1))
        #expect(buffer.write("abc", at: Position(x: 0, y: 0), role: .normal, maxWidth: 0) == 0)
        #expect(buffer.write("abc", at: Position(x: 0, y: 3), role: .normal) == 0)
        buffer.fill(Rect(x: 0, y: 0, width: 0, height: 1), role: .error)
        #expect(buffer[x: 0, y: 0].role == .normal)
        let empty = Buffer(size: Size(width: 0, height: 0))
        #expect(empty.lines() == [])
        #expect(empty[x: 0, y: 0].grapheme == " ")
    }

    @Test func textStartingLeftOfTheBufferIsClipped() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        #expect(buffer.write("ab漢cd", at: Position(x: -3, y: 0), role: .normal) == 6)
        #expect(buffer.lines() == [" cd"])
        // The result is how far the text advanced, clipped columns included.
        #expect(buffer.write("xyz", at: Position(x: -10, y: 0), role: .normal) == 3)
        #expect(buffer.lines() == [" cd"])
    }

    @Test func controlCharactersAreShownAsQuestionMarks() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        #expect(buffer.write("a\nb\tc\u{1B}\u{85}", at: Position(x: 0, y: 0), role: .normal) == 7)
        #expect(buffer.lines() == ["a?b?c??"])
    }

    @Test func overwritingHalfAWideCharLeavesNoOrphan() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.write("漢字", at: Position(x: 0, y: 0), role: .normal)
        buffer.write("x", at: Position(x: 1, y: 0), role: .normal)
        #expect(buffer.lines() == [" x字"])
        buffer.write("y", at: Position(x: 2, y: 0), role: .normal)
        #expect(buffer.lines() == [" xy"])
        #expect(buffer[x: 3, y: 0] == Cell(grapheme: " ", width: 1, role: .normal))
    }

    @Test func fillAndSetRole() {
        var buffer = Buffer(size: Size(width: 4, height: 2))
        buffer.write("abcd", at: Position(x: 0, y: 1), role: .normal)
        buffer.setRole(Rect(x: 1, y: 1, width: 2, height: 1), role: .selection)
        #expect(buffer[x: 1, y: 1] == Cell(grapheme: "b", width: 1, role: .selection))
        #expect(buffer[x: 3, y: 1].role == .normal)
        buffer.fill(Rect(x: 2, y: 0, width: 9, height: 9), role: .dialog)
        #expect(buffer.lines() == ["", "ab"])
        #expect(buffer[x: 3, y: 1].role == .dialog)
        #expect(buffer.text(in: Rect(x: 1, y: 1, width: 1, height: 1)) == ["b"])
    }

    @Test func rectHelpersNeverGoNegative() {
        let r = Rect(x: 2, y: 3, width: 10, height: 4)
        #expect(r.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 2))
        #expect(r.inset(by: 5).width == 0)
        #expect(r.inset(by: 5).height == 0)
        #expect(r.row(1) == Rect(x: 2, y: 4, width: 10, height: 1))
        #expect(r.row(4).height == 0)
        #expect(r.centered(width: 4, height: 2) == Rect(x: 5, y: 4, width: 4, height: 2))
        #expect(r.centered(width: 40, height: 20) == r)
    }
}

/// What NcursesBackend uses to skip rows that did not change.
@Suite struct BufferRowTests {
    @Test func rowsCompareCellByCellWithTheirRoles() {
        var a = Buffer(size: Size(width: 4, height: 2))
        var b = Buffer(size: Size(width: 4, height: 2))
        a.write("ab", at: Position(x: 0, y: 1), role: .normal)
        b.write("ab", at: Position(x: 0, y: 1), role: .title)
        #expect(a.rowEquals(b, y: 0))
        #expect(!a.rowEquals(b, y: 1))
        b.write("ab", at: Position(x: 0, y: 1), role: .normal)
        #expect(a.rowEquals(b, y: 1))
        #expect(Array(a.row(1).map(\.grapheme)) == ["a", "b", " ", " "])
        #expect(!a.rowEquals(Buffer(size: Size(width: 5, height: 2)), y: 0))
        #expect(!a.rowEquals(b, y: 2))
    }

    @Test func changedColumnsSpanTheDifferencesWidenedToWholeCharacters() {
        var old = Buffer(size: Size(width: 10, height: 1))
        old.write("PAR-2026-1", at: Position(x: 0, y: 0), role: .normal)
        var new = old
        #expect(new.changedColumns(from: old, y: 0) == nil)
        new.write("PAR-2027-7", at: Position(x: 0, y: 0), role: .normal)
        #expect(new.changedColumns(from: old, y: 0) == 7...9)
        new = old
        new.write("漢", at: Position(x: 4, y: 0), role: .normal)
        #expect(new.changedColumns(from: old, y: 0) == 4...5)
        // A narrow letter over the right half of a wide one: the whole old character is redrawn.
        let wide = new
        new.write("x", at: Position(x: 5, y: 0), role: .normal)
        #expect(new.changedColumns(from: wide, y: 0) == 4...5)
        new = wide
        new.setRole(Rect(x: 1, y: 0, width: 1, height: 1), role: .selection)
        #expect(new.changedColumns(from: wide, y: 0) == 1...1)
        #expect(new.changedColumns(from: Buffer(size: Size(width: 9, height: 1)), y: 0) == 0...9)
        #expect(new.changedColumns(from: old, y: 3) == nil)
    }

    @Test func graphemesOfSeveralScalarsCompareByTextNotByPlace() {
        var a = Buffer(size: Size(width: 6, height: 1))
        var b = Buffer(size: Size(width: 6, height: 1))
        a.write("👍🏽", at: Position(x: 0, y: 0), role: .normal)
        a.write("e\u{331}", at: Position(x: 3, y: 0), role: .normal)
        b.write("e\u{331}", at: Position(x: 3, y: 0), role: .normal)
        b.write("👍🏽", at: Position(x: 0, y: 0), role: .normal)
        #expect(a == b)
        #expect(a.rowEquals(b, y: 0))
        #expect(a[x: 3, y: 0].grapheme == "e\u{331}")
        #expect(a[x: 0, y: 0] == Cell(grapheme: "👍🏽", width: 2, role: .normal))
        b.write("o\u{331}", at: Position(x: 3, y: 0), role: .normal)
        #expect(b.changedColumns(from: a, y: 0) == 3...3)
    }
}

@Suite struct StyleRoleTests {
    @Test func ordinalIsThePositionAmongAllCases() {
        #expect(StyleRole.allCases.map(\.ordinal) == Array(StyleRole.allCases.indices))
    }
}
