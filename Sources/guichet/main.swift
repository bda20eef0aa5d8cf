import ArgumentParser
import Foundation
import GuichetApp
import GuichetCore

// Every file this process creates (database, WAL, shared memory) is private to its owner.
umask(0o077)
// A write beyond `ulimit -f` fails with EFBIG instead of killing the process without a
// word: SQLite then rolls back and the user reads StorageText.diskFull.
signal(SIGXFSZ, SIG_IGN)

let arguments = Array(CommandLine.arguments.dropFirst())
let language = CommandLineLanguage.detect(arguments: arguments, environment: ProcessEnvironment.current)
CommandLineLanguage.current = language

func finish(with error: Error) -> Never {
    if let error = error as? GuichetError {
        CommandOutput.error(AppText.cliError.text(language, error.message(language)))
        exit(1)
    }
    let message = HelpTranslation.translate(GuichetCommand.fullMessage(for: error), to: language)
    let code = GuichetCommand.exitCode(for: error)
    if code == .success {
        CommandOutput.lines(message, toStandardError: false)
    } else if !message.isEmpty {
        CommandOutput.lines(message, toStandardError: true)
    }
    exit(code.rawValue)
}

do {
    if let options = CounterOptions.parseDirectly(arguments) {
        try CounterLauncher.open(options, language: language, environment: ProcessEnvironment.current)
    } else {
        var command = try GuichetCommand.parseAsRoot(arguments)
        try command.run()
    }
} catch {
    finish(with: error)
}
