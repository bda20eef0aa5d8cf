import Testing
@testable import GuichetTerminal

@Suite struct TextLineTests {
    private func render(_ line: TextLine, width: Int, glyphs: Glyphs = .unicode) -> Buffer {
        var buffer = Buffer(size: Size(width: width + 2, height: 2))
        line.render(into: &buffer, area: Rect(x: 1, y: 0, width: width, height: 1), glyphs: glyphs)
        return buffer
    }

    @Test func fittingTextIsWrittenAsIs() {
        let buffer = render(TextLine("Recharges", role: .title), width: 12)
        #expect(buffer.lines() == [" Recharges", ""])
        #expect(buffer[1, 0].role == .title)
        #expect(buffer[12, 0].role == .title)   // the whole line carries the role
        #expect(buffer[13, 0].role == .normal)  // outside the area
    }

    @Test func longTextIsCutWithEllipsis() {
        #expect(render(TextLine("Bénéficiaires"), width: 8).lines()[0] == " Bénéfic…")
        #expect(render(TextLine("e\u{301}te\u{301} indien"), width: 2).lines()[0] == " é…")
        #expect(render(TextLine("漢字漢字漢字"), width: 5).lines()[0] == " 漢字…")
        #expect(render(TextLine("Bénéficiaires"), width: 8, glyphs: .ascii).lines()[0] == " Bénéf...")
    }

    @Test func alignments() {
        #expect(render(TextLine("abc", alignment: .right), width: 6).lines()[0] == "    abc")
        #expect(render(TextLine("abc", alignment: .center), width: 7).lines()[0] == "   abc")
    }

    @Test func emptyAreaDrawsNothing() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        TextLine("abc").render(into: &buffer, area: Rect(x: 0, y: 0, width: 0, height: 1))
        TextLine("abc").render(into: &buffer, area: Rect(x: 0, y: 0, width: 4, height: 0))
        #expect(buffer.lines() == [""])
        TextLine("abc").render(into: &buffer, area: Rect(x: 0, y: 0, width: 1, height: 1))
        #expect(buffer.lines() == ["…"])
    }
}
