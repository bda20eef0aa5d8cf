/// Reads a day as typed at the counter: `27/11/2026`, `27112026`, `27/11/26`,
/// also with `.` or `-` as separators. Two-digit years are 20YY when that is not
/// in the future of `today`, else 19YY.
public enum DayInput {
    /// Why a typed day was not read.
    public enum Problem: Error, Equatable, Sendable {
        /// Not a day at all: wrong separators, letters, a missing part.
        case malformed
        /// Written right but no such day: 31/02/2020.
        case noSuchDay(day: Int, month: Int, year: Int)
    }

    public static func parse(_ input: String, today: CalendarDay) -> CalendarDay? {
        try? read(input, today: today).get()
    }

    /// The day typed, or why it is not one.
    public static func read(_ input: String, today: CalendarDay) -> Result<CalendarDay, Problem> {
        let text = input.trimmingWhitespace()
        guard !text.isEmpty, text.count <= 10 else { return .failure(.malformed) }
        let separators: Set<Character> = ["/", ".", "-"]
        var fields: [String]
        if text.contains(where: { separators.contains($0) }) {
            fields = text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) }).map(String.init)
            guard fields.count == 3 else { return .failure(.malformed) }
        } else {
            guard text.count == 8 || text.count == 6 else { return .failure(.malformed) }
            let characters = Array(text)
            fields = [String(characters[0..<2]), String(characters[2..<4]), String(characters[4...])]
        }
        guard fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              fields[0].count <= 2, fields[1].count <= 2, fields[2].count == 2 || (fields[2].count == 4 && fields[2].first != "0"),
              let day = Int(fields[0]), let month = Int(fields[1]), var year = Int(fields[2]) else { return .failure(.malformed) }
        if fields[2].count == 2 {
            year += 2000
            if (year, month, day) > (today.year, today.month, today.day) { year -= 100 }
        }
        guard (1...12).contains(month), day >= 1 else { return .failure(.malformed) }
        guard let found = CalendarDay(year: year, month: month, day: day) else {
            return .failure(.noSuchDay(day: day, month: month, year: year))
        }
        return .success(found)
    }

    /// « {field} : le 31/02/2020 n’existe pas (février 2020 a 29 jours) ».
    public static func noSuchDay(_ field: Phrase, day: Int, month: Int, year: Int) -> Phrase {
        let typed = (day < 10 ? "0" : "") + "\(day)/" + (month < 10 ? "0" : "") + "\(month)/\(year)"
        let days = CalendarDay.daysIn(month: month, year: year)
        return DayText.noSuchDay.filled(field, typed, DayText.monthNames[month - 1], year, days)
    }
}

/// Messages about typed days.
public enum DayText {
    /// {1} the field, {2} the day as typed, {3} the month, {4} the year, {5} its number of days.
    public static let noSuchDay = Phrase(
        fr: "{1} : le {2} n’existe pas ({3} {4} a {5} jours)",
        en: "{1}: {2} does not exist ({3} {4} has {5} days)")
    public static let monthNames: [Phrase] = [
        Phrase(fr: "janvier", en: "January"), Phrase(fr: "février", en: "February"), Phrase(fr: "mars", en: "March"),
        Phrase(fr: "avril", en: "April"), Phrase(fr: "mai", en: "May"), Phrase(fr: "juin", en: "June"),
        Phrase(fr: "juillet", en: "July"), Phrase(fr: "août", en: "August"), Phrase(fr: "septembre", en: "September"),
        Phrase(fr: "octobre", en: "October"), Phrase(fr: "novembre", en: "November"), Phrase(fr: "décembre", en: "December"),
    ]
}
