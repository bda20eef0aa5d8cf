/// One line of text in the first row of its area, truncated with an ellipsis.
public struct TextLine: Sendable {
    public var text: String
    public var role: StyleRole
    public var alignment: Alignment

    public init(_ text: String, role: StyleRole = .normal, alignment: Alignment = .left) {
        self.text = text
        self.role = role
        self.alignment = alignment
    }

    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs = .unicode) {
        let line = area.row(0)
        guard !line.isEmpty else { return }
        buffer.fill(line, role: role)
        let shown = TextWidth.padded(text, to: line.width, alignment: alignment, ellipsis: glyphs.ellipsis)
        buffer.write(shown, at: Position(x: line.x, y: line.y), role: role, maxWidth: line.width)
    }
}
