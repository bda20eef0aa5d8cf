import ArgumentParser
import Foundation
import GuichetApp
import GuichetCore
import GuichetStore

/// `guichet anonymise [--dry-run] [--as LOGIN]`: the files due for anonymisation, listed
/// (dry run) or anonymised by batches, with progress.
struct AnonymiseCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "anonymise", abstract: AppText.cliAnonymiseAbstract.cli)
    }

    @OptionGroup var common: CommonOptions

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(AppText.cliAnonymiseDryRunOption.cli))
    var dryRun = false

    @OptionGroup var account: AccountOption

    func run() throws {
        let language = CommandLineLanguage.current
        let store = dryRun ? try CommandStore.open(common) : try CommandStore.openForWriting(common)
        let actor = try account.actor(in: store)
        let due = try store.retentionCandidates(as: actor)
        guard !dryRun else {
            // File numbers and days only: the output of a command may end in a log.
            for candidate in due {
                CommandOutput.line(AppText.cliAnonymiseLine.text(language, candidate.fileNumber.formatted,
                                                                 candidate.lastContact.formatted(language), candidate.reason.label.text(language)))
            }
            CommandOutput.line(AppText.cliAnonymiseWould.text(language, due.count))
            return
        }
        let progress = ProgressReporter(label: AppText.cliAnonymiseProgress.cli, total: due.count)
        let result = try store.anonymise(as: actor, ids: due.map(\.id)) { done, _ in progress.update(done) }
        progress.finish()
        let text = result.skipped == 0 ? AppText.anonymisedDone.text(language, result.anonymised.count)
            : AppText.anonymisedSomeSkipped.text(language, AppText.count(result.anonymised.count, language), result.skipped)
        CommandOutput.line(text)
    }
}

/// `guichet export-person FILE-NUMBER [--output-dir DIR] [--encoding utf-8|latin-1] [--as LOGIN]`.
struct ExportPersonCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export-person", abstract: AppText.cliExportPersonAbstract.cli)
    }

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp(AppText.cliPrintFileArgument.cli, valueName: "PAR-2026-00042"))
    var fileNumber: String

    @Option(name: .customLong("output-dir"), help: ArgumentHelp(AppText.cliExportFolderOption.cli, valueName: "dossier"))
    var outputFolder: String?

    @Option(name: .customLong("encoding"), help: ArgumentHelp(AppText.cliExportEncodingOption.cli, valueName: "utf-8|latin-1"))
    var encoding: String = PrintEncoding.utf8.rawValue

    @OptionGroup var account: AccountOption

    func run() throws {
        let language = CommandLineLanguage.current
        guard let chosen = PrintEncoding(name: encoding) else { throw GuichetError.invalid(AppText.cliPrintEncodingExpected.filled(encoding)) }
        let number = try FileNumber.parse(fileNumber)
        let store = try CommandStore.openForWriting(common)
        let actor = try account.actor(in: store)
        let id = try store.beneficiaryID(fileNumber: number)
        let data = try store.personalData(as: actor, id: id)
        let site = try store.site()
        let now = Date()
        let page = AccessExportPage(data: data, siteName: site.name, exportedAt: now, timeZone: site.timeZone, exportedBy: actor.login,
                                    language: language, encoding: chosen)
        let folder = outputFolder.map { $0.hasPrefix("/") ? $0 : FileManager.default.currentDirectoryPath + "/" + $0 }
            ?? BudgetPrintOutput.folder(forDatabase: store.path)
        let paths = try AccessExportOutput.write(page: page.bytes, json: AccessExportJSON.bytes(data, siteCode: site.code.value, exportedAt: now),
                                                 number: number, folder: folder)
        try store.recordPersonalDataExport(as: actor, id: id, destination: "file")
        CommandOutput.line(AppText.cliExportPersonDone.text(language, paths.text, paths.json))
    }
}

