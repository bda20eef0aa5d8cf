import GuichetTerminal

/// How ↑ ↓, PgUp PgDn, Home and End move the first line shown of a text longer than
/// its area (the help, a card's history, a report): one line, a page, either end.
enum ScrollKeys {
    /// The first line shown after `key`, kept within `0...last`; nil for a key that does not scroll.
    static func offset(_ current: Int, after key: Key, page: Int, last: Int) -> Int? {
        var offset = current
        switch key {
        case .up: offset -= 1
        case .down: offset += 1
        case .pageUp: offset -= page
        case .pageDown: offset += page
        case .home: offset = 0
        case .end: offset = last
        default: return nil
        }
        return min(max(0, offset), last)
    }
}
