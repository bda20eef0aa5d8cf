/// One row of a `ListView`.
public struct ListItem: Sendable, Equatable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, role: StyleRole = .normal) {
        self.text = text
        self.role = role
    }
}
