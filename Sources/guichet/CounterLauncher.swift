import Foundation
import GuichetApp
import GuichetCore
import GuichetCurses
import GuichetStore
import GuichetTerminal

/// Wires the interactive counter: theme, terminal, first start or login, then the loop.
struct CounterLauncher {
    let store: GuichetStore
    let language: Language
    let requestedTheme: String?
    let environment: [String: String]

    /// Opens the database the options name and runs the counter on it. Without a
    /// terminal nothing is opened, so nothing is created (folder or file).
    static func open(_ options: CounterOptions, language: Language, environment: [String: String]) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw GuichetError.refused(AppText.cliNotATerminal)
        }
        let path = GuichetStore.databasePath(option: options.database, environment: environment)
        let store = try GuichetStore(path: path, creating: GuichetStore.databaseCreation(option: options.database, environment: environment))
        // Held while the counter runs: `guichet restore` refuses meanwhile (`DatabaseUseLock`).
        let useLock = try DatabaseUseLock.shared(database: path)
        defer { withExtendedLifetime(useLock) {} }
        // quick_check costs 0.3 to 1 s on 100,000 files: it runs on a thread of its own while
        // the login screen waits for the volunteer, not before the first screen nor at the login.
        store.checkInBackground()
        try CounterLauncher(store: store, language: language, requestedTheme: options.theme, environment: environment).run()
    }

    func run() throws {
        let start: CounterApp.Start = try store.isSetUp() ? .login : .setup
        let directories = ThemeLoader.searchDirectories(environment: environment, executablePath: Self.executablePath)
        let available = ThemeLoader.availableNames(directories: directories)
        let backend: NcursesBackend
        do {
            // The terminal's colours are known once it is started: start plain, then apply the theme.
            backend = try NcursesBackend(theme: Theme.builtinMonochrome)
        } catch {
            throw GuichetError.refused(AppText.cliTerminalFailed.filled(environment["TERM"] ?? "?"))
        }
        defer { backend.shutdown() }
        var notice: Notice?
        var themeName = ThemeChoice.resolve(
            requested: requestedTheme, saved: (try? store.setting(.theme)) ?? nil,
            environment: environment, terminalHasColors: NcursesBackend.terminalHasColors)
        if !available.contains(themeName) && themeName != "monochrome" {
            notice = Notice(AppText.cliUnknownTheme.text(language, themeName, available.joined(separator: ", ")), kind: .warning)
            themeName = ThemeLoader.defaultName
        }
        let loaded = ThemeLoader.load(name: themeName, directories: directories)
        if let problem = loaded.problem {
            let reason = ThemeProblemText.describe(problem.reason, language)
            var text = AppText.cliThemeProblem.text(language, themeName, problem.file, problem.line, reason)
            // The message line is one line: a long folder gives way to the file's own name.
            if text.count > 76 {
                let name = URL(fileURLWithPath: problem.file).lastPathComponent
                text = AppText.cliThemeProblem.text(language, themeName, name, problem.line, reason)
            }
            notice = Notice(text, kind: .warning)
        }
        backend.apply(loaded.theme)
        let app = CounterApp(backend: backend, store: store, language: language, start: start,
                             themeNames: available, startupNotice: notice)
        app.run()
    }

    /// The running executable, links resolved, to find the Themes folder next to it.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
