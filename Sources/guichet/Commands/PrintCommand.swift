import ArgumentParser
import Foundation
import GuichetApp
import GuichetCore
import GuichetStore

/// `guichet print`: prints a summary for a person; one subcommand per kind of summary.
struct PrintCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "print", abstract: AppText.cliPrintAbstract.cli, subcommands: [PrintBudgetCommand.self])
    }
}

/// `guichet print budget FILE-NUMBER [--session N] [--output FILE] [--encoding utf-8|latin-1] [--as LOGIN]`.
struct PrintBudgetCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "budget", abstract: AppText.cliPrintBudgetAbstract.cli,
                             discussion: AppText.cliPrintBudgetDiscussion.cli)
    }

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp(AppText.cliPrintFileArgument.cli, valueName: "PAR-2026-00042"))
    var fileNumber: String

    @Option(name: .customLong("session"), help: ArgumentHelp(AppText.cliPrintSessionOption.cli, valueName: "N"))
    var session: Int?

    @Option(name: .customLong("output"), help: ArgumentHelp(AppText.cliPrintOutputOption.cli, valueName: "fichier"))
    var output: String?

    @Option(name: .customLong("encoding"), help: ArgumentHelp(AppText.cliPrintEncodingOption.cli, valueName: "utf-8|latin-1"))
    var encoding: String = PrintEncoding.utf8.rawValue

    @OptionGroup var account: AccountOption

    func run() throws {
        let language = CommandLineLanguage.current
        guard let chosen = PrintEncoding(name: encoding) else { throw GuichetError.invalid(AppText.cliPrintEncodingExpected.filled(encoding)) }
        let number = try FileNumber.parse(fileNumber)
        let store = try CommandStore.open(common)
        let actor = try account.actor(in: store)
        let id = try store.beneficiaryID(fileNumber: number)
        let sessions = try store.budgetSessions(as: actor, beneficiaryID: id)
        guard !sessions.isEmpty else { throw GuichetError.refused(BudgetStoreText.noSession) }
        let record: BudgetSessionRecord
        if let session {
            guard let found = sessions.first(where: { $0.number == session }) else {
                throw GuichetError.invalid(AppText.cliPrintSessionExpected.filled(sessions.count))
            }
            record = found
        } else {
            record = sessions[sessions.count - 1]
        }
        let plan = try store.budgetPlan(as: actor, beneficiaryID: id).map(\.step)
        let page = BudgetPrintPage(file: try store.beneficiary(id: id), record: record, plan: plan, siteName: try store.site().name,
                                   language: language, encoding: chosen)
        let destination = try BudgetPrintOutput.deliver(
            page.bytes, output: output, folder: BudgetPrintOutput.folder(forDatabase: store.path),
            name: BudgetPrintOutput.fileName(number, session: record.number))
        try store.recordBudgetPrint(as: actor, session: record, destination: destination.code)
        CommandOutput.line(destination.message(language))
    }
}
