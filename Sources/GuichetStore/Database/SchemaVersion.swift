internal import GRDB
import GuichetCore

/// Which version of the schema a file holds, read before migrating it, so that
/// a file this build must not touch is refused before anything is written:
///
/// - a file migrated by a newer Guichet: `grdb_migrations` names a migration this
///   build does not know, or `PRAGMA user_version` is greater than the number of
///   migrations it knows (`StorageText.newerVersion`);
/// - an SQLite database of another program: tables, but not our first migration
///   (`DatabasePathText.notAGuichetDatabase`).
///
/// `PRAGMA user_version` is set to the number of migrations a build knows once it
/// has migrated a file (`stamp`). GRDB's table already tells a newer file apart;
/// the number in the file's header also does it for a file whose table was lost or
/// rewritten, and says at a glance (`sqlite3 FILE 'PRAGMA user_version'`) which
/// schema a backup holds. Migrations are only ever added, so their count grows
/// with each version of the schema.
struct SchemaVersion {
    var userVersion: Int
    var applied: Set<String>
    var hasMigrationTable: Bool
    var hasOtherTables: Bool
    var isComplete: Bool

    /// The number a file migrated by this build carries in `user_version`.
    static var current: Int { Migrations.all.count }

    /// Two plain queries: this runs at every start, before the first screen (GRDB's
    /// migrator and schema introspection cost ten times as much there).
    init(_ db: Database) throws {
        let row = try Row.fetchOne(db, sql: """
            SELECT user_version,
                EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations'),
                EXISTS (SELECT 1 FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations')
            FROM pragma_user_version
            """)
        userVersion = row?[0] ?? 0
        hasMigrationTable = row?[1] ?? false
        hasOtherTables = row?[2] ?? false
        applied = hasMigrationTable ? Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) : []
        isComplete = Set(Migrations.all.map(\.name)).isSubset(of: applied)
    }

    /// Refuses a file this build must not migrate or write to.
    func refuseForeignOrNewer(path: String) throws(GuichetError) {
        let first = Migrations.all.first?.name ?? ""
        if hasOtherTables && !applied.contains(first) {
            throw .refused(DatabasePathText.notAGuichetDatabase.filled(path))
        }
        let known = Set(Migrations.all.map(\.name))
        if !applied.isSubset(of: known) || userVersion > Self.current {
            throw .refused(StorageText.newerVersion)
        }
    }

    /// Nothing to do at opening: every migration applied and the number stamped.
    var isUpToDate: Bool { isComplete && userVersion == Self.current }

    /// Writes the number of known migrations in the file's header, after migrating.
    static func stamp(_ db: Database) throws {
        try db.execute(sql: "PRAGMA user_version = \(current)")
    }
}
