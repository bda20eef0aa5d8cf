import Foundation

/// Instants are stored in UTC as ISO 8601 text with milliseconds (`2026-11-27T09:15:02.123Z`),
/// which sorts as text in time order.
public enum Timestamp {
    public static func utcText(_ date: Date) -> String {
        let totalMillis = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (seconds, millis) = CivilTime.floorDivide(totalMillis, 1000)
        let (days, secondOfDay) = CivilTime.floorDivide(seconds, 86_400)
        let (year, month, day) = CivilTime.civil(fromDays: days)
        return ASCIIText.make(capacity: 32) { text in
            CivilTime.writeISODay(year, month, day, into: &text)
            text.byte(UInt8(ascii: "T"))
            text.number(secondOfDay / 3600, width: 2)
            text.byte(UInt8(ascii: ":"))
            text.number(secondOfDay % 3600 / 60, width: 2)
            text.byte(UInt8(ascii: ":"))
            text.number(secondOfDay % 60, width: 2)
            text.byte(UInt8(ascii: "."))
            text.number(millis, width: 3)
            text.byte(UInt8(ascii: "Z"))
        }
    }

    public static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    /// `HH:MM` of `date` in `timeZone`.
    public static func clockText(_ date: Date, in timeZone: TimeZone) -> String {
        let secondOfDay = CivilTime.floorDivide(CivilTime.localSeconds(date, in: timeZone), 86_400).remainder
        return ASCIIText.make(capacity: 8) { text in
            text.number(secondOfDay / 3600, width: 2)
            text.byte(UInt8(ascii: ":"))
            text.number(secondOfDay % 3600 / 60, width: 2)
        }
    }
}
