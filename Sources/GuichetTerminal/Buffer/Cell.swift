/// One terminal cell. A wide character occupies its cell (width 2) and the
/// next cell holds a continuation (grapheme "", width 0).
public struct Cell: Sendable, Equatable {
    public var grapheme: String
    public var width: Int
    public var role: StyleRole

    public init(grapheme: String, width: Int, role: StyleRole) {
        self.grapheme = grapheme
        self.width = width
        self.role = role
    }

    public static func blank(_ role: StyleRole = .normal) -> Cell {
        Cell(grapheme: " ", width: 1, role: role)
    }
}
