import Foundation

/// A day of the counter's calendar (the site's local calendar day), without a time.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// nil when the date does not exist (31/02, 29/02 of a common year, month 13…).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO form `2026-11-27`, as stored in the database.
    public var iso: String { ASCIIText.make(capacity: 15) { CivilTime.writeISODay(year, month, day, into: &$0) } }
    public var description: String { iso }

    /// `27/11/2026` in French, `27/11/2026` in English too (the programme is French).
    public func formatted(_ language: Language) -> String {
        ASCIIText.make(capacity: 15) { text in
            text.number(day, width: 2)
            text.byte(UInt8(ascii: "/"))
            text.number(month, width: 2)
            text.byte(UInt8(ascii: "/"))
            text.number(year, width: 4)
        }
    }

    public init?(iso: String) {
        // The stored form, byte by byte: lists decode many of these at every keystroke.
        // Read in place when the string is contiguous (native strings are): no arrays.
        let stored = iso.utf8.withContiguousStorageIfAvailable(Self.storedForm) ?? Array(iso.utf8).withUnsafeBufferPointer(Self.storedForm)
        switch stored {
        case .fields(let year, let month, let day):
            self.init(year: year, month: month, day: day)
            return
        case .invalid:
            return nil
        case .otherShape:
            break
        }
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    private enum StoredForm { case fields(Int, Int, Int), invalid, otherShape }

    /// `YYYY-MM-DD` byte by byte: its fields, `invalid` when a field holds a non-digit,
    /// `otherShape` when the length or the dashes differ.
    private static func storedForm(_ bytes: UnsafeBufferPointer<UInt8>) -> StoredForm {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return .otherShape }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return .invalid }
        return .fields(year, month, day)
    }

    /// The calendar day of `instant` in `timeZone`.
    public init(_ instant: Date, in timeZone: TimeZone) {
        let days = CivilTime.floorDivide(CivilTime.localSeconds(instant, in: timeZone), 86_400).quotient
        (year, month, day) = CivilTime.civil(fromDays: days)
    }

    /// Days since 1970-01-01.
    var daysSinceEpoch: Int { CivilTime.days(year: year, month: month, day: day) }

    /// The first instant of this day in `timeZone`, for range queries on UTC timestamps.
    public func start(in timeZone: TimeZone) -> Date {
        let localMidnight = TimeInterval(daysSinceEpoch * 86_400)
        // The offset in force at local midnight; one correction covers a change of offset that day.
        var guess = Date(timeIntervalSince1970: localMidnight - TimeInterval(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: localMidnight))))
        guess = Date(timeIntervalSince1970: localMidnight - TimeInterval(timeZone.secondsFromGMT(for: guess)))
        return guess
    }

    public func adding(days: Int) -> CalendarDay {
        let (y, m, d) = CivilTime.civil(fromDays: daysSinceEpoch + days)
        return CalendarDay(year: y, month: m, day: d)!
    }

    public func adding(months: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        let newDay = min(day, CalendarDay.daysIn(month: newMonth, year: newYear))
        return CalendarDay(year: newYear, month: newMonth, day: newDay)!
    }
}
