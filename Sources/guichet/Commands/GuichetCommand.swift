import ArgumentParser
import Foundation
import GuichetApp
import GuichetCore
import GuichetStore

/// `guichet`: opens the counter in the terminal; subcommands do the rest.
struct GuichetCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "guichet",
            abstract: AppText.cliAbstract.cli,
            discussion: AppText.cliDiscussion.cli,
            version: GuichetVersion.current,
            subcommands: [InitCommand.self, ImportCommand.self, DemoCommand.self, VerifyCommand.self, PrintCommand.self,
                          ReportCommand.self, ExportCommand.self, ConsolidateCommand.self,
                          AnonymiseCommand.self, ExportPersonCommand.self, EraseCommand.self, PurgeLogsCommand.self,
                          BackupCommand.self, RestoreCommand.self])
    }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp(AppText.cliThemeOption.cli, valueName: "nom"))
    var theme: String?

    func run() throws {
        try CounterLauncher.open(CounterOptions(database: common.db, theme: theme),
                                 language: CommandLineLanguage.current, environment: ProcessEnvironment.current)
    }
}

/// Options every command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(AppText.cliDatabaseOption.cli, valueName: "chemin"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(AppText.cliLanguageOption.cli, valueName: "fr|en"))
    var lang: String?
}

enum GuichetVersion {
    static let current = "0.1.0"
}
