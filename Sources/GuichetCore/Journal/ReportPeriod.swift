/// The period a report covers: one of the site's local calendar days, a week
/// (Monday to Sunday), a calendar month, a calendar year, or any run of days
/// (`range`). Both ends are included.
public struct ReportPeriod: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case day, week, month, year, range

        public var label: Phrase {
            switch self {
            case .day: return Phrase(fr: "jour", en: "day")
            case .week: return Phrase(fr: "semaine", en: "week")
            case .month: return Phrase(fr: "mois", en: "month")
            case .year: return Phrase(fr: "année", en: "year")
            case .range: return Phrase(fr: "période", en: "period")
            }
        }
    }

    public let kind: Kind
    public let first: CalendarDay
    public let last: CalendarDay

    /// The period of `kind` that holds `day` (a `range` becomes that one day).
    public init(_ kind: Kind, containing day: CalendarDay) {
        self.kind = kind
        switch kind {
        case .day, .range:
            first = day
            last = day
        case .week:
            first = day.adding(days: -day.weekdayFromMonday)
            last = first.adding(days: 6)
        case .month:
            first = CalendarDay(year: day.year, month: day.month, day: 1)!
            last = CalendarDay(year: day.year, month: day.month, day: CalendarDay.daysIn(month: day.month, year: day.year))!
        case .year:
            first = CalendarDay(year: day.year, month: 1, day: 1)!
            last = CalendarDay(year: day.year, month: 12, day: 31)!
        }
    }

    /// Any run of days, `first` to `last` included; nil when `last` comes before `first`.
    public init?(from first: CalendarDay, to last: CalendarDay) {
        guard first <= last else { return nil }
        kind = .range
        self.first = first
        self.last = last
    }

    enum CodingKeys: String, CodingKey { case kind, from, to }

    /// `{"kind": "month", "from": "2026-11-01", "to": "2026-11-30"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let kind = Kind(rawValue: try container.decode(String.self, forKey: .kind)),
              let first = CalendarDay(iso: try container.decode(String.self, forKey: .from)),
              let last = CalendarDay(iso: try container.decode(String.self, forKey: .to)), first <= last else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "not a period")
        }
        self.kind = kind
        self.first = first
        self.last = last
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(first.iso, forKey: .from)
        try container.encode(last.iso, forKey: .to)
    }

    /// The number of days, both ends included.
    public var dayCount: Int { last.days(since: first) + 1 }

    /// Every day of the period, in order.
    public var days: [CalendarDay] { (0..<dayCount).map { first.adding(days: $0) } }

    /// The period of the same kind just before (`step` -1) or after (+1); a range moves by its length.
    public func moved(by step: Int) -> ReportPeriod {
        switch kind {
        case .day: return ReportPeriod(.day, containing: first.adding(days: step))
        case .week: return ReportPeriod(.week, containing: first.adding(days: 7 * step))
        case .month: return ReportPeriod(.month, containing: first.adding(months: step))
        case .year: return ReportPeriod(.year, containing: CalendarDay(year: first.year + step, month: 1, day: 1) ?? first)
        case .range:
            return ReportPeriod(from: first.adding(days: step * dayCount), to: last.adding(days: step * dayCount)) ?? self
        }
    }

    public func overlaps(_ other: ReportPeriod) -> Bool { first <= other.last && other.first <= last }

    /// `2026-11-01..2026-11-30`: how the journal and the exports name the period.
    public var code: String { first.iso + ".." + last.iso }

    /// « novembre 2026 », « semaine du lundi 23/11/2026 au dimanche 29/11/2026 »,
    /// « vendredi 27/11/2026 », « année 2026 », « du 01/11/2026 au 15/11/2026 ».
    public func label(_ language: Language) -> String {
        switch kind {
        case .day:
            return ReportText.weekdays[first.weekdayFromMonday].text(language) + " " + first.formatted(language)
        case .week:
            return ReportText.weekLabel.text(language, first.formatted(language), last.formatted(language))
        case .month:
            return DayText.monthNames[first.month - 1].text(language) + " \(first.year)"
        case .year:
            return ReportText.yearLabel.text(language, first.year)
        case .range:
            return ReportText.rangeLabel.text(language, first.formatted(language), last.formatted(language))
        }
    }

    /// The parts the bar chart shows: the days of a week, the weeks of a month or of
    /// a range up to 92 days (Monday to Sunday, cut at the period's ends), the months
    /// of a year or of a longer range; a day is one part.
    public var parts: [ReportPart] {
        switch kind {
        case .day: return [ReportPart(period: self, unit: .day)]
        case .week: return days.map { ReportPart(period: ReportPeriod(.day, containing: $0), unit: .day) }
        case .month: return split(.week)
        case .year: return split(.month)
        case .range: return split(dayCount <= 92 ? .week : .month)
        }
    }

    private func split(_ unit: Kind) -> [ReportPart] {
        var parts: [ReportPart] = []
        var start = first
        while start <= last {
            let end = min(last, ReportPeriod(unit, containing: start).last)
            parts.append(ReportPart(period: ReportPeriod(from: start, to: end)!, unit: unit))
            start = end.adding(days: 1)
        }
        return parts
    }

    /// A period as the command line names it: `--period month --date 2026-11` (or `11/2026`),
    /// `week`/`day` with a day (`2026-11-23`, `23/11/2026`), `year` with `2026`.
    public static func parse(kind: String, date: String, today: CalendarDay) throws(GuichetError) -> ReportPeriod {
        guard let kind = Kind(rawValue: kind.lowercased()), kind != .range else {
            throw .invalid(ReportText.periodKindExpected.filled(kind))
        }
        let text = date.trimmingWhitespace()
        switch kind {
        case .year:
            guard text.count == 4, let year = Int(text), let day = CalendarDay(year: year, month: 1, day: 1) else {
                throw .invalid(ReportText.yearExpected.filled(date))
            }
            return ReportPeriod(.year, containing: day)
        case .month:
            let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
            guard parts.count == 2 else { throw .invalid(ReportText.monthExpected.filled(date)) }
            let (yearText, monthText) = parts[0].count == 4 ? (parts[0], parts[1]) : (parts[1], parts[0])
            guard yearText.count == 4, let year = Int(yearText), let month = Int(monthText),
                  let day = CalendarDay(year: year, month: month, day: 1) else { throw .invalid(ReportText.monthExpected.filled(date)) }
            return ReportPeriod(.month, containing: day)
        case .day, .week:
            return ReportPeriod(kind, containing: try day(text, today: today))
        case .range:
            throw .invalid(ReportText.periodKindExpected.filled(kind.rawValue))
        }
    }

    /// A day typed as at the counter (`23/11/2026`) or in ISO form (`2026-11-23`).
    public static func day(_ text: String, today: CalendarDay) throws(GuichetError) -> CalendarDay {
        if let day = CalendarDay(iso: text.trimmingWhitespace()) ?? DayInput.parse(text, today: today) { return day }
        throw .invalid(ReportText.dayExpected.filled(text))
    }
}

extension CalendarDay {
    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    public var weekdayFromMonday: Int { ((daysSinceEpoch + 3) % 7 + 7) % 7 }

    /// Days from `other` to this day (negative when `other` comes after).
    public func days(since other: CalendarDay) -> Int { daysSinceEpoch - other.daysSinceEpoch }
}

/// One bar of a report's chart: a day, a week or a month of the period.
public struct ReportPart: Sendable, Hashable {
    public let period: ReportPeriod
    public let unit: ReportPeriod.Kind

    /// `lun. 23` for a day, `23/11` for a week (its first day), `nov. 26` for a month.
    public func label(_ language: Language) -> String {
        let first = period.first
        let twoDigits = { (value: Int) in (value < 10 ? "0" : "") + "\(value)" }
        switch unit {
        case .day: return ReportText.shortWeekdays[first.weekdayFromMonday].text(language) + " " + twoDigits(first.day)
        case .month: return ReportText.shortMonths[first.month - 1].text(language) + " " + twoDigits(first.year % 100)
        case .week, .year, .range: return twoDigits(first.day) + "/" + twoDigits(first.month)
        }
    }
}
