import Foundation

/// Instants are stored in UTC as ISO 8601 text with milliseconds (`2026-11-27T09:15:02.123Z`),
/// which sorts as text in time order.
public enum Timestamp {
    public static func utcText(_ date: Date) -> String {
        let totalMillis = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (seconds, millis) = CivilTime.floorDivide(totalMillis, 1000)
        let (days, secondOfDay) = CivilTime.floorDivide(seconds, 86_400)
        let (year, month, day) = CivilTime.civil(fromDays: days)
        return CivilTime.padded(year, 4) + "-" + CivilTime.padded(month, 2) + "-" + CivilTime.padded(day, 2)
            + "T" + CivilTime.padded(secondOfDay / 3600, 2) + ":" + CivilTime.padded(secondOfDay % 3600 / 60, 2)
            + ":" + CivilTime.padded(secondOfDay % 60, 2) + "." + CivilTime.padded(millis, 3) + "Z"
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
        return CivilTime.padded(secondOfDay / 3600, 2) + ":" + CivilTime.padded(secondOfDay % 3600 / 60, 2)
    }
}
