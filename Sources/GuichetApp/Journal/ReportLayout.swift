import GuichetCore
import GuichetTerminal

/// A report as sections of rows: the programme's figures, the activity of each area,
/// the visits by reason and the people by referring structure, the bar chart of the
/// visits by week or month and the sparkline of the daily visits. The screen shows
/// them a page at a time (a section is not split when it fits a page); the command
/// line's text report draws them all, one after the other, into an 80-column buffer.
public struct ReportLayout {
    enum Row {
        case heading(String)
        case figure(label: String, value: String, detail: Bool, built: Bool)
        case bars([BarChart.Bar])
        case sparkline(label: String, values: [Int])
        case blank

        var height: Int {
            if case .bars(let bars) = self { return bars.count }
            return 1
        }
    }

    let sections: [[Row]]

    /// The figures of the programme first (what funders ask), then the chart, the
    /// activity of each area, and the counts by code.
    public init(_ report: SiteReport, language: Language) {
        func figure(_ id: ReportFigureID) -> Row {
            let entry = report.figure(id)
            var value = FigureValue.text(entry?.value, id.unit, language)
            if let entry, entry.amount != nil, entry.sites < report.sites.count {
                value = AppText.reportPartial.text(language, value, entry.sites, report.sites.count)
            }
            return .figure(label: id.label.text(language), value: value, detail: id.isDetail, built: entry?.amount != nil)
        }
        let programme: [ReportFigureID] = [.peopleAccompanied, .newPeople, .returningPeople, .jobSeekers, .rechargeHours, .monthlySavings,
                                           .shareBefore, .shareAfter, .peopleWithoutHousingEquipped, .receptionPoints]
        var headline: [Row] = [.heading(AppText.reportProgramme.text(language))] + programme.map(figure)
        var sections: [[Row]] = []
        let parts = report.period.parts
        if let daily = report.dailyVisits, daily.count == report.period.dayCount {
            let (values, days) = Self.sparklineValues(daily, room: 60)
            let label = days == 1 ? AppText.reportDailyVisits.text(language) : AppText.reportVisitsPerDays.text(language, days)
            headline += [.blank, .sparkline(label: label, values: values)]
            sections.append(headline)
            if parts.count > 1 {
                let bars = parts.map { part -> BarChart.Bar in
                    let offset = part.period.first.days(since: report.period.first)
                    let total = daily[offset..<(offset + part.period.dayCount)].reduce(0, +)
                    return BarChart.Bar(label: part.label(language), value: total, text: ReportText.grouped(Int64(total), language))
                }
                let heading = parts[0].unit == .week ? AppText.reportVisitsByWeek.text(language)
                    : AppText.reportVisitsChart.text(language, parts[0].unit.label.text(language))
                sections.append([.blank, .heading(heading), .bars(bars)])
            }
        } else {
            sections.append(headline)
        }

        let activity = ReportFigureID.allCases.filter { $0.inReport && !programme.contains($0) }
        var rows: [Row] = [.blank, .heading(AppText.reportActivity.text(language))]
        var area = activity.first?.area
        for id in activity {
            if id.area != area { rows.append(.blank) }
            area = id.area
            rows.append(figure(id))
        }
        sections.append(rows)

        for breakdown in ReportBreakdownID.allCases {
            var rows: [Row] = [.blank, .heading(breakdown.label.text(language))]
            let counts = report.counts(breakdown)
            for code in breakdown.codes {
                let value = counts.map { ReportText.grouped(Int64($0[code] ?? 0), language) } ?? ReportText.notBuilt
                rows.append(.figure(label: breakdown.label(of: code).text(language), value: value, detail: false, built: counts != nil))
            }
            sections.append(rows)
        }
        self.sections = sections
    }

    /// The daily values, added up by runs of days when the period is longer than `room`.
    static func sparklineValues(_ daily: [Int], room: Int) -> (values: [Int], days: Int) {
        let days = max(1, (daily.count + room - 1) / room)
        guard days > 1 else { return (daily, 1) }
        return (stride(from: 0, to: daily.count, by: days).map { daily[$0..<min(daily.count, $0 + days)].reduce(0, +) }, days)
    }

    /// The sections flowed into pages of `height` rows; a section taller than a page is split.
    func pages(height: Int) -> [[Row]] {
        let height = max(1, height)
        var pages: [[Row]] = [[]]
        var used = 0
        for section in sections {
            let sectionHeight = section.map(\.height).reduce(0, +)
            var rows = section
            // A section that fits a page is not split; a longer one starts where the page is.
            if used > 0 && used + sectionHeight > height && sectionHeight <= height {
                pages.append([])
                used = 0
                if case .blank = rows.first { rows.removeFirst() }
            }
            for row in rows {
                if used > 0 && used + row.height > height {
                    pages.append([])
                    used = 0
                    if case .blank = row { continue }
                }
                pages[pages.count - 1].append(row)
                used += row.height
            }
        }
        return pages
    }

    static let labelWidth = 48
    static let valueWidth = 26

    /// Draws `rows` from the top of `area`.
    static func render(_ rows: [Row], into buffer: inout Buffer, area: Rect, glyphs: Glyphs) {
        var y = area.y
        for row in rows {
            guard y + row.height <= area.maxY else { break }
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            switch row {
            case .heading(let text):
                TextLine(text, role: .header).render(into: &buffer, area: line)
            case .figure(let label, let value, let detail, let built):
                let role: StyleRole = built ? (detail ? .muted : .normal) : .disabled
                TextLine((detail ? "  " : "") + label, role: role)
                    .render(into: &buffer, area: Rect(x: area.x, y: y, width: min(area.width, labelWidth), height: 1))
                TextLine(value, role: built ? .normal : .disabled, alignment: .right)
                    .render(into: &buffer, area: Rect(x: area.x + labelWidth, y: y, width: max(0, min(valueWidth, area.width - labelWidth)),
                                                      height: 1))
            case .bars(let bars):
                BarChart(bars: bars, labelRole: .muted).render(
                    into: &buffer, area: Rect(x: area.x, y: y, width: min(area.width, labelWidth + valueWidth), height: bars.count),
                    glyphs: glyphs)
            case .sparkline(let label, let values):
                Sparkline(values: values, label: label, labelRole: .muted)
                    .render(into: &buffer, area: Rect(x: area.x, y: y, width: min(area.width, labelWidth + valueWidth), height: 1),
                            glyphs: glyphs)
            case .blank:
                break
            }
            y += row.height
        }
    }

    /// The whole report as text lines (`guichet report --format text`): its title, then
    /// every section drawn at 80 columns, trailing spaces removed.
    public func textLines(title: String, glyphs: Glyphs = .unicode) -> [String] {
        let rows = sections.flatMap { $0 }
        let height = rows.map(\.height).reduce(0, +)
        var buffer = Buffer(size: Size(width: 80, height: height))
        Self.render(rows, into: &buffer, area: Rect(x: 0, y: 0, width: 80, height: height), glyphs: glyphs)
        return [title, ""] + buffer.lines().map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }
}
