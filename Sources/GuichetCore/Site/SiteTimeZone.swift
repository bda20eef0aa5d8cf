import Foundation

/// The time zone of a reception point: its calendar day is the counter's day.
public enum SiteTimeZone {
    /// Metropolitan France; overseas sites choose theirs at set-up.
    public static let defaultIdentifier = "Europe/Paris"
    public static let standard = TimeZone(identifier: defaultIdentifier)!

    /// An IANA name such as `Europe/Paris` or `America/Cayenne`.
    public static func parse(_ input: String) throws(GuichetError) -> TimeZone {
        guard let zone = TimeZone(identifier: input.trimmingWhitespace()) else { throw .invalid(CoreText.timeZoneExpected) }
        return zone
    }
}
