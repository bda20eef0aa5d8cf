import ArgumentParser
import Foundation
import GuichetApp
import GuichetCore
import GuichetStore

/// `guichet verify [--db PATH]`: recomputes both hash chains, the closings' totals and
/// the stock, runs `PRAGMA integrity_check`; exit 0 when intact, 2 when not (the first
/// entry at fault named on standard error), 1 on an error.
struct VerifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "verify", abstract: AppText.cliVerifyAbstract.cli,
                             discussion: AppText.cliVerifyDiscussion.cli)
    }

    static let brokenExitCode: Int32 = 2

    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = CommandLineLanguage.current
        let store = try CommandStore.open(common)
        var progress: ProgressReporter?
        let report = try store.verifyLedger { done, total in
            // A bar only when it is worth watching.
            guard total >= 100_000 else { return }
            if progress == nil { progress = ProgressReporter(label: AppText.cliVerifyProgress.cli, total: total) }
            progress?.update(done)
        }
        progress?.finish()
        guard report.isIntact else {
            for problem in report.problems { CommandOutput.error(problem.text(language)) }
            CommandOutput.error(AppText.cliVerifyBroken.text(language, report.problems.count))
            throw ExitCode(Self.brokenExitCode)
        }
        CommandOutput.line(VerifyText.intact.text(language, AppText.count(report.entries, language),
                                                  AppText.count(report.closings, language),
                                                  AppText.count(report.journalEvents, language)))
    }
}
