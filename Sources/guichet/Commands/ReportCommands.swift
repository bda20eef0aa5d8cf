import ArgumentParser
import Foundation
import GuichetApp
import GuichetCore
import GuichetStore

/// The period of a report or an export: `--period month --date 2026-11` (the default is
/// this month), or any run of days with `--from` and `--to`.
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(AppText.cliPeriodOption.cli, valueName: "day|week|month|year"))
    var period: String = ReportPeriod.Kind.month.rawValue

    @Option(name: .long, help: ArgumentHelp(AppText.cliDateOption.cli, valueName: "2026-11"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(AppText.cliFromOption.cli, valueName: "2026-11-01"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp(AppText.cliToOption.cli, valueName: "2026-11-15"))
    var to: String?

    func resolve(today: CalendarDay) throws(GuichetError) -> ReportPeriod {
        if from != nil || to != nil {
            guard let from, let to else { throw .invalid(AppText.cliFromAndTo) }
            guard let period = ReportPeriod(from: try ReportPeriod.day(from, today: today), to: try ReportPeriod.day(to, today: today)) else {
                throw .invalid(AppText.reportToBeforeFrom)
            }
            return period
        }
        guard let date else {
            guard let kind = ReportPeriod.Kind(rawValue: period.lowercased()), kind != .range else {
                throw .invalid(ReportText.periodKindExpected.filled(period))
            }
            return ReportPeriod(kind, containing: today)
        }
        return try ReportPeriod.parse(kind: period, date: date, today: today)
    }
}

/// Where and how a CSV or a report is written.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(AppText.cliReportOutputOption.cli, valueName: "fichier"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(AppText.cliSeparatorOption.cli, valueName: "; ou ,"))
    var separator: String = ";"

    @Flag(name: .customLong("no-bom"), help: ArgumentHelp(AppText.cliNoBOMOption.cli))
    var noByteOrderMark = false

    func writer() throws(GuichetError) -> CSVWriter {
        guard separator == ";" || separator == "," else { throw .invalid(AppText.cliSeparatorExpected.filled(separator)) }
        return CSVWriter(separator: Character(separator), byteOrderMark: !noByteOrderMark)
    }
}

func reportFormat(_ text: String) throws(GuichetError) -> ReportFormat {
    guard let format = ReportFormat(rawValue: text.lowercased()) else { throw .invalid(AppText.cliFormatExpected.filled(text)) }
    return format
}

/// `guichet report`: the site's report of a period, counts only (text, CSV or the JSON
/// aggregate for `consolidate`). Supervisors; journaled.
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report", abstract: AppText.cliReportAbstract.cli, discussion: AppText.cliReportDiscussion.cli)
    }

    @OptionGroup var common: CommonOptions
    @OptionGroup var when: PeriodOptions

    @Option(name: .long, help: ArgumentHelp(AppText.cliFormatOption.cli, valueName: "text|csv|json"))
    var format: String = ReportFormat.text.rawValue

    @OptionGroup var out: OutputOptions

    @OptionGroup var account: AccountOption

    func run() throws {
        let language = CommandLineLanguage.current
        let format = try reportFormat(format)
        let writer = try out.writer()
        let store = try CommandStore.open(common)
        let actor = try account.actor(in: store)
        let period = try when.resolve(today: try store.today())
        let report = try ReportAssembly.siteReport(store, as: actor, period: period, software: GuichetVersion.current)
        let site = try store.site()
        let title = AppText.cliReportTitle.text(language, site.name, site.code.value, period.label(language), GuichetVersion.current)
        let bytes = ReportOutput.bytes(report, format: format, title: title, language: language, writer: writer)
        try store.recordReview(as: actor, .reportWritten, period: period, summary: "format=\(format.rawValue)") {
            try ReportOutput.deliver(bytes, output: out.output)
        }
        if let output = out.output { CommandOutput.error(AppText.cliReportWritten.text(language, output)) }
    }
}

/// `guichet export`: a period day by day, or its journal, as CSV for a spreadsheet.
/// Supervisors; journaled (who exported which period).
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: AppText.cliExportAbstract.cli, discussion: AppText.cliExportDiscussion.cli)
    }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp(AppText.cliExportWhatOption.cli, valueName: "daily|journal"))
    var what: String = ExportKind.daily.rawValue

    @OptionGroup var when: PeriodOptions
    @OptionGroup var out: OutputOptions

    @OptionGroup var account: AccountOption

    func run() throws {
        let language = CommandLineLanguage.current
        guard let kind = ExportKind(rawValue: what.lowercased()) else { throw GuichetError.invalid(AppText.cliExportWhatExpected.filled(what)) }
        let writer = try out.writer()
        let store = try CommandStore.open(common)
        let actor = try account.actor(in: store)
        let period = try when.resolve(today: try store.today())
        var progress: ProgressReporter?
        let csv = try ReportExport.csv(kind, store, as: actor, period: period, language: language, writer: writer) { done, total in
            // A bar only when it is worth watching: a quarter of days, ten thousand events.
            guard total >= (kind == .daily ? 90 : 10_000) else { return }
            if progress == nil { progress = ProgressReporter(label: AppText.cliExportProgress.cli, total: total) }
            progress?.update(done)
        }
        progress?.finish()
        try store.recordReview(as: actor, .exported, period: period,
                               summary: "what=\(kind.rawValue) format=csv rows=\(csv.records - 1)") {
            try ReportOutput.deliver(csv.bytes, output: out.output)
        }
        let done = (csv.records - 1 > 1 ? AppText.cliExportDone : AppText.cliExportDoneOne)
        CommandOutput.error(done.text(language, AppText.count(csv.records - 1, language), period.label(language), out.output ?? "-"))
    }
}

/// `guichet consolidate FILE…`: the network's report, from the sites' JSON aggregates.
struct ConsolidateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "consolidate", abstract: AppText.cliConsolidateAbstract.cli,
                             discussion: AppText.cliConsolidateDiscussion.cli)
    }

    @Argument(help: ArgumentHelp(AppText.cliConsolidateFiles.cli, valueName: "rapport.json"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp(AppText.cliFormatOption.cli, valueName: "text|csv|json"))
    var format: String = ReportFormat.text.rawValue

    @OptionGroup var out: OutputOptions

    @Option(name: .long, help: ArgumentHelp(AppText.cliLanguageOption.cli, valueName: "fr|en"))
    var lang: String?

    func run() throws {
        let language = CommandLineLanguage.current
        let format = try reportFormat(format)
        let writer = try out.writer()
        var reports: [(name: String, report: SiteReport)] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { throw GuichetError.invalid(AppText.cliCannotRead.filled(file)) }
            reports.append((file, try SiteReport.read(Array(data), name: file)))
        }
        let network = try SiteReport.consolidate(reports)
        let title = AppText.cliConsolidateTitle.text(language, network.sites.count, network.siteCodes, network.period.label(language))
        _ = try ReportOutput.deliver(ReportOutput.bytes(network, format: format, title: title, language: language, writer: writer),
                                     output: out.output)
        if let output = out.output { CommandOutput.error(AppText.cliReportWritten.text(language, output)) }
    }
}
