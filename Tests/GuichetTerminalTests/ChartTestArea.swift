@testable import GuichetTerminal

/// A buffer filled with "x" of role `.error`, to see that a chart drawn in an
/// area leaves every cell outside it alone.
struct ChartTestArea {
    var buffer: Buffer

    init(width: Int, height: Int) {
        buffer = Buffer(size: Size(width: width, height: height))
        for y in 0..<height {
            buffer.write(String(repeating: "x", count: width), at: Position(x: 0, y: y), role: .error)
        }
    }

    /// Whether every cell outside `area` still holds its "x" of role `.error`.
    func untouched(outside area: Rect) -> Bool {
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width where !area.contains(Position(x: x, y: y)) {
                if buffer[x, y] != Cell(grapheme: "x", width: 1, role: .error) { return false }
            }
        }
        return true
    }
}
