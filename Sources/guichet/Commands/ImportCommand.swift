import ArgumentParser
import Foundation
import GuichetApp
import GuichetCore
import GuichetStore

/// `guichet import`: brings data in from spreadsheets; one subcommand per kind of data.
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: AppText.cliImportAbstract.cli,
                             subcommands: [ImportBeneficiariesCommand.self, ImportDevicesCommand.self])
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

    @OptionGroup var options: ImportOptions

    func run() throws {
        let language = CommandLineLanguage.current
        let (choice, data, store, actor) = try options.open()
        let (dryRun, skipInvalid) = (options.dryRun, options.skipInvalid)
        // A file that cannot be decoded is refused whole, before any line is read: exit 1 (see the discussion).
        let parsed = try BeneficiaryImportFile(bytes: data, today: try store.today(), encoding: choice)
        ImportRun.announce(parsed.encoding, separator: parsed.separator, asked: choice != nil)

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
        try ImportRun.finish(headerBlocked: parsed.headerIssues.contains(where: \.blocking), blocked: report.blocked, dryRun: dryRun,
                             refused: !report.refusedLines.isEmpty)
    }
}

/// What the import subcommands share: the encoding asked for, the file's bytes, the line
/// that says how the file was read, and the exit codes (0 all imported, 1 an error,
/// 2 lines refused and nothing imported, 3 lines refused and the others imported).
enum ImportRun {
    static func choice(_ encoding: String?) throws -> EncodingChoice? {
        guard let encoding else { return nil }
        guard let named = EncodingChoice(name: encoding) else { throw GuichetError.invalid(AppText.cliEncodingExpected.filled(encoding)) }
        return named
    }

    static func bytes(of file: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw GuichetError.invalid(AppText.cliFileUnreadable.filled(file))
        }
        return [UInt8](data)
    }

    static func announce(_ encoding: DetectedEncoding, separator: Character, asked: Bool) {
        let shown = separator == "\t" ? "tab" : String(separator)
        let reading = asked ? AppText.cliImportReadingAsAsked : AppText.cliImportReading
        CommandOutput.error(reading.text(CommandLineLanguage.current, encoding.name, shown))
    }

    static func finish(headerBlocked: Bool, blocked: Bool, dryRun: Bool, refused: Bool) throws {
        if headerBlocked {
            CommandOutput.error(AppText.cliHeaderBlocked.cli)
            throw ExitCode(ImportBeneficiariesCommand.blockedExitCode)
        }
        if blocked {
            CommandOutput.error(AppText.cliImportBlocked.cli)
            throw ExitCode(ImportBeneficiariesCommand.blockedExitCode)
        }
        if dryRun { CommandOutput.line(AppText.cliDryRunDone.cli) }
        if refused { throw ExitCode(ImportBeneficiariesCommand.partialExitCode) }
    }
}

/// The arguments and options every import subcommand takes.
struct ImportOptions: ParsableArguments {
    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp(AppText.cliImportFileArgument.cli, valueName: "fichier.csv"))
    var file: String

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(AppText.cliDryRunOption.cli))
    var dryRun = false

    @Flag(name: .customLong("skip-invalid"), help: ArgumentHelp(AppText.cliSkipInvalidOption.cli))
    var skipInvalid = false

    @OptionGroup var account: AccountOption

    @Option(name: .customLong("encoding"), help: ArgumentHelp(AppText.cliEncodingOption.cli, valueName: "utf-8|windows-1252"))
    var encoding: String?

    /// The encoding asked for, the file's bytes, the store opened for writing and the account acting.
    func open() throws -> (EncodingChoice?, [UInt8], GuichetStore, Actor) {
        let choice = try ImportRun.choice(encoding)
        let data = try ImportRun.bytes(of: file)
        let store = try CommandStore.openForWriting(common)
        return (choice, data, store, try account.actor(in: store))
    }
}
