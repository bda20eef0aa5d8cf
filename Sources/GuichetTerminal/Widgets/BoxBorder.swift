/// Draws a rectangular border with the given glyphs, optionally with a title
/// set into the top edge: "┌─ Titre ───┐".
public struct BoxBorder: Sendable {
    public var title: String?
    public var role: StyleRole

    public init(title: String? = nil, role: StyleRole = .border) {
        self.title = title
        self.role = role
    }

    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs = .unicode) {
        guard area.width >= 2, area.height >= 2 else { return }
        let inner = area.width - 2
        let bar = String(repeating: glyphs.horizontal, count: inner)
        buffer.write(glyphs.topLeft + bar + glyphs.topRight, at: Position(x: area.x, y: area.y), role: role, maxWidth: area.width)
        buffer.write(glyphs.bottomLeft + bar + glyphs.bottomRight, at: Position(x: area.x, y: area.maxY - 1),
                     role: role, maxWidth: area.width)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.write(glyphs.vertical, at: Position(x: area.x, y: y), role: role)
            buffer.write(glyphs.vertical, at: Position(x: area.maxX - 1, y: y), role: role)
        }
        if let title, !title.isEmpty, inner >= 3 {
            if TextWidth.of(title) > inner - 3 { buffer.recordCut() }
            let shown = " " + TextWidth.truncated(title, to: inner - 3, ellipsis: glyphs.ellipsis) + " "
            buffer.write(shown, at: Position(x: area.x + 2, y: area.y), role: role, maxWidth: inner - 1)
        }
    }
}
