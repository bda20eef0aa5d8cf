/// A pure grid of cells that widgets render into and backends present.
///
/// Cells are kept as `StoredCell`s (no references): a frame is written at every
/// keystroke, so writing, comparing and dropping one must cost next to nothing.
public struct Buffer: Sendable, Equatable {
    public let size: Size
    private var cells: [StoredCell]
    /// The graphemes of more than one scalar, which cells refer to by index.
    private var clusters: [String] = []
    /// How many writes and fills reached past the buffer's edges (and were
    /// clipped): a screen keeps inside its area, and the screen fuzz checks it.
    public private(set) var overflows = 0
    /// How many texts were cut with an ellipsis to fit (list columns aside): the
    /// screens keep what a person must read whole, and the tests check it.
    public private(set) var cuts = 0

    /// A buffer filled with spaces of role `.normal`; negative sizes become zero.
    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank(), count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(size: size) }

    /// The cell at (x, y); a blank `.normal` cell outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        guard inBounds(x, y) else { return .blank() }
        let stored = cells[y * size.width + x]
        return Cell(grapheme: grapheme(of: stored), width: Int(stored.width), role: stored.role)
    }

    /// The same cell, for call sites that prefer labels: `buffer[x: 3, y: 1]`.
    public subscript(x x: Int, y y: Int) -> Cell {
        self[x, y]
    }

    private func inBounds(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size.width && y < size.height
    }

    /// Same size and the same graphemes, widths and roles everywhere (however
    /// the clusters happen to be numbered).
    public static func == (lhs: Buffer, rhs: Buffer) -> Bool {
        guard lhs.size == rhs.size else { return false }
        return (0..<lhs.size.height).allSatisfy { lhs.rowEquals(rhs, y: $0) }
    }

    /// The text of a stored cell ("" for a continuation).
    package func grapheme(of stored: StoredCell) -> String {
        if stored.isCluster { return clusters[Int(stored.code & ~StoredCell.clusterFlag)] }
        if stored.isContinuation { return "" }
        let value = Int(stored.code)
        return value < Self.latinGraphemes.count ? Self.latinGraphemes[value] : String(Unicode.Scalar(stored.code) ?? " ")
    }

    /// Whether two stored cells show the same thing, looking into clusters when needed.
    @inline(__always)
    private func same(_ mine: StoredCell, _ theirs: StoredCell, in other: Buffer) -> Bool {
        if mine == theirs && !mine.isCluster { return true }
        guard mine.width == theirs.width, mine.role == theirs.role, mine.isCluster, theirs.isCluster else { return false }
        return grapheme(of: mine) == other.grapheme(of: theirs)
    }

    /// A stored cell for one grapheme: its scalar, or a new cluster.
    private mutating func stored(_ character: Character, width: Int, role: StyleRole) -> StoredCell {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first {
            return StoredCell(code: scalar.value, width: UInt8(width), role: role)
        }
        clusters.append(String(character))
        return StoredCell(code: StoredCell.clusterFlag | UInt32(clusters.count - 1), width: UInt8(width), role: role)
    }

    /// Writes NFC-normalised `text` grapheme by grapheme from `at`, clipped at
    /// the buffer edge and at `maxWidth` columns. A wide character that does not
    /// fit is replaced by a space; control characters are shown as "?";
    /// zero-width graphemes are dropped. Returns the columns used, counted
    /// from `at` (columns clipped on the left included), so callers can chain writes.
    @discardableResult
    public mutating func write(_ text: String, at: Position, role: StyleRole, maxWidth: Int? = nil) -> Int {
        guard at.y >= 0, at.y < size.height else {
            overflows += 1
            return 0
        }
        if let width = TextWidth.plainWidth(text) {
            // Plain text (simple scalars, no controls) is its own sanitized form.
            return write(plain: text, width: width, at: at, role: role, maxWidth: maxWidth)
        }
        let clean = DisplayText.sanitized(text)
        if let width = TextWidth.plainWidth(clean) {
            return write(plain: clean, width: width, at: at, role: role, maxWidth: maxWidth)
        }
        let limit = self.limit(at: at, maxWidth: maxWidth)
        var column = at.x
        for character in clean {
            let width = TextWidth.of(character)
            if width == 0 { continue }
            if column + width > limit {
                if maxWidth == nil { overflows += 1 }
                if column < limit && column >= 0 {
                    put(.blank(role), x: column, y: at.y)
                    column += 1
                }
                break
            }
            if column < 0 {
                // Clipped on the left: keep the visible half of a wide char as a space.
                if column + width > 0 {
                    for c in 0..<(column + width) { put(.blank(role), x: c, y: at.y) }
                }
            } else {
                put(stored(character, width: width, role: role), x: column, y: at.y)
            }
            column += width
        }
        return max(0, column - at.x)
    }

    /// `write` for text known to be plain (`TextWidth.plainWidth(text) == width`):
    /// each scalar a grapheme of one column but the soft hyphen, which takes none.
    @discardableResult
    mutating func write(plain text: String, width: Int, at: Position, role: StyleRole, maxWidth: Int?) -> Int {
        guard at.y >= 0, at.y < size.height else {
            overflows += 1
            return 0
        }
        let limit = self.limit(at: at, maxWidth: maxWidth)
        if maxWidth == nil, at.x + width > size.width { overflows += 1 }
        if text.utf8.count == width {
            // One byte per column: ASCII (every other scalar takes two bytes or more).
            return writeNarrow(text.utf8, count: width, at: at, limit: limit, role: role) { UInt32($0) }
        }
        return writeNarrow(text.unicodeScalars, count: width, at: at, limit: limit, role: role) {
            $0.value == 0xAD ? nil : $0.value
        }
    }

    /// The column where a write from `at` stops: the buffer's edge or `maxWidth` columns on.
    /// A start left of the buffer, or a width past its right edge, is an overflow.
    private mutating func limit(at: Position, maxWidth: Int?) -> Int {
        if at.x < 0 { overflows += 1 }
        guard let maxWidth else { return size.width }
        if at.x + max(0, maxWidth) > size.width { overflows += 1 }
        return min(size.width, at.x + max(0, maxWidth))
    }

    /// Writes the `count` one-column scalars that `code` finds in `elements` (nil
    /// skips an element) from `at` up to `limit`, as one span: only a wide
    /// character cut at either end of the span needs mending.
    @inline(__always)
    private mutating func writeNarrow<Elements: Sequence>(_ elements: Elements, count: Int, at: Position, limit: Int,
                                                          role: StyleRole, code: (Elements.Element) -> UInt32?) -> Int {
        guard at.x < limit else { return 0 }
        let end = min(limit, at.x + count)
        let first = max(0, at.x)
        if first < end {
            mendWideCharacters(y: at.y, from: first, to: end)
            let base = at.y * size.width
            var index = base + at.x
            cells.withUnsafeMutableBufferPointer { stored in
                for element in elements {
                    guard let value = code(element) else { continue }
                    if index >= base + end { break }
                    if index >= base + first { stored[index] = StoredCell(code: value, width: 1, role: role) }
                    index += 1
                }
            }
        }
        return max(0, end - at.x)
    }

    /// Before cells `from..<to` of row `y` are overwritten by narrow ones: a wide
    /// character crossing either edge loses its other half, which becomes a space
    /// of its own role, so the grid never holds half a wide char.
    private mutating func mendWideCharacters(y: Int, from: Int, to: Int) {
        let row = y * size.width
        if from > 0, cells[row + from].isContinuation, cells[row + from - 1].width == 2 {
            cells[row + from - 1] = .blank(cells[row + from - 1].role)
        }
        let last = to - 1
        if cells[row + last].width == 2, last + 1 < size.width, cells[row + last + 1].isContinuation {
            cells[row + last + 1] = .blank(cells[row + last + 1].role)
        }
    }

    /// One-scalar strings for U+0000...U+02FF, made once: building a string per
    /// cell read cost more than the rest of reading it.
    private static let latinGraphemes: [String] = (0..<0x300).map { String(Unicode.Scalar(UInt32($0))!) }

    /// The cells of row `y` (which must be inside the buffer), left to right.
    func row(_ y: Int) -> [Cell] {
        (0..<size.width).map { self[$0, y] }
    }

    /// Calls `body` with the stored cells of row `y` (which must be inside the buffer).
    package func withStoredRow<Result>(_ y: Int, _ body: (UnsafeBufferPointer<StoredCell>) -> Result) -> Result {
        cells.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[(y * size.width)..<((y + 1) * size.width)]))
        }
    }

    /// Whether row `y` holds the same cells in both buffers (same width required).
    func rowEquals(_ other: Buffer, y: Int) -> Bool {
        changedColumns(from: other, y: y) == nil && size.width == other.size.width
            && y >= 0 && y < size.height && y < other.size.height
    }

    /// The columns of row `y` that differ from `other` (first to last, both
    /// included, widened to whole wide characters); nil when the row is the
    /// same. Rows of different widths or outside either buffer differ entirely.
    package func changedColumns(from other: Buffer, y: Int) -> ClosedRange<Int>? {
        guard size.width > 0, y >= 0, y < size.height else { return nil }
        let whole = 0...(size.width - 1)
        guard size.width == other.size.width, y < other.size.height else { return whole }
        let start = y * size.width
        return cells.withUnsafeBufferPointer { mine in
            other.cells.withUnsafeBufferPointer { theirs in
                var first = start
                let end = start + size.width
                while first < end, same(mine[first], theirs[first], in: other) { first += 1 }
                guard first < end else { return nil }
                var last = end - 1
                while last > first, same(mine[last], theirs[last], in: other) { last -= 1 }
                var from = first - start, to = last - start
                if from > 0, mine[first].isContinuation || theirs[first].isContinuation { from -= 1 }
                if to + 1 < size.width, mine[last].width == 2 || theirs[last].width == 2 { to += 1 }
                return from...to
            }
        }
    }

    /// Counts a text cut to fit (`cuts`).
    public mutating func recordCut() {
        cuts += 1
    }

    /// Fills `rect` (clipped) with spaces of `role`.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        let r = rect.intersection(bounds)
        if r != rect && !rect.isEmpty { overflows += 1 }
        guard !r.isEmpty else { return }
        // As `put` cell by cell: only a wide character crossing an edge of the
        // rect loses its other half, which becomes a space of its own role.
        let blank = StoredCell.blank(role)
        for y in r.y..<r.maxY {
            mendWideCharacters(y: y, from: r.x, to: r.maxX)
            let row = y * size.width
            cells.withUnsafeMutableBufferPointer { stored in
                for x in r.x..<r.maxX { stored[row + x] = blank }
            }
        }
    }

    /// Changes the role of the cells in `rect` (clipped) without touching their text.
    public mutating func setRole(_ rect: Rect, role: StyleRole) {
        let r = rect.intersection(bounds)
        if r != rect && !rect.isEmpty { overflows += 1 }
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * size.width + x].role = role }
        }
    }

    /// Each row's text with trailing spaces removed.
    public func lines() -> [String] {
        text(in: bounds)
    }

    /// The text of each row of `rect` (clipped), trailing spaces removed.
    public func text(in rect: Rect) -> [String] {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return [] }
        return (r.y..<r.maxY).map { y in
            var line = ""
            for x in r.x..<r.maxX { line += grapheme(of: cells[y * size.width + x]) }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// Stores a cell (and its continuation when wide), first turning into
    /// spaces any old wide character that it would cut in half, so the grid
    /// never holds half a wide char.
    @inline(__always)
    private mutating func put(_ cell: StoredCell, x: Int, y: Int) {
        let span = cell.width == 2 ? 2 : 1
        guard inBounds(x, y), x + span <= size.width else { return }
        mendWideCharacters(y: y, from: x, to: x + span)
        let row = y * size.width
        cells[row + x] = cell
        if span == 2 { cells[row + x + 1] = .continuation(cell.role) }
    }
}
