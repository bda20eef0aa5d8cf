/// Draws a one-line text field, scrolled horizontally to keep the cursor visible.
public struct TextFieldView: Sendable {
    public var state: TextFieldState
    public var focused: Bool
    public var mask: String

    public init(state: TextFieldState, focused: Bool, mask: String = "•") {
        self.state = state
        self.focused = focused
        self.mask = mask
    }

    /// Returns where the terminal cursor belongs when focused, else nil.
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs = .unicode) -> Position? {
        let line = area.row(0)
        guard !line.isEmpty else { return nil }
        let role: StyleRole = focused ? .fieldFocused : .field
        buffer.fill(line, role: role)

        let symbol = mask == "•" ? glyphs.bullet : mask
        let shown: [String] = state.isMasked
            ? Array(repeating: symbol, count: state.text.count)
            : DisplayText.sanitized(state.text).map { String($0) }
        let widths = shown.map { TextWidth.of($0) }
        let cursor = min(max(0, state.cursor), shown.count)

        // First grapheme shown: the smallest start that leaves room for the cursor cell.
        var start = 0
        var before = widths[..<cursor].reduce(0, +)
        while start < cursor && before > line.width - 1 {
            before -= widths[start]
            start += 1
        }
        buffer.write(shown[start...].joined(), at: Position(x: line.x, y: line.y), role: role, maxWidth: line.width)
        guard focused else { return nil }
        return Position(x: line.x + min(before, line.width - 1), y: line.y)
    }
}
