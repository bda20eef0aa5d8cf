import Foundation
import GuichetCore
import GuichetStore

/// Opening the database of a non-interactive command.
enum CommandStore {
    /// The command's shared lock of the database (`DatabaseUseLock`), for the life of the process.
    nonisolated(unsafe) static var useLock: DatabaseUseLock?

    /// The database must exist (a missing one is named, never created) and be set up.
    static func open(_ common: CommonOptions) throws -> GuichetStore {
        let path = GuichetStore.databasePath(option: common.db, environment: ProcessEnvironment.current)
        let store = try GuichetStore(path: path, creating: .nothing)
        // Held until the command ends: a restore waits for it, and none runs meanwhile.
        useLock = try DatabaseUseLock.shared(database: path)
        guard try store.isSetUp() else { throw GuichetError.refused(CoreText.notSetUp) }
        return store
    }

    /// `open`, then SQLite's `quick_check`: a command that writes refuses a damaged file.
    static func openForWriting(_ common: CommonOptions) throws -> GuichetStore {
        let store = try open(common)
        try store.checkNotDamaged()
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
        write(VisibleText.escaped(line) + "\n", to: .standardError)
    }

    /// One line on standard output (the result of the command).
    static func line(_ line: String) {
        write(VisibleText.escaped(line) + "\n", to: .standardOutput)
    }

    /// Several lines (help texts, argument errors): each escaped, the line breaks kept.
    static func lines(_ text: String, toStandardError: Bool) {
        write(VisibleText.escapedLines(text) + "\n", to: toStandardError ? .standardError : .standardOutput)
    }

    /// A failed write (a full disk, `ulimit -f` with SIGXFSZ ignored, a closed pipe) loses
    /// the line instead of stopping the process; the exit status still tells the outcome.
    static func write(_ text: String, to handle: FileHandle) {
        try? handle.write(contentsOf: Data(text.utf8))
    }
}
