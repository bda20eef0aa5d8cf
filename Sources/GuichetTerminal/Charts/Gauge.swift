/// One line: a bar for `value` out of `maximum` on a track that shows the whole
/// scale, a reference mark drawn as its own character (so it reads without
/// colour, over the bar as well as beyond it), then an optional text. A second
/// line, when the area has room and a caption is given, points up at the mark
/// and names it: `▲ référence 5 %`.
///
/// The text keeps its width first (it is the exact figure: a value past the
/// maximum is drawn as a full bar, only the text says by how much); the bar
/// takes the rest but one space.
public struct Gauge: Sendable {
    public var value: Int
    public var maximum: Int
    /// Where the mark stands, on the same scale; nil or outside `0...maximum`: no mark.
    public var reference: Int?
    public var text: String
    /// The mark's name, written after the pointer on the line under the bar.
    public var caption: String?
    public var role: StyleRole
    /// The role of the mark and of the pointer to it.
    public var markRole: StyleRole
    public var textRole: StyleRole

    public init(value: Int, maximum: Int, reference: Int? = nil, text: String = "", caption: String? = nil,
                role: StyleRole = .chart, markRole: StyleRole = .highlight, textRole: StyleRole = .normal) {
        self.value = value
        self.maximum = maximum
        self.reference = reference
        self.text = text
        self.caption = caption
        self.role = role
        self.markRole = markRole
        self.textRole = textRole
    }

    /// Rows the gauge needs: two with a caption, one without.
    public var height: Int { caption == nil ? 1 : 2 }

    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs = .unicode) {
        guard !area.isEmpty else { return }
        let rows = Rect(x: area.x, y: area.y, width: area.width, height: min(area.height, height))
        buffer.fill(rows, role: .normal)
        let textWidth = min(area.width, ChartScale.width(of: text))
        let barWidth = max(0, area.width - textWidth - (textWidth > 0 ? 1 : 0))
        if textWidth > 0 {
            TextLine(text, role: textRole).write(
                into: &buffer, line: Rect(x: area.maxX - textWidth, y: area.y, width: textWidth, height: 1), glyphs: glyphs)
        }
        guard barWidth > 0 else { return }
        let fill = BarFill(glyphs: glyphs)
        let units = ChartScale.nearest(value, of: maximum, steps: fill.steps(inCells: barWidth))
        fill.draw(units: units, into: &buffer, at: Position(x: area.x, y: area.y), maxWidth: barWidth, role: role)
        let filled = fill.cells(units: units)
        if filled < barWidth {
            buffer.write(String(repeating: glyphs.lightShade, count: barWidth - filled),
                         at: Position(x: area.x + filled, y: area.y), role: .muted, maxWidth: barWidth - filled)
        }
        let mark = markColumn(barWidth: barWidth).map { area.x + $0 }
        if let mark {
            buffer.write(glyphs.referenceMark, at: Position(x: mark, y: area.y), role: markRole, maxWidth: 1)
        }
        if let caption, area.height > 1 {
            drawCaption(caption, mark: mark, line: area.row(1), into: &buffer, glyphs: glyphs)
        }
    }

    /// The bar's cell that starts at the reference (the last one for the
    /// maximum): a value equal to the reference fills the cells left of the mark.
    func markColumn(barWidth: Int) -> Int? {
        guard let reference, maximum > 0, (0...maximum).contains(reference), barWidth > 0 else { return nil }
        return min(barWidth - 1, ChartScale.floor(reference, of: maximum, steps: barWidth))
    }

    /// `▲ caption` from the mark when it fits on its right, else `caption ▲`
    /// ending at the mark, else on the side with more room, cut with an
    /// ellipsis. Without a mark, the caption alone from the left.
    private func drawCaption(_ caption: String, mark: Int?, line: Rect, into buffer: inout Buffer, glyphs: Glyphs) {
        guard let mark else {
            TextLine(caption, role: textRole).write(into: &buffer, line: line, glyphs: glyphs)
            return
        }
        buffer.write(glyphs.referencePointer, at: Position(x: mark, y: line.y), role: markRole, maxWidth: 1)
        let width = ChartScale.width(of: caption)
        let right = line.maxX - (mark + 2)
        let left = mark - 1 - line.x
        if width <= right || (width > left && right >= left) {
            guard right > 0 else { return }
            TextLine(caption, role: textRole).write(
                into: &buffer, line: Rect(x: mark + 2, y: line.y, width: right, height: 1), glyphs: glyphs)
        } else {
            guard left > 0 else { return }
            TextLine(caption, role: textRole, alignment: .right).write(
                into: &buffer, line: Rect(x: line.x, y: line.y, width: left, height: 1), glyphs: glyphs)
        }
    }
}
