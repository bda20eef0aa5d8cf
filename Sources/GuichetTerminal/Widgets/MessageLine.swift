/// The message line above the key bar. Errors and warnings start with "! "
/// so they stay recognisable without colour. A message too long for one line
/// wraps onto the line above (the area's first row), so it is read whole;
/// only beyond the area's rows is it cut.
public struct MessageLine: Sendable {
    public var text: String
    public var kind: MessageKind

    public init(text: String, kind: MessageKind) {
        self.text = text
        self.kind = kind
    }

    public var role: StyleRole {
        switch kind {
        case .info: return .normal
        case .success: return .success
        case .error: return .error
        case .warning: return .warning
        }
    }

    /// The text as shown, with its "! " prefix when needed.
    public var shownText: String {
        switch kind {
        case .error, .warning:
            return text.hasPrefix("! ") ? text : "! " + text
        case .info, .success:
            return text
        }
    }

    /// The rows the message needs at `width` columns.
    public func height(width: Int) -> Int {
        text.isEmpty ? 1 : max(1, TextWrap.wrap(shownText, width: width).count)
    }

    /// Draws on the area's last row, and on the rows above it when the text needs them.
    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs = .unicode) {
        guard !area.isEmpty else { return }
        let last = area.row(area.height - 1)
        buffer.fill(last, role: .normal)
        guard !text.isEmpty else { return }
        var lines = TextWrap.wrap(shownText, width: area.width)
        if lines.count > area.height {
            let kept = Array(lines.prefix(area.height - 1))
            let rest = lines.dropFirst(area.height - 1).joined(separator: " ")
            lines = kept + [TextWidth.truncated(rest, to: area.width, ellipsis: glyphs.ellipsis)]
            buffer.recordCut()
        }
        let top = area.maxY - lines.count
        for (index, line) in lines.enumerated() {
            let row = area.row(top - area.y + index)
            buffer.fill(row, role: .normal)
            buffer.write(line, at: Position(x: row.x, y: row.y), role: role, maxWidth: row.width)
        }
    }
}