/// `guichet erase FILE-NUMBER --reason R --requester Q [--as LOGIN]`.
struct EraseCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "erase", abstract: AppText.cliEraseAbstract.cli)
    }

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp(AppText.cliPrintFileArgument.cli, valueName: "PAR-2026-00042"))
    var fileNumber: String

    @Option(name: .long, help: ArgumentHelp(AppText.cliEraseReasonOption.cli, valueName: "motif"))
    var reason: String

    @Option(name: .long, help: ArgumentHelp(AppText.cliEraseRequesterOption.cli, valueName: "qui"))
    var requester: String

    @OptionGroup var account: AccountOption

    func run() throws {
        guard let why = ErasureReason(rawValue: reason) else {
            throw GuichetError.invalid(AppText.cliChoiceExpected.filled(reason, ErasureReason.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        guard let who = ErasureRequester(rawValue: requester) else {
            throw GuichetError.invalid(AppText.cliChoiceExpected.filled(requester, ErasureRequester.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        let number = try FileNumber.parse(fileNumber)
        let store = try CommandStore.openForWriting(common)
        let actor = try account.actor(in: store)
        _ = try store.eraseBeneficiary(as: actor, id: try store.beneficiaryID(fileNumber: number), reason: why, requester: who)
        CommandOutput.line(AppText.cliEraseDone.text(CommandLineLanguage.current, number.formatted))
    }
}

/// `guichet purge-logs [--dry-run] [--as LOGIN]`.
struct PurgeLogsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "purge-logs", abstract: AppText.cliPurgeAbstract.cli)
    }

    @OptionGroup var common: CommonOptions

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(AppText.cliPurgeDryRunOption.cli))
    var dryRun = false

    @OptionGroup var account: AccountOption

    func run() throws {
        let language = CommandLineLanguage.current
        let store = dryRun ? try CommandStore.open(common) : try CommandStore.openForWriting(common)
        let actor = try account.actor(in: store)
        if dryRun {
            let due = try store.connectionLogsToPurge(as: actor)
            CommandOutput.line(AppText.cliPurgeWould.text(language, AppText.count(due.removed, language), due.before.formatted(language)))
            return
        }
        let done = try store.purgeConnectionLogs(as: actor)
        CommandOutput.line(AppText.purgeDone.text(language, AppText.count(done.removed, language), done.before.formatted(language)))
    }
}

/// `guichet backup [DEST] [--encrypt] [--passphrase-stdin] [--as LOGIN]`.
struct BackupCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "backup", abstract: AppText.cliBackupAbstract.cli)
    }

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp(AppText.cliBackupFolderArgument.cli, valueName: "dossier"))
    var folder: String?

    @Flag(name: .long, help: ArgumentHelp(AppText.cliEncryptOption.cli))
    var encrypt = false

    @Flag(name: .customLong("passphrase-stdin"), help: ArgumentHelp(AppText.cliPassphraseStdinOption.cli))
    var passphraseStdin = false

    @OptionGroup var account: AccountOption

    func run() throws {
        let language = CommandLineLanguage.current
        var passphrase: String?
        if encrypt || passphraseStdin {
            passphrase = try Passphrase.read(fromStandardInput: passphraseStdin, twice: true)
        }
        let store = try CommandStore.open(common)
        let actor = try account.actor(in: store)
        let destination = folder.map { $0.hasPrefix("/") ? $0 : FileManager.default.currentDirectoryPath + "/" + $0 }
        let progress = ProgressReporter(label: AppText.cliBackupProgress.cli, total: 1000)
        let result = try store.backUp(as: actor, to: destination, passphrase: passphrase) { done, _ in progress.update(done) }
        progress.finish()
        CommandOutput.line(AppText.cliBackupDone.text(language, result.path, result.bytes))
        if !result.removed.isEmpty { CommandOutput.line(AppText.cliBackupPruned.text(language, result.removed.joined(separator: ", "))) }
    }
}

/// `guichet restore FILE [--db PATH] [--passphrase-stdin] [--as LOGIN]`: works without
/// opening the database in place, which may be damaged or missing.
struct RestoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "restore", abstract: AppText.cliRestoreAbstract.cli)
    }

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp(AppText.cliRestoreFileArgument.cli, valueName: "sauvegarde"))
    var file: String

    @Flag(name: .customLong("passphrase-stdin"), help: ArgumentHelp(AppText.cliPassphraseStdinOption.cli))
    var passphraseStdin = false

    @OptionGroup var account: AccountOption

    func run() throws {
        let language = CommandLineLanguage.current
        let environment = ProcessEnvironment.current
        let path = GuichetStore.databasePath(option: common.db, environment: environment)
        // The default location's folder is made on a new PC, as the counter would make it.
        let makingFolder = GuichetStore.databaseCreation(option: common.db, environment: environment) == .fileAndFolder
        let backup = file.hasPrefix("/") ? file : FileManager.default.currentDirectoryPath + "/" + file
        let passphrase = BackupRestore.isEncrypted(backup) ? try Passphrase.read(fromStandardInput: passphraseStdin, twice: false) : nil
        let progress = ProgressReporter(label: AppText.cliRestoreProgress.cli, total: 1000)
        let result = try BackupRestore.restore(backup, to: path, passphrase: passphrase, login: account.login,
                                                makingFolder: makingFolder) { done, _ in progress.update(done) }
        progress.finish()
        CommandOutput.line(AppText.cliRestoreDone.text(language, backup, path))
        if let aside = result.keptAside { CommandOutput.line(AppText.cliRestoreAside.text(language, aside)) }
    }
}

/// A passphrase: one line of standard input (`--passphrase-stdin`), or typed on the
/// terminal without echo (twice for a new backup).
enum Passphrase {
    static func read(fromStandardInput: Bool, twice: Bool) throws -> String {
        if fromStandardInput { return StandardInput.readSecretLine() }
        guard isatty(STDIN_FILENO) == 1 else { throw GuichetError.invalid(AppText.cliPassphraseNeedsTerminal) }
        let first = readHidden(AppText.cliPassphrasePrompt.cli)
        guard twice else { return first }
        try BackupPassphrase.validate(first, confirmation: readHidden(AppText.cliPassphraseAgainPrompt.cli))
        return first
    }

    /// A line typed with the terminal's echo off; the prompt on standard error.
    private static func readHidden(_ prompt: String) -> String {
        CommandOutput.write(prompt, to: .standardError)
        var saved = termios()
        let hasTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
        if hasTerminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        }
        let line = StandardInput.readSecretLine()
        if hasTerminal { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        CommandOutput.write("\n", to: .standardError)
        return line
    }
}
