/// One line of text in the first row of its area, truncated with an ellipsis.
public struct TextLine: Sendable {
    public var text: String
    public var role: StyleRole
    public var alignment: Alignment
    /// False for a cell of a table or a card, whose whole text is read elsewhere
    /// (its own screen, its form): a cut there is not counted in `Buffer.cuts`.
    public var countsCut: Bool

    public init(_ text: String, role: StyleRole = .normal, alignment: Alignment = .left, countsCut: Bool = true) {
        self.text = text
        self.role = role
        self.alignment = alignment
        self.countsCut = countsCut
    }

    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs = .unicode) {
        let line = area.row(0)
        guard !line.isEmpty else { return }
        buffer.fill(line, role: role)
        write(into: &buffer, line: line, glyphs: glyphs, countsCut: countsCut)
    }

    /// Writes the text over `line` already filled with spaces of its role: the
    /// text as `TextWidth.padded` cuts and places it, without building the spaces.
    /// A cut is counted in `Buffer.cuts` unless `countsCut` is false (a table's column).
    func write(into buffer: inout Buffer, line: Rect, glyphs: Glyphs, countsCut: Bool = true) {
        guard line.width > 0 else { return }
        if let plain = TextWidth.plainWidth(text), plain <= line.width {
            // Fits as it is: already sanitized and NFC, and its width is known.
            let x = origin(in: line, width: plain)
            buffer.write(plain: text, width: plain, at: Position(x: x, y: line.y), role: role, maxWidth: line.maxX - x)
            return
        }
        let shown = TextWidth.truncated(text, to: line.width, ellipsis: glyphs.ellipsis)
        if countsCut && TextWidth.of(text) > line.width { buffer.recordCut() }
        let x = origin(in: line, width: min(line.width, TextWidth.of(shown)))
        buffer.write(shown, at: Position(x: x, y: line.y), role: role, maxWidth: line.maxX - x)
    }

    /// Where text `width` columns wide starts in `line`, by the alignment.
    private func origin(in line: Rect, width: Int) -> Int {
        switch alignment {
        case .left: return line.x
        case .right: return line.x + line.width - width
        case .center: return line.x + (line.width - width) / 2
        }
    }
}
