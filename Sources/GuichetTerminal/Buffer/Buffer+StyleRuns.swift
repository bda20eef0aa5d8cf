/// A run of cells of one style role on one row: columns `columns` (0-based, both included).
public struct StyleRun: Sendable, Equatable {
    public let role: StyleRole
    public let columns: ClosedRange<Int>
}

extension Buffer {
    /// The runs of row `y`, left to right, every cell in exactly one run (a wide
    /// character's second column in the run of its first).
    public func styleRuns(y: Int) -> [StyleRun] {
        guard y >= 0, y < size.height, size.width > 0 else { return [] }
        var runs: [StyleRun] = []
        var start = 0
        var role = self[0, y].role
        for x in 1..<size.width {
            let next = self[x, y].role
            if next != role {
                runs.append(StyleRun(role: role, columns: start...(x - 1)))
                start = x
                role = next
            }
        }
        runs.append(StyleRun(role: role, columns: start...(size.width - 1)))
        return runs
    }

    /// The styles of every row, one line a row, for golden files a person reads in
    /// a diff: `03 header 2-37` — the 1-based row, then each run that is not
    /// `normal` with its 1-based columns. Rows all `normal` are left out.
    public func styleLines() -> [String] {
        (0..<size.height).compactMap { y in
            let runs = styleRuns(y: y).filter { $0.role != .normal }
            guard !runs.isEmpty else { return nil }
            let described = runs.map { run in
                let first = run.columns.lowerBound + 1, last = run.columns.upperBound + 1
                return run.role.rawValue + " " + (first == last ? "\(first)" : "\(first)-\(last)")
            }
            return (y + 1 < 10 ? "0" : "") + "\(y + 1) " + described.joined(separator: ", ")
        }
    }
}
