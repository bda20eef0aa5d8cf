internal import GRDB
import GuichetCore

/// The versioned schema: the foundation every area stands on, then each area's
/// migrations in the order of `AreaID` (an area may refer to the tables of the
/// areas before it). GRDB applies, in this order, those a database has not had yet.
enum Migrations {
    static var all: [Migration] {
        FoundationSchema.migrations + AreaID.allCases.flatMap(\.schema.migrations)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in all {
            migrator.registerMigration(migration.name) { db in
                if !migration.sql.isEmpty { try db.execute(sql: migration.sql) }
                try migration.code?(db)
            }
        }
        return migrator
    }
}
