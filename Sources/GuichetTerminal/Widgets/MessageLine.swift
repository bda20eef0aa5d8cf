/// The message line above the key bar. Errors and warnings start with "! "
/// so they stay recognisable without colour.
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

    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs = .unicode) {
        let line = area.row(0)
        guard !line.isEmpty else { return }
        buffer.fill(line, role: .normal)
        guard !text.isEmpty else { return }
        let shown = TextWidth.truncated(shownText, to: line.width, ellipsis: glyphs.ellipsis)
        buffer.write(shown, at: Position(x: line.x, y: line.y), role: role, maxWidth: line.width)
    }
}
