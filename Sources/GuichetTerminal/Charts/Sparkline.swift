/// One row of levels for a series (`Visites ▁▃▅█▂`), one cell per value,
/// scaled from 0 to the largest value drawn (all zeros draw the lowest level).
/// When the series is longer than the room, its most recent values (the right
/// end) are kept. The label, if any, comes first, then one space; it is cut
/// with an ellipsis only where the values need the room, and keeps at least
/// half of the width.
public struct Sparkline: Sendable {
    public var values: [Int]
    public var label: String?
    /// The value of the highest level; nil: the largest value drawn.
    public var maximum: Int?
    public var role: StyleRole
    public var labelRole: StyleRole

    public init(values: [Int], label: String? = nil, maximum: Int? = nil,
                role: StyleRole = .chart, labelRole: StyleRole = .normal) {
        self.values = values
        self.label = label
        self.maximum = maximum
        self.role = role
        self.labelRole = labelRole
    }

    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs = .unicode) {
        let line = area.row(0)
        guard !line.isEmpty else { return }
        buffer.fill(line, role: .normal)
        var x = line.x
        if let label {
            let room = max(line.width / 2, line.width - values.count - 1)
            let width = min(room, ChartScale.width(of: label))
            if width > 0 {
                TextLine(label, role: labelRole).write(
                    into: &buffer, line: Rect(x: x, y: line.y, width: width, height: 1), glyphs: glyphs)
                x += width + 1
            }
        }
        let levels = glyphs.sparkLevels
        guard !levels.isEmpty, x < line.maxX else { return }
        let shown = values.suffix(line.maxX - x)
        let top = maximum ?? shown.max() ?? 0
        let text = shown.map { levels[ChartScale.nearest($0, of: top, steps: levels.count - 1)] }.joined()
        buffer.write(text, at: Position(x: x, y: line.y), role: role, maxWidth: line.maxX - x)
    }
}
