/// Clears its area and centres a message, used when the terminal is too small.
public struct TooSmallNotice: Sendable {
    public var text: String

    public init(text: String) {
        self.text = text
    }

    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs = .unicode) {
        buffer.fill(area, role: .normal)
        guard !area.isEmpty else { return }
        let lines = Array(TextWrap.wrap(text, width: area.width).prefix(area.height))
        let top = area.y + (area.height - lines.count) / 2
        for (i, line) in lines.enumerated() {
            let row = Rect(x: area.x, y: top + i, width: area.width, height: 1)
            TextLine(line, role: .normal, alignment: .center).render(into: &buffer, area: row, glyphs: glyphs)
        }
    }
}
