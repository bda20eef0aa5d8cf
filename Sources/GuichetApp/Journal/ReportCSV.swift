import Foundation
import GuichetCore
import GuichetStore

/// The CSV files of the review (`CSVWriter`: `;` and UTF-8 with a byte order mark by
/// default, RFC 4180 quoting, formulas neutralised). Numbers are written with the decimal
/// separator that goes with the cell separator (`1234,50` with `;`, `1234.50` with `,`),
/// without a unit; a figure of an area not built is « — ».
public enum ReportCSV {
    /// The report: one row per figure, then one per count by code.
    public static func report(_ report: SiteReport, language: Language, writer: CSVWriter) -> CSVWriter {
        var csv = writer
        csv.append(texts: [AppText.csvSite, AppText.csvFrom, AppText.csvTo, AppText.csvArea, AppText.csvFigure, AppText.csvValue,
                           AppText.csvUnit, AppText.csvCode].map { $0.text(language) })
        let period = [report.siteCodes, report.period.first.iso, report.period.last.iso]
        for id in ReportFigureID.allCases where id.inReport {
            let value = report.value(id)
            csv.append(period.map(CSVWriter.Cell.text) + [
                .text(id.area.module.label.text(language)), .text(id.label.text(language)),
                value.map { .number(FigureValue.number($0, id.unit, decimal: csv.decimal)) } ?? .text(ReportText.notBuilt),
                .text(unitName(id.unit).text(language)), .text(id.rawValue),
            ])
        }
        for breakdown in ReportBreakdownID.allCases {
            let counts = report.counts(breakdown)
            for code in breakdown.codes {
                csv.append(period.map(CSVWriter.Cell.text) + [
                    .text(breakdown.label.text(language)), .text(breakdown.label(of: code).text(language)),
                    counts.map { .number(String($0[code] ?? 0)) } ?? .text(ReportText.notBuilt),
                    .text(AppText.csvUnitCount.text(language)), .text(breakdown.rawValue + "." + code),
                ])
            }
        }
        return csv
    }

    /// One row per day of the period with the figures of the day summary.
    public static func daily(_ days: [(day: CalendarDay, figures: ReportContribution)], language: Language, writer: CSVWriter) -> CSVWriter {
        var csv = writer
        let figures = ReportFigureID.allCases.filter(\.inDaySummary)
        csv.append(texts: [AppText.csvDay.text(language)] + figures.map {
            $0.label.text(language) + " (" + unitName($0.unit).text(language) + ")"
        })
        for (day, contribution) in days {
            csv.append([.text(day.iso)] + figures.map { id in
                guard let value = contribution.figures[id] else { return .text(ReportText.notBuilt) }
                return .number(FigureValue.number(value, id.unit, decimal: csv.decimal))
            })
        }
        return csv
    }

    /// The journal's header row; `event` writes one event.
    public static func journalHeader(_ language: Language, writer: inout CSVWriter) {
        writer.append(texts: [AppText.csvDay, AppText.csvTime, AppText.csvUser, AppText.csvSite, AppText.csvAction, AppText.csvEvent,
                              AppText.csvSubject].map { $0.text(language) })
    }

    public static func event(_ event: JournalEvent, timeZone: TimeZone, language: Language, writer: inout CSVWriter) {
        writer.append(texts: [CalendarDay(event.at, in: timeZone).iso, Timestamp.clockText(event.at, in: timeZone), event.userLogin ?? "",
                              event.siteCode, event.action, JournalLine.wording(event, language), event.subject ?? ""])
    }

    static func unitName(_ unit: FigureUnit) -> Phrase {
        switch unit {
        case .count: return AppText.csvUnitCount
        case .money, .cashClosing: return AppText.csvUnitEuros
        case .minutes: return AppText.csvUnitHours
        case .shareOfPeople, .meanShare: return AppText.csvUnitPercent
        }
    }
}

/// What an export is: the figures day by day, or the journal's events.
public enum ExportKind: String, Sendable, CaseIterable {
    case daily
    case journal
}

/// Exports of a period, written and journaled in one go: `recordReview` writes the file
/// inside the transaction of the journal event, so an export and its trace are never apart.
public enum ReportExport {
    /// The figures of the day summary for each day of `period`; `progress(done, total)` per day.
    public static func dailyFigures(_ store: GuichetStore, as actor: Actor, period: ReportPeriod,
                                    progress: (Int, Int) -> Void = { _, _ in }) throws(GuichetError)
        -> [(day: CalendarDay, figures: ReportContribution)] {
        var rows: [(day: CalendarDay, figures: ReportContribution)] = []
        let days = period.days
        for (index, day) in days.enumerated() {
            rows.append((day, try ReportAssembly.contribution(store, as: actor, period: ReportPeriod(.day, containing: day), scope: .daySummary)))
            progress(index + 1, days.count)
        }
        return rows
    }

    /// The CSV of `kind` for `period`, and how many rows it holds (the header left out).
    public static func csv(_ kind: ExportKind, _ store: GuichetStore, as actor: Actor, period: ReportPeriod, language: Language,
                           writer: CSVWriter, progress: (Int, Int) -> Void = { _, _ in }) throws(GuichetError) -> CSVWriter {
        switch kind {
        case .daily:
            return ReportCSV.daily(try dailyFigures(store, as: actor, period: period, progress: progress), language: language, writer: writer)
        case .journal:
            var csv = writer
            ReportCSV.journalHeader(language, writer: &csv)
            let timeZone = try store.site().timeZone
            try store.forEachJournalEvent(as: actor, in: period, progress: progress) { event in
                ReportCSV.event(event, timeZone: timeZone, language: language, writer: &csv)
            }
            return csv
        }
    }

    /// `guichet-PAR-2026-11-01..2026-11-30-daily.csv`.
    public static func fileName(site: String, period: ReportPeriod, kind: ExportKind) -> String {
        "guichet-\(site)-\(period.code)-\(kind.rawValue).csv"
    }

    /// F7 on the report screen: the period day by day, to `exports/` beside the database.
    static func daily(period: ReportPeriod) -> Effect {
        .asUser { store, actor, context throws(GuichetError) in
            let csv = try csv(.daily, store, as: actor, period: period, language: context.language, writer: CSVWriter())
            let folder = BudgetPrintOutput.folder(forDatabase: store.path, named: "exports")
            let path = folder + "/" + fileName(site: try store.site().code.value, period: period, kind: .daily)
            var written = ""
            try store.recordReview(as: actor, .exported, period: period, summary: "what=daily format=csv rows=\(csv.records - 1)") {
                try BudgetPrintOutput.makeFolder(folder)
                written = try BudgetPrintOutput.write(csv.bytes, to: path)
                return "file"
            }
            return .notice(Notice(context.text(AppText.exportWritten, csv.records - 1, written), kind: .success))
        }
    }
}
