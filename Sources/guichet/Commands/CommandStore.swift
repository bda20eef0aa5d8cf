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

/// The only way the commands write text. Messages carry text from the file, the
/// database or the command line (header cells, file paths, site names), so every
/// line is written with its control characters and bidi overrides made visible
/// (`VisibleText`): an escape sequence in a CSV header is shown as `<U+001B>`
/// instead of retitling or clearing the terminal.
enum CommandOutput {
    /// One line on standard error (diagnostics, progress of the reading).
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((VisibleText.escaped(line) + "\n").utf8))
    }

    /// One line on standard output (the result of the command).
    static func line(_ line: String) {
        FileHandle.standardOutput.write(Data((VisibleText.escaped(line) + "\n").utf8))
    }

    /// Several lines (help texts, argument errors): each escaped, the line breaks kept.
    static func lines(_ text: String, toStandardError: Bool) {
        let data = Data((VisibleText.escapedLines(text) + "\n").utf8)
        (toStandardError ? FileHandle.standardError : FileHandle.standardOutput).write(data)
    }
}
