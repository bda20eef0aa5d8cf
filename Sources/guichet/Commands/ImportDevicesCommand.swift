import ArgumentParser
import Foundation
import GuichetApp
import GuichetCore
import GuichetStore

/// `guichet import devices FILE.csv [--dry-run] [--skip-invalid] [--as LOGIN] [--encoding …]`:
/// a batch of 3G keys, with the same all-or-nothing rule, line numbers and exit codes as
/// the import of beneficiaries.
struct ImportDevicesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "devices", abstract: AppText.cliImportDevicesAbstract.cli,
                             discussion: AppText.cliImportDevicesDiscussion.cli)
    }

    @OptionGroup var options: ImportOptions

    func run() throws {
        let language = CommandLineLanguage.current
        let (choice, data, store, actor) = try options.open()
        let parsed = try DeviceImportFile(bytes: data, today: try store.today(), encoding: choice)
        ImportRun.announce(parsed.encoding, separator: parsed.separator, asked: choice != nil)
        let report = try store.importDevices(as: actor, file: parsed, skipInvalid: options.skipInvalid, dryRun: options.dryRun)
        for issue in report.issues { CommandOutput.error(issue.text(language)) }
        let wouldImport = options.dryRun && !report.blocked
        let keys = wouldImport ? AppText.cliKeysToImport : AppText.cliKeysImported
        CommandOutput.line([keys.text(language, report.committed || wouldImport ? report.imported.count : 0),
                            AppText.cliLinesRefused.text(language, report.refusedLines.count)].joined(separator: ", "))
        try ImportRun.finish(headerBlocked: parsed.headerIssues.contains(where: \.blocking), blocked: report.blocked,
                             dryRun: options.dryRun, refused: !report.refusedLines.isEmpty)
    }
}
