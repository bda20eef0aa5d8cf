/// Reads a day as typed at the counter: `27/11/2026`, `27112026`, `27/11/26`,
/// also with `.` or `-` as separators. Two-digit years are 20YY when that is not
/// in the future of `today`, else 19YY.
public enum DayInput {
    public static func parse(_ input: String, today: CalendarDay) -> CalendarDay? {
        let text = input.trimmingWhitespace()
        guard !text.isEmpty, text.count <= 10 else { return nil }
        let separators: Set<Character> = ["/", ".", "-"]
        var fields: [String]
        if text.contains(where: { separators.contains($0) }) {
            fields = text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) }).map(String.init)
            guard fields.count == 3 else { return nil }
        } else {
            guard text.count == 8 || text.count == 6 else { return nil }
            let characters = Array(text)
            fields = [String(characters[0..<2]), String(characters[2..<4]), String(characters[4...])]
        }
        guard fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              fields[0].count <= 2, fields[1].count <= 2, fields[2].count == 2 || (fields[2].count == 4 && fields[2].first != "0"),
              let day = Int(fields[0]), let month = Int(fields[1]), var year = Int(fields[2]) else { return nil }
        if fields[2].count == 2 {
            year += 2000
            if (year, month, day) > (today.year, today.month, today.day) { year -= 100 }
        }
        return CalendarDay(year: year, month: month, day: day)
    }
}
