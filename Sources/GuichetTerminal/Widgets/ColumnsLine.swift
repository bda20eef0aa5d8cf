/// Texts side by side in one row: each cut with an ellipsis to its column's
/// width, the last column taking what is left. Drawn straight into the buffer
/// (lists of several columns are redrawn at every keystroke).
public struct ColumnsLine: Sendable {
    public var texts: [String]
    /// The widths of the columns but the last.
    public var widths: [Int]
    public var role: StyleRole

    public init(_ texts: [String], widths: [Int], role: StyleRole = .normal) {
        self.texts = texts
        self.widths = widths
        self.role = role
    }

    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs = .unicode) {
        let line = area.row(0)
        guard !line.isEmpty else { return }
        buffer.fill(line, role: role)
        var x = line.x
        for (index, text) in texts.enumerated() where x < line.maxX {
            let width = index < widths.count ? min(max(0, widths[index]), line.maxX - x) : line.maxX - x
            // A text cut before another column keeps a blank after its ellipsis (« Marie-Ch… 10/06 »).
            // No scalar is wider than its UTF-8 bytes: a text of no more bytes than the column fits,
            // and is not measured (this runs for every cell at every keystroke).
            let cutBeforeNext = index < texts.count - 1 && width > 1 && text.utf8.count > width
                && (TextWidth.plainWidth(text) ?? TextWidth.of(text)) > width
            // A long name cut in a table is read whole on its own screen: not counted as a cut.
            TextLine(text, role: role).write(into: &buffer, line: Rect(x: x, y: line.y, width: cutBeforeNext ? width - 1 : width, height: 1),
                                             glyphs: glyphs, countsCut: false)
            x += width
        }
    }
}
