/// One step of the schema: a name, recorded in the database once applied, and
/// its SQL. A shipped migration is never edited — a change is a new migration —
/// and `MigrationChecksumTests` holds the checksum of each one to make sure.
struct Migration: Sendable {
    let name: String
    let sql: String
}
