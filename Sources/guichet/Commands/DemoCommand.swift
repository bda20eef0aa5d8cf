import ArgumentParser
import Foundation
import GuichetApp
import GuichetCore
import GuichetStore

/// `guichet demo --beneficiaries N --seed S`: realistic, deterministic demo data.
struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "demo", abstract: AppText.cliDemoAbstract.cli)
    }

    static let counts = 1...1_000_000

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp(AppText.cliDemoCountOption.cli, valueName: "N"))
    var beneficiaries: Int = 1000

    @Option(name: .long, help: ArgumentHelp(AppText.cliDemoSeedOption.cli, valueName: "S"))
    var seed: UInt64 = 1

    @Option(name: .customLong("as"), help: ArgumentHelp(AppText.cliActorOption.cli, valueName: "identifiant"))
    var login: String?

    func run() throws {
        let language = CommandLineLanguage.current
        guard Self.counts.contains(beneficiaries) else { throw GuichetError.invalid(AppText.cliDemoCountExpected) }
        let store = try CommandStore.open(common)
        let actor = try store.commandLineActor(login: login)
        let start = Date()
        let progress = ProgressReporter(label: AppText.cliDemoProgress.cli, total: beneficiaries)
        let summary = try store.generateDemoData(as: actor, count: beneficiaries, seed: seed) { done, _ in progress.update(done) }
        progress.finish()
        let seconds = (Date().timeIntervalSince(start) * 10).rounded() / 10
        let secondsText = language == .french ? String(seconds).replacingOccurrences(of: ".", with: ",") : String(seconds)
        CommandOutput.line(AppText.cliDemoDone.text(language, AppText.count(summary.files, language), AppText.count(summary.visits, language),
                                       secondsText, AppText.count(summary.budgetSessions, language)))
    }
}
