/// The characters of a bar `units` steps long, in steps of 1/`steps` cell.
struct BarFill {
    let blocks: [String]

    init(glyphs: Glyphs) {
        blocks = glyphs.barBlocks.isEmpty ? [glyphs.fullBlock] : glyphs.barBlocks
    }

    /// Steps in one cell.
    var steps: Int { blocks.count }

    /// Steps in a bar of `cells` cells.
    func steps(inCells cells: Int) -> Int { max(0, cells) * steps }

    /// Whole cells of the full block, then the partial block of what is left.
    func text(units: Int) -> String {
        let units = max(0, units)
        let full = String(repeating: blocks[steps - 1], count: units / steps)
        let rest = units % steps
        return rest == 0 ? full : full + blocks[rest - 1]
    }

    /// Cells that a bar of `units` steps covers (its partial cell included).
    func cells(units: Int) -> Int {
        (max(0, units) + steps - 1) / steps
    }

    /// Draws a bar of `units` steps from `at`, no further than `maxWidth` columns.
    func draw(units: Int, into buffer: inout Buffer, at: Position, maxWidth: Int, role: StyleRole) {
        guard units > 0, maxWidth > 0 else { return }
        buffer.write(text(units: units), at: at, role: role, maxWidth: maxWidth)
    }
}
