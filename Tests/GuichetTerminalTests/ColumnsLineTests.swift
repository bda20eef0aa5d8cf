import Testing
@testable import GuichetTerminal

@Suite struct ColumnsLineTests {
    private func line(_ texts: [String], widths: [Int], width: Int = 24, glyphs: Glyphs = .unicode) -> String {
        var buffer = Buffer(size: Size(width: width, height: 1))
        ColumnsLine(texts, widths: widths).render(into: &buffer, area: buffer.bounds, glyphs: glyphs)
        return buffer.lines()[0]
    }

    @Test func aTextCutBeforeAnotherColumnKeepsABlankAfterItsEllipsis() {
        #expect(line(["Marie-Christine", "10/06/2024"], widths: [10]) == "Marie-Ch… 10/06/2024")
        #expect(line(["Hélène-Françoise", "10/06"], widths: [10]) == "Hélène-F… 10/06")
        #expect(line(["Marie-Christine", "10/06/2024"], widths: [10], glyphs: .ascii) == "Marie-... 10/06/2024")
    }

    @Test func textsThatFitAndTheLastColumnAreWrittenWhole() {
        #expect(line(["Marie", "10/06/2024"], widths: [10]) == "Marie     10/06/2024")
        // Exactly the column's width: nothing is cut, nothing moves.
        #expect(line(["Marie-Anne", "10/06"], widths: [10]) == "Marie-Anne10/06")
        // The last column is cut at the line's end, with no blank to keep.
        #expect(line(["Nom", "Une raison bien trop longue"], widths: [4], width: 16) == "Nom Une raison …")
    }
}
