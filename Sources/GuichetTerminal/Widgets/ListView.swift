/// A scrolling list: an optional header line, then one row per visible item,
/// the selected row highlighted across the whole width. Items and header of
/// several columns are laid out by `columnWidths` (see `ColumnsLine`).
public struct ListView: Sendable {
    public var items: [ListItem]
    public var state: ListState
    public var header: ListItem?
    public var columnWidths: [Int]
    /// When the items overflow, shows "selected/count" at the right of the header.
    public var showsPosition: Bool

    public init(items: [ListItem], state: ListState, header: String? = nil, showsPosition: Bool = false) {
        self.init(items: items, state: state, header: header.map { ListItem($0) }, columnWidths: [], showsPosition: showsPosition)
    }

    public init(items: [ListItem], state: ListState, header: ListItem?, columnWidths: [Int], showsPosition: Bool = false) {
        self.items = items
        self.state = state
        self.header = header
        self.columnWidths = columnWidths
        self.showsPosition = showsPosition
    }

    /// Rows available for items in `area` (the header takes one).
    public func pageSize(in area: Rect) -> Int {
        max(0, area.height - (header == nil ? 0 : 1))
    }

    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs = .unicode) {
        guard !area.isEmpty else { return }
        var rows = area
        if let header {
            rows = area.dropping(rows: 1)
            var title = area.row(0)
            if showsPosition, items.count > rows.height {
                let position = " \(min(max(0, state.selected), items.count - 1) + 1)/\(items.count)"
                let width = min(title.width, TextWidth.of(position))
                TextLine(position, role: .header, alignment: .right)
                    .render(into: &buffer, area: Rect(x: title.maxX - width, y: title.y, width: width, height: 1), glyphs: glyphs)
                title.width -= width
            }
            line(header, role: .header).render(into: &buffer, area: title, glyphs: glyphs)
        }
        buffer.fill(rows, role: .normal)
        guard !rows.isEmpty, !items.isEmpty else { return }
        // Scroll from a copy so that rendering never changes the caller's state.
        var visible = state
        visible.clamp(itemCount: items.count, pageSize: rows.height)
        for i in 0..<rows.height {
            let index = visible.offset + i
            guard index < items.count else { break }
            let item = items[index]
            let role = index == visible.selected ? StyleRole.selection : item.role
            line(item, role: role).render(into: &buffer, area: rows.row(i), glyphs: glyphs)
        }
    }

    private func line(_ item: ListItem, role: StyleRole) -> ColumnsLine {
        ColumnsLine(item.columns, widths: columnWidths, role: role)
    }
}
