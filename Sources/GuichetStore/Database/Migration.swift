internal import GRDB

/// One step of the schema: a name, recorded in the database once applied, its
/// SQL and, when rows must be recomputed by the program's own rules (a search
/// key folded in Swift), a step in code run after the SQL in the same
/// transaction. A shipped migration is never edited — a change is a new
/// migration — and `MigrationChecksumTests` holds the checksum of each one's SQL.
struct Migration: Sendable {
    let name: String
    let sql: String
    var code: (@Sendable (Database) throws -> Void)?

    init(name: String, sql: String, code: (@Sendable (Database) throws -> Void)? = nil) {
        self.name = name
        self.sql = sql
        self.code = code
    }
}
