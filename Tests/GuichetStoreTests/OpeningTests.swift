import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct OpeningTests {
    @Test func migrationsFromAnEmptyFileCreateTheSchema() throws {
        let scratch = Scratch()
        let store = try scratch.open()
        #expect(try store.isSetUp() == false)
        let names = try scratch.query { db in
            try String.fetchAll(db, sql: "SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        }
        for expected in ["table site", "table users", "table login_throttle", "table settings", "table journal",
                         "index journal_by_time", "trigger journal_no_update", "trigger journal_no_delete"] {
            #expect(names.contains(expected), "missing \(expected)")
        }
        let migrations = try scratch.query { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations == Migrations.migrator.migrations)
        let pragmas = try store.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"),
             try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(pragmas.0 == "wal")
        #expect(pragmas.1 == 2)  // FULL
        #expect(pragmas.2 == 1)
        let writerSynchronous = try store.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(writerSynchronous == 2, "writes are FULL-synchronous too")
    }

    @Test func reopeningKeepsTheDataAndMigratesNothingTwice() throws {
        let scratch = Scratch()
        _ = try scratch.openSetUp()
        let again = try scratch.open()
        #expect(try again.isSetUp())
        #expect(try again.site().code == SiteCode("PAR"))
        #expect(try scratch.count("grdb_migrations") == Migrations.migrator.migrations.count)
    }

    @Test func theFolderIsCreated0700AndTheFile0600() throws {
        let scratch = Scratch()
        #expect(!GuichetStore.databaseExists(at: scratch.path))
        _ = try scratch.open()
        #expect(GuichetStore.databaseExists(at: scratch.path))
        #expect(try mode(of: scratch.path) == 0o600)
        #expect(try mode(of: scratch.folder + "/data") == 0o700)
    }

    @Test func theWriteAheadLogInheritsTheFilesMode() throws {
        let scratch = Scratch()
        let (store, _) = try scratch.openSetUp()
        #expect(try store.isSetUp())
        #expect(try mode(of: scratch.path + "-wal") == 0o600)
        #expect(try mode(of: scratch.path + "-shm") == 0o600)
    }

    @Test func anExistingFileOfOursIsRestrictedTo0600() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.folder + "/data", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: scratch.path, contents: nil, attributes: [.posixPermissions: 0o644]))
        #expect(try mode(of: scratch.path) == 0o644)
        _ = try scratch.open()
        #expect(try mode(of: scratch.path) == 0o600)
    }

    @Test func theDatabasePathFollowsOptionThenEnvironment() {
        let environment = ["HOME": "/home/ana", "XDG_DATA_HOME": "/xdg", "GUICHET_DB": "/env/g.sqlite"]
        #expect(GuichetStore.databasePath(option: "/opt/x.sqlite", environment: environment) == "/opt/x.sqlite")
        #expect(GuichetStore.databasePath(option: nil, environment: environment) == "/env/g.sqlite")
        #expect(GuichetStore.databasePath(option: nil, environment: ["HOME": "/home/ana", "XDG_DATA_HOME": "/xdg"])
                == "/xdg/guichet/guichet.sqlite")
        #expect(GuichetStore.databasePath(option: nil, environment: ["HOME": "/home/ana", "XDG_DATA_HOME": "rel"])
                == "/home/ana/.local/share/guichet/guichet.sqlite")
        #expect(GuichetStore.databasePath(option: "", environment: ["HOME": "/home/ana", "GUICHET_DB": ""])
                == "/home/ana/.local/share/guichet/guichet.sqlite")
    }
}

func mode(of path: String) throws -> Int {
    var status = stat()
    guard stat(path, &status) == 0 else { throw CocoaError(.fileNoSuchFile) }
    return Int(status.st_mode & 0o777)
}
