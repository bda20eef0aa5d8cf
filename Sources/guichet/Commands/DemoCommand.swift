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

    @Option(name: .customLong("ledger-rows"), help: ArgumentHelp(AppText.cliDemoLedgerOption.cli, valueName: "N"))
    var ledgerRows: Int = 10_000

    @Option(name: .long, help: ArgumentHelp(AppText.cliDemoDevicesOption.cli, valueName: "N"))
    var devices: Int = 60

    @OptionGroup var account: AccountOption

    func run() throws {
        let language = CommandLineLanguage.current
        guard Self.counts.contains(beneficiaries) else { throw GuichetError.invalid(AppText.cliDemoCountExpected) }
        guard (0...5_000_000).contains(ledgerRows) else { throw GuichetError.invalid(AppText.cliDemoLedgerCountExpected) }
        guard (0...1_000).contains(devices) else { throw GuichetError.invalid(AppText.cliDemoDevicesExpected) }
        let store = try CommandStore.openForWriting(common)
        let actor = try account.actor(in: store)
        // Refused before anything is written, like the demo ledger on a ledger that is not empty.
        if devices > 0, try store.deviceCounts().values.reduce(0, +) > 0 { throw GuichetError.refused(HotspotText.fleetNotEmpty) }
        let start = Date()
        let progress = ProgressReporter(label: AppText.cliDemoProgress.cli, total: beneficiaries)
        let summary = try store.generateDemoData(as: actor, count: beneficiaries, seed: seed) { done, _ in progress.update(done) }
        progress.finish()
        CommandOutput.line(AppText.cliDemoDone.text(language, AppText.count(summary.files, language), AppText.count(summary.visits, language),
                                       Self.seconds(since: start, language), AppText.count(summary.budgetSessions, language)))
        if devices > 0 {
            let fleet = try store.generateDemoFleet(as: actor, devices: devices, seed: seed)
            CommandOutput.line(AppText.cliDemoFleetDone.text(language, fleet.devices, fleet.loans, fleet.open, fleet.overdue, fleet.lost))
        }
        guard ledgerRows > 0 else { return }
        let ledgerStart = Date()
        let ledgerProgress = ProgressReporter(label: AppText.cliDemoLedgerProgress.cli, total: ledgerRows)
        let ledger = try store.generateDemoLedger(as: actor, rows: ledgerRows, seed: seed) { done, _ in ledgerProgress.update(done) }
        ledgerProgress.finish()
        CommandOutput.line(AppText.cliDemoLedgerDone.text(language, AppText.count(ledger.entries, language),
                                                          AppText.count(ledger.sales, language), AppText.count(ledger.closings, language),
                                                          Self.seconds(since: ledgerStart, language)))
    }

    /// `2,5` (or `2.5` in English): the seconds since `start`, to a tenth.
    static func seconds(since start: Date, _ language: Language) -> String {
        let seconds = (Date().timeIntervalSince(start) * 10).rounded() / 10
        return language == .french ? String(seconds).replacingOccurrences(of: ".", with: ",") : String(seconds)
    }
}
