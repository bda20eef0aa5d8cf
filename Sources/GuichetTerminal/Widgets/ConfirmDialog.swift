/// A centred bordered box asking for a decision:
///
///     ┌─ Quitter ────────────────┐
///     │                          │
///     │ Fermer le guichet ?      │
///     │                          │
///     │   Entrée Oui · Échap Non │
///     └──────────────────────────┘
///
/// Text lines are word-wrapped; the hint (centred) is on the last inner line.
public struct ConfirmDialog: Sendable {
    public var title: String
    public var lines: [String]
    public var hint: String
    /// Widest text column count before lines wrap.
    public var maxTextWidth: Int

    public init(title: String, lines: [String], hint: String, maxTextWidth: Int = 56) {
        self.title = title
        self.lines = lines
        self.hint = hint
        self.maxTextWidth = maxTextWidth
    }

    /// The box that `render` draws inside `area`.
    public func frame(in area: Rect) -> Rect {
        let layout = self.layout(in: area)
        return area.centered(width: layout.textWidth + 4, height: layout.text.count + 5)
    }

    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs = .unicode) {
        let layout = self.layout(in: area)
        let box = area.centered(width: layout.textWidth + 4, height: layout.text.count + 5)
        guard box.width >= 2, box.height >= 2 else { return }
        buffer.fill(box, role: .dialog)
        BoxBorder(title: title, role: .dialog).render(into: &buffer, area: box, glyphs: glyphs)
        let inner = box.inset(by: 1)
        let textArea = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        // Row 0 and the row before the hint stay blank for air.
        let room = max(0, textArea.height - 3)
        if layout.text.count > room || layout.dropped { buffer.recordCut() }
        for (i, text) in layout.text.prefix(room).enumerated() {
            TextLine(text, role: .dialog).render(into: &buffer, area: textArea.row(1 + i), glyphs: glyphs)
        }
        if textArea.height >= 1 {
            TextLine(hint, role: .dialog, alignment: .center)
                .render(into: &buffer, area: textArea.row(textArea.height - 1), glyphs: glyphs)
        }
    }

    private func layout(in area: Rect) -> (textWidth: Int, text: [String], dropped: Bool) {
        let available = max(1, min(maxTextWidth, area.width - 4))
        let natural = max(lines.map { TextWidth.of($0) }.max() ?? 0, TextWidth.of(hint), TextWidth.of(title) + 4)
        let textWidth = min(natural, available)
        let text = lines.flatMap { TextWrap.wrap($0, width: textWidth) }
        let rows = max(0, min(text.count, area.height - 5))
        return (textWidth, Array(text.prefix(rows)), rows < text.count)
    }
}
