/// The htop-style bottom bar: "1Aide 2Nouveau … 10Retour" on one line.
/// When too wide, every label is cut to the same longest length that fits;
/// if even one letter per label is too much, the line is clipped. Never wraps.
public struct FunctionKeyBar: Sendable {
    public var items: [KeyBarItem]

    public init(items: [KeyBarItem]) {
        self.items = items
    }

    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs = .unicode) {
        let line = area.row(0)
        guard !line.isEmpty else { return }
        buffer.fill(line, role: .keyLabel)
        let labels = items.map { DisplayText.sanitized($0.label) }
        let limit = labelLimit(labels, width: line.width)
        if limit != nil { buffer.recordCut() }
        var x = line.x
        for (i, item) in items.enumerated() {
            let room = line.maxX - x
            guard room > 0 else { break }
            if i > 0 { x += 1 }
            x += buffer.write(String(item.number), at: Position(x: x, y: line.y), role: .keyName, maxWidth: line.maxX - x)
            let label = limit.map { TextWidth.prefix(labels[i], fitting: $0) } ?? labels[i]
            x += buffer.write(label, at: Position(x: x, y: line.y),
                              role: item.isEnabled ? .keyLabel : .keyDisabled, maxWidth: max(0, line.maxX - x))
        }
    }

    /// nil when everything fits, else the label width to cut to (at least 1).
    private func labelLimit(_ labels: [String], width: Int) -> Int? {
        let widths = labels.map { TextWidth.of($0) }
        let fixed = items.reduce(0) { $0 + String($1.number).count } + max(0, items.count - 1)
        func total(_ limit: Int) -> Int { fixed + widths.reduce(0) { $0 + min($1, limit) } }
        let longest = widths.max() ?? 0
        if total(longest) <= width { return nil }
        var limit = longest
        while limit > 1 && total(limit) > width { limit -= 1 }
        return limit
    }
}
