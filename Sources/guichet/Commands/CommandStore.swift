import Foundation
import GuichetCore
import GuichetStore

/// Opening the database of a non-interactive command.
enum CommandStore {
    static func open(_ common: CommonOptions) throws -> GuichetStore {
        let path = GuichetStore.databasePath(option: common.db, environment: ProcessInfo.processInfo.environment)
        guard GuichetStore.databaseExists(at: path) else { throw GuichetError.refused(CoreText.notSetUp) }
        let store = try GuichetStore(path: path)
        guard try store.isSetUp() else { throw GuichetError.refused(CoreText.notSetUp) }
        return store
    }
}

enum CommandOutput {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
