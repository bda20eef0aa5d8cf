/// One row of a `ListView`: one text, or the texts of its columns.
public struct ListItem: Sendable, Equatable {
    /// The texts of the row's columns, laid out by the list's `columnWidths`.
    public var columns: [String]
    public var role: StyleRole

    public init(_ text: String, role: StyleRole = .normal) {
        self.columns = [text]
        self.role = role
    }

    public init(columns: [String], role: StyleRole = .normal) {
        self.columns = columns
        self.role = role
    }
}
