/// Selection and scroll offset of a list, moved by keys.
public struct ListState: Sendable, Equatable {
    public var selected: Int
    /// Index of the first visible item.
    public var offset: Int

    public init() {
        selected = 0
        offset = 0
    }

    public init(selected: Int, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Up, down, page up/down, home and end move the selection; returns true
    /// when the key is one of those (even at an edge), false otherwise.
    public mutating func handle(_ key: Key, itemCount: Int, pageSize: Int) -> Bool {
        let page = max(1, pageSize)
        switch key {
        case .up: selected -= 1
        case .down: selected += 1
        case .pageUp: selected -= page
        case .pageDown: selected += page
        case .home: selected = 0
        case .end: selected = itemCount - 1
        default: return false
        }
        clamp(itemCount: itemCount, pageSize: pageSize)
        return true
    }

    /// Keeps the selection inside the items and the offset such that the
    /// selection is visible in a page of `pageSize` rows.
    public mutating func clamp(itemCount: Int, pageSize: Int) {
        guard itemCount > 0 else {
            selected = 0
            offset = 0
            return
        }
        let page = max(1, pageSize)
        selected = min(max(0, selected), itemCount - 1)
        if selected < offset { offset = selected }
        if selected >= offset + page { offset = selected - page + 1 }
        offset = min(max(0, offset), max(0, itemCount - page))
    }
}
