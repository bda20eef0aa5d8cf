import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

/// Issue 7, item 17: a file from a newer Guichet, or another program's database,
/// is refused before anything is written to it.
@Suite struct SchemaVersionTests {
    func userVersion(_ scratch: Scratch) throws -> Int {
        try scratch.query { db in try Int.fetchOne(db, sql: "PRAGMA user_version")! }
    }

    @Test func aMigratedFileCarriesTheNumberOfKnownMigrations() throws {
        let scratch = Scratch()
        _ = try scratch.openSetUp()
        #expect(try userVersion(scratch) == Migrations.all.count)
    }

    @Test func aFileWithAMigrationThisBuildDoesNotKnowIsRefusedUntouched() throws {
        let scratch = Scratch()
        _ = try scratch.openSetUp()
        try DatabaseQueue(path: scratch.path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('beneficiaries.99-from-the-future')")
        }
        let schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
        let before = try scratch.query { db in try Row.fetchAll(db, sql: schema) }
        #expect(throws: GuichetError.refused(StorageText.newerVersion)) { try scratch.open() }
        #expect(try scratch.query { db in try Row.fetchAll(db, sql: schema) } == before)
        #expect(try userVersion(scratch) == Migrations.all.count)
    }

    @Test func aFileWithAGreaterUserVersionIsRefused() throws {
        let scratch = Scratch()
        _ = try scratch.openSetUp()
        try DatabaseQueue(path: scratch.path).writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 999") }
        #expect(throws: GuichetError.refused(StorageText.newerVersion)) { try scratch.open() }
        #expect(try userVersion(scratch) == 999)
        #expect(StorageText.newerVersion.french.contains("version plus récente de Guichet"))
    }

    /// A file migrated before `user_version` was set gets it at its next opening.
    @Test func anUpToDateFileWithoutTheNumberIsStampedOnce() throws {
        let scratch = Scratch()
        _ = try scratch.openSetUp()
        try DatabaseQueue(path: scratch.path).writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 0") }
        _ = try scratch.open()
        #expect(try userVersion(scratch) == Migrations.all.count)
    }

    @Test func anotherProgramsDatabaseIsRefusedUntouched() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.folder + "/data", withIntermediateDirectories: true)
        try DatabaseQueue(path: scratch.path).write { db in try db.execute(sql: "CREATE TABLE recipes (name TEXT)") }
        let before = FileManager.default.contents(atPath: scratch.path)
        #expect(throws: GuichetError.refused(DatabasePathText.notAGuichetDatabase.filled(scratch.path))) { try scratch.open() }
        #expect(FileManager.default.contents(atPath: scratch.path) == before)
        #expect(try scratch.query { db in try db.tableExists("grdb_migrations") } == false)
    }
}
