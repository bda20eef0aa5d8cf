import Foundation
import Testing
@testable import GuichetStore
import GuichetCore

/// Issue 7, item 9: what is wrong with a database path is said in words before
/// SQLite opens it, and nothing is created where it should not be.
@Suite struct DatabasePathTests {
    @Test func aMissingFolderIsCreatedOnlyForTheDefaultLocation() throws {
        let scratch = Scratch()
        let folder = scratch.folder + "/data"
        #expect(throws: GuichetError.refused(DatabasePathText.folderMissing.filled(folder))) {
            try GuichetStore(path: scratch.path, creating: .file)
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.folder))
        #expect(throws: GuichetError.refused(DatabasePathText.fileMissing.filled(scratch.path))) {
            try GuichetStore(path: scratch.path, creating: .nothing)
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.folder))
        _ = try GuichetStore(path: scratch.path, creating: .fileAndFolder)
        #expect(try mode(of: folder) == 0o700)
    }

    @Test func aFileIsCreatedInAnExistingFolderButNotForACommandThatNeedsOne() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.folder + "/data", withIntermediateDirectories: true)
        #expect(throws: GuichetError.refused(DatabasePathText.fileMissing.filled(scratch.path))) {
            try GuichetStore(path: scratch.path, creating: .nothing)
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path))
        _ = try GuichetStore(path: scratch.path, creating: .file)
        #expect(GuichetStore.databaseExists(at: scratch.path))
    }

    @Test func aFolderGivenAsTheFileIsNamed() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path, withIntermediateDirectories: true)
        #expect(throws: GuichetError.refused(DatabasePathText.isAFolder.filled(scratch.path))) {
            try GuichetStore(path: scratch.path, creating: .file)
        }
    }

    @Test func aFileThatIsNotSQLiteIsRefusedUntouched() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.folder + "/data", withIntermediateDirectories: true)
        let text = Data("nom;prenom\nMartin;Paul\n".utf8)
        #expect(FileManager.default.createFile(atPath: scratch.path, contents: text, attributes: [.posixPermissions: 0o644]))
        #expect(throws: GuichetError.refused(DatabasePathText.notAGuichetDatabase.filled(scratch.path))) {
            try GuichetStore(path: scratch.path, creating: .nothing)
        }
        #expect(FileManager.default.contents(atPath: scratch.path) == text)
        #expect(try mode(of: scratch.path) == 0o644)
        #expect(DatabasePathText.notAGuichetDatabase.french.contains("n’est pas une base Guichet"))
    }

    @Test func aPathThroughAFileIsNamedWithItsReason() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.folder, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: scratch.folder + "/data", contents: Data("x".utf8)))
        let expected = DatabasePathText.cannotOpen.filled(scratch.path, SystemErrorText.reason(ENOTDIR))
        #expect(throws: GuichetError.refused(expected)) { try GuichetStore(path: scratch.path, creating: .fileAndFolder) }
        #expect(expected.french.contains("un élément du chemin n’est pas un dossier"))
    }

    /// Root reads and writes any file: the refusal is only seen by an ordinary user (and in e2e/paths.sh).
    @Test(.enabled(if: getuid() != 0)) func aFileWithoutPermissionIsNamedWithItsReason() throws {
        let scratch = Scratch()
        _ = try scratch.openSetUp()
        chmod(scratch.path, 0o400)
        let expected = DatabasePathText.cannotOpen.filled(scratch.path, SystemErrorText.reason(EACCES))
        #expect(throws: GuichetError.refused(expected)) { try scratch.open() }
        #expect(expected.french.contains("(permission refusée)"))
    }

    @Test func theDefaultLocationAloneMayCreateItsFolder() {
        #expect(GuichetStore.databaseCreation(option: nil, environment: ["HOME": "/home/ana"]) == .fileAndFolder)
        #expect(GuichetStore.databaseCreation(option: "", environment: ["GUICHET_DB": ""]) == .fileAndFolder)
        #expect(GuichetStore.databaseCreation(option: "/x/g.sqlite", environment: [:]) == .file)
        #expect(GuichetStore.databaseCreation(option: nil, environment: ["GUICHET_DB": "/x/g.sqlite"]) == .file)
    }
}
