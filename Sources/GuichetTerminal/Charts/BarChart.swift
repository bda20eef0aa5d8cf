/// Horizontal bars, one row each: the label left-aligned in a column as wide
/// as the widest label, the bar, and the value text right-aligned in a last
/// column at the right edge of the area.
///
/// The value texts share one right-aligned column (rather than following each
/// bar) so that amounts line up by their last digit and unit and read as a
/// table, and every bar is measured against the same column width.
///
/// Columns when the area is narrow: the value texts keep their width first
/// (they are the exact figures), the labels get at most half of what is left
/// (cut with an ellipsis beyond), the bars the rest. Bars past the area's
/// height are not drawn.
public struct BarChart: Sendable {
    public var bars: [Bar]
    /// The value of a full bar; nil scales to the largest value.
    public var maximum: Int?
    public var labelRole: StyleRole
    public var textRole: StyleRole

    public init(bars: [Bar], maximum: Int? = nil, labelRole: StyleRole = .normal, textRole: StyleRole = .normal) {
        self.bars = bars
        self.maximum = maximum
        self.labelRole = labelRole
        self.textRole = textRole
    }

    /// Rows the chart needs: one per bar.
    public var height: Int { bars.count }

    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs = .unicode) {
        guard !area.isEmpty else { return }
        buffer.fill(area, role: .normal)
        let columns = Columns(bars: bars, width: area.width)
        let fill = BarFill(glyphs: glyphs)
        let scale = maximum ?? bars.map(\.value).max() ?? 0
        let barX = area.x + columns.barOffset
        for (index, bar) in bars.prefix(area.height).enumerated() {
            let y = area.y + index
            if columns.label > 0 {
                TextLine(bar.label, role: labelRole).write(
                    into: &buffer, line: Rect(x: area.x, y: y, width: columns.label, height: 1), glyphs: glyphs)
            }
            let units = ChartScale.nearest(bar.value, of: scale, steps: fill.steps(inCells: columns.bar))
            fill.draw(units: units, into: &buffer, at: Position(x: barX, y: y), maxWidth: columns.bar, role: bar.role)
            if columns.text > 0 {
                TextLine(bar.text, role: textRole, alignment: .right).write(
                    into: &buffer, line: Rect(x: area.maxX - columns.text, y: y, width: columns.text, height: 1),
                    glyphs: glyphs)
            }
        }
    }

    /// The widths of the three columns (a space between two that are not empty).
    struct Columns: Equatable {
        let label: Int
        let bar: Int
        let text: Int

        init(bars: [Bar], width: Int) {
            let width = max(0, width)
            text = min(width, bars.map { ChartScale.width(of: $0.text) }.max() ?? 0)
            let left = max(0, width - text - (text > 0 ? 1 : 0))
            label = min(left / 2, bars.map { ChartScale.width(of: $0.label) }.max() ?? 0)
            bar = max(0, left - label - (label > 0 ? 1 : 0))
        }

        var barOffset: Int { label > 0 ? label + 1 : 0 }
    }
}
