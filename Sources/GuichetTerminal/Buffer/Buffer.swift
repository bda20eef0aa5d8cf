/// A pure grid of cells that widgets render into and backends present.
public struct Buffer: Sendable, Equatable {
    public let size: Size
    private var cells: [Cell]

    /// A buffer filled with spaces of role `.normal`; negative sizes become zero.
    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank(), count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(size: size) }

    /// The cell at (x, y); a blank `.normal` cell outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        guard inBounds(x, y) else { return .blank() }
        return cells[y * size.width + x]
    }

    /// The same cell, for call sites that prefer labels: `buffer[x: 3, y: 1]`.
    public subscript(x x: Int, y y: Int) -> Cell {
        self[x, y]
    }

    private func inBounds(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size.width && y < size.height
    }

    /// Writes NFC-normalised `text` grapheme by grapheme from `at`, clipped at
    /// the buffer edge and at `maxWidth` columns. A wide character that does not
    /// fit is replaced by a space; control characters are shown as "?";
    /// zero-width graphemes are dropped. Returns the columns used, counted
    /// from `at` (columns clipped on the left included), so callers can chain writes.
    @discardableResult
    public mutating func write(_ text: String, at: Position, role: StyleRole, maxWidth: Int? = nil) -> Int {
        guard at.y >= 0, at.y < size.height else { return 0 }
        var limit = size.width
        if let maxWidth { limit = min(limit, at.x + max(0, maxWidth)) }
        var column = at.x
        // Plain text (simple scalars, no controls) is its own sanitized form.
        let plain = TextWidth.plainWidth(text) != nil
        let clean = plain ? text : DisplayText.sanitized(text)
        let latin = Self.latinGraphemes
        if clean.utf8.allSatisfy(TextWidth.isPrintableASCII) {
            // One column per byte: no wide, combining or zero-width characters.
            for byte in clean.utf8 {
                if column >= limit { break }
                if column >= 0 {
                    put(Cell(grapheme: latin[Int(byte)], width: 1, role: role), x: column, y: at.y)
                }
                column += 1
            }
            return max(0, column - at.x)
        }
        if plain || TextWidth.isSimpleText(clean) {
            // Each scalar is a grapheme of one column (controls are gone), but the
            // soft hyphen, which takes none: see `TextWidth.isSimple`.
            for scalar in clean.unicodeScalars where scalar.value != 0xAD {
                if column >= limit { break }
                if column >= 0 {
                    let value = Int(scalar.value)
                    let grapheme = value < latin.count ? latin[value] : String(scalar)
                    put(Cell(grapheme: grapheme, width: 1, role: role), x: column, y: at.y)
                }
                column += 1
            }
            return max(0, column - at.x)
        }
        for character in clean {
            let width = TextWidth.of(character)
            if width == 0 { continue }
            if column + width > limit {
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
                put(Cell(grapheme: String(character), width: width, role: role), x: column, y: at.y)
            }
            column += width
        }
        return max(0, column - at.x)
    }

    /// One-scalar strings for U+0000...U+02FF, made once: building a string per
    /// cell written cost more than the rest of writing it.
    private static let latinGraphemes: [String] = (0..<0x300).map { String(Unicode.Scalar(UInt32($0))!) }

    /// The cells of row `y` (which must be inside the buffer), left to right.
    func row(_ y: Int) -> ArraySlice<Cell> {
        cells[(y * size.width)..<((y + 1) * size.width)]
    }

    /// Whether row `y` holds the same cells in both buffers (same width required).
    func rowEquals(_ other: Buffer, y: Int) -> Bool {
        guard size.width == other.size.width, y >= 0, y < size.height, y < other.size.height else { return false }
        // Field by field in place, cheapest first: this runs for every row of every frame.
        let start = y * size.width
        return cells.withUnsafeBufferPointer { mine in
            other.cells.withUnsafeBufferPointer { theirs in
                for index in start..<(start + size.width) {
                    guard mine[index].width == theirs[index].width, mine[index].role == theirs[index].role,
                          mine[index].grapheme == theirs[index].grapheme else { return false }
                }
                return true
            }
        }
    }

    /// Fills `rect` (clipped) with spaces of `role`.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        // As `put` cell by cell: only a wide character crossing an edge of the
        // rect loses its other half, which becomes a space of its own role.
        let blank = Cell.blank(role)
        for y in r.y..<r.maxY {
            let row = y * size.width
            if r.x > 0, cells[row + r.x].isContinuation, cells[row + r.x - 1].width == 2 {
                cells[row + r.x - 1] = .blank(cells[row + r.x - 1].role)
            }
            let last = r.maxX - 1
            if cells[row + last].width == 2, last + 1 < size.width, cells[row + last + 1].isContinuation {
                cells[row + last + 1] = .blank(cells[row + last + 1].role)
            }
            for x in r.x..<r.maxX { cells[row + x] = blank }
        }
    }

    /// Changes the role of the cells in `rect` (clipped) without touching their text.
    public mutating func setRole(_ rect: Rect, role: StyleRole) {
        let r = rect.intersection(bounds)
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
            for x in r.x..<r.maxX { line += cells[y * size.width + x].grapheme }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// Stores a cell (and its continuation when wide), first turning into
    /// spaces any old wide character that it would cut in half, so the grid
    /// never holds half a wide char.
    @inline(__always)
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        let span = cell.width == 2 ? 2 : 1
        guard inBounds(x, y), x + span <= size.width else { return }
        let row = y * size.width
        // The usual case, a narrow cell over a narrow one: nothing to cut in half.
        if span == 1, cells[row + x].width == 1 {
            cells[row + x] = cell
            return
        }
        for c in x..<(x + span) {
            let old = cells[row + c]
            if old.isContinuation, c == x, c > 0, cells[row + c - 1].width == 2 {
                cells[row + c - 1] = .blank(cells[row + c - 1].role)
            }
            if old.width == 2, c + 1 == x + span, c + 1 < size.width, cells[row + c + 1].isContinuation {
                cells[row + c + 1] = .blank(cells[row + c + 1].role)
            }
        }
        cells[row + x] = cell
        if span == 2 { cells[row + x + 1] = .continuation(cell.role) }
    }
}
