import Foundation

/// Calendar arithmetic without `Calendar`: the proleptic Gregorian calendar
/// from a count of days, and a local wall-clock from an instant and a time
/// zone's offset. Creating a Foundation `Calendar` costs more than all of a
/// screen's drawing, and the counter asks for "today" at every frame.
enum CivilTime {
    /// Year, month, day of the day `days` after 1970-01-01 (H. Hinnant's algorithm).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days from 1970-01-01 to the given day.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Seconds since 1970 of the wall clock showing at `instant` in `timeZone` (whole seconds, floored).
    static func localSeconds(_ instant: Date, in timeZone: TimeZone) -> Int {
        Int((instant.timeIntervalSince1970).rounded(.down)) + timeZone.secondsFromGMT(for: instant)
    }

    static func floorDivide(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int) {
        let q = a >= 0 ? a / b : -((-a + b - 1) / b)
        return (q, a - q * b)
    }

    /// `2026-11-27`: year on 4 digits, month and day on 2.
    static func writeISODay(_ year: Int, _ month: Int, _ day: Int, into text: inout ASCIIText) {
        text.number(year, width: 4)
        text.byte(UInt8(ascii: "-"))
        text.number(month, width: 2)
        text.byte(UInt8(ascii: "-"))
        text.number(day, width: 2)
    }
}
