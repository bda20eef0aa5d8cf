import Foundation
internal import GRDB
import GuichetCore

/// A counter account as a supervisor sees it; never carries the password hash.
public struct UserAccount: Sendable, Equatable, Identifiable {
    public let id: Int64
    public let login: String
    public let displayName: String
    public let role: Role
    public let isActive: Bool
    public let createdAt: Date

    public init(id: Int64, login: String, displayName: String, role: Role, isActive: Bool, createdAt: Date) {
        self.id = id
        self.login = login
        self.displayName = displayName
        self.role = role
        self.isActive = isActive
        self.createdAt = createdAt
    }

    static let columns = "id, login, display_name, role, is_active, created_at"

    init(row: Row) throws {
        guard let role = Role(rawValue: row["role"]),
              let createdAt = StoredTime.parse(row["created_at"]) else {
            throw GuichetError.storage("unreadable users row")
        }
        self.init(id: row["id"], login: row["login"], displayName: row["display_name"],
                  role: role, isActive: row["is_active"], createdAt: createdAt)
    }

    static func fetch(_ db: Database, id: Int64) throws -> UserAccount? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM users WHERE id = ?", arguments: [id])
            .map(UserAccount.init(row:))
    }
}
