import ArgumentParser
import Foundation
import GuichetApp
import GuichetCore
import GuichetStore

/// `guichet import`: brings data in from spreadsheets; one subcommand per kind of data.
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: AppText.cliImportAbstract.cli,
                             subcommands: [ImportBeneficiariesCommand.self])
    }
}

/// `guichet import beneficiaries FILE.csv [--dry-run] [--skip-invalid] [--as LOGIN]`.
struct ImportBeneficiariesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "beneficiaries", abstract: AppText.cliImportBeneficiariesAbstract.cli,
                             discussion: AppText.cliImportBeneficiariesDiscussion.cli)
    }

    /// Lines refused, nothing imported.
    static let blockedExitCode: Int32 = 2
    /// Lines refused, the valid ones imported (`--skip-invalid`).
    static let partialExitCode: Int32 = 3

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp(AppText.cliImportFileArgument.cli, valueName: "fichier.csv"))
    var file: String

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(AppText.cliDryRunOption.cli))
    var dryRun = false

    @Flag(name: .customLong("skip-invalid"), help: ArgumentHelp(AppText.cliSkipInvalidOption.cli))
    var skipInvalid = false

    @Option(name: .customLong("as"), help: ArgumentHelp(AppText.cliActorOption.cli, valueName: "identifiant"))
    var login: String?

    @Option(name: .customLong("encoding"), help: ArgumentHelp(AppText.cliEncodingOption.cli, valueName: "utf-8|windows-1252"))
    var encoding: String?

    func run() throws {
        let language = CommandLineLanguage.current
        var choice: EncodingChoice?
        if let encoding {
            guard let named = EncodingChoice(name: encoding) else { throw GuichetError.invalid(AppText.cliEncodingExpected.filled(encoding)) }
            choice = named
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw GuichetError.invalid(AppText.cliFileUnreadable.filled(file))
        }
        let store = try CommandStore.openForWriting(common)
        let actor = try store.commandLineActor(login: login)
        // A file that cannot be decoded is refused whole, before any line is read: exit 1 (see the discussion).
        let parsed = try BeneficiaryImportFile(bytes: [UInt8](data), today: try store.today(), encoding: choice)
        let separator = parsed.separator == "\t" ? "tab" : String(parsed.separator)
        let reading = choice == nil ? AppText.cliImportReading : AppText.cliImportReadingAsAsked
        CommandOutput.error(reading.text(language, parsed.encoding.name, separator))

        let progress = ProgressReporter(label: AppText.cliImportProgress.cli, total: parsed.validRows.count)
        let report = try store.importBeneficiaries(
            as: actor, file: parsed, skipInvalid: skipInvalid, dryRun: dryRun,
            progress: parsed.validRows.count >= 200 ? { done, _ in progress.update(done) } : nil)
        progress.finish()

        for issue in report.issues { CommandOutput.error(issue.text(language)) }
        for duplicate in report.duplicates {
            let text = duplicate.earlierLine.map { AppText.cliDuplicateOfLine.text(language, duplicate.line, $0) }
                ?? AppText.cliDuplicateOfFile.text(language, duplicate.line, duplicate.existing.formatted)
            CommandOutput.error(text)
        }
        let wouldImport = dryRun && !report.blocked
        let files = wouldImport ? AppText.cliFilesToImport : AppText.cliFilesImported
        CommandOutput.line([files.text(language, report.committed || wouldImport ? report.imported.count : 0),
               AppText.cliLinesRefused.text(language, report.refusedLines.count),
               AppText.cliDuplicatesSkipped.text(language, report.duplicates.count)].joined(separator: ", "))
        if parsed.headerIssues.contains(where: \.blocking) {
            CommandOutput.error(AppText.cliHeaderBlocked.cli)
            throw ExitCode(Self.blockedExitCode)
        }
        if report.blocked {
            CommandOutput.error(AppText.cliImportBlocked.cli)
            throw ExitCode(Self.blockedExitCode)
        }
        if dryRun { CommandOutput.line(AppText.cliDryRunDone.cli) }
        if !report.refusedLines.isEmpty { throw ExitCode(Self.partialExitCode) }
    }
}
