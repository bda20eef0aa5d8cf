import GuichetCore

/// Days since 1970-01-01 and back, by arithmetic (H. Hinnant's civil algorithms):
/// the demo writes hundreds of thousands of dates, too many for `Calendar` and `String(format:)`.
enum EpochDays {
    static func of(_ day: CalendarDay) -> Int {
        let y = day.month <= 2 ? day.year - 1 : day.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (day.month + (day.month > 2 ? -3 : 9)) + 2) / 5 + day.day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * mp + 2) / 5 + 1)
    }

    /// `day` moved by `days` (`CalendarDay.adding(days:)` without `Calendar`).
    static func adding(_ days: Int, to day: CalendarDay) -> CalendarDay {
        let (y, m, d) = civil(of(day) + days)
        return CalendarDay(year: y, month: m, day: d)!
    }

    /// `27/11/2026`, as typed in the form.
    static func french(_ day: CalendarDay) -> String { two(day.day) + "/" + two(day.month) + "/" + String(day.year) }

    /// `2026-11-27T09:15:02.000Z` for a UTC instant in whole seconds.
    static func utcText(seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let (year, month, day) = civil(days)
        return "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60)).000Z"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
