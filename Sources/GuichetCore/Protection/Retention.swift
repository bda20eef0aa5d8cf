import Foundation

/// How long a file is kept without contact (CNIL, référentiel social 2021): two years
/// after the last contact by default, then anonymised. A contact is the file's
/// enrolment or renewal, a visit, a coaching session, a purchase, or a key lent or
/// given back.
public enum RetentionRule {
    public static let defaultMonths = 24
    public static let monthsAllowed = 12...60

    /// The months typed in the settings, or why they are refused.
    public static func months(_ input: String) throws(GuichetError) -> Int {
        guard let value = Int(input.trimmingWhitespace()), monthsAllowed.contains(value) else {
            throw .invalid(ProtectionText.retentionExpected.filled(monthsAllowed.lowerBound, monthsAllowed.upperBound))
        }
        return value
    }

    /// A file whose last contact is before this day is due for anonymisation on `today`.
    public static func cutoff(today: CalendarDay, months: Int) -> CalendarDay {
        today.adding(months: -months)
    }

    public static func isDue(lastContact: CalendarDay, today: CalendarDay, months: Int) -> Bool {
        lastContact < cutoff(today: today, months: months)
    }
}

/// A file without a recorded consent is flagged on its card; when the setting says so
/// (Link2Feed's practice), it becomes due for anonymisation 72 hours after it was created.
public enum ConsentRule {
    public static let delay: TimeInterval = 72 * 3600

    /// The instant from which a file created at `createdAt` without consent is due.
    public static func deadline(createdAt: Date) -> Date {
        createdAt.addingTimeInterval(delay)
    }

    /// Files created before this instant without consent are due at `now`.
    public static func createdBefore(now: Date) -> Date {
        now.addingTimeInterval(-delay)
    }

    public static func isDue(createdAt: Date, hasConsent: Bool, now: Date) -> Bool {
        !hasConsent && deadline(createdAt: createdAt) <= now
    }
}

/// Why a file is listed for anonymisation.
public enum RetentionReason: String, Sendable, CaseIterable {
    /// No contact for the retention period.
    case noContact = "no_contact"
    /// No consent recorded 72 hours after the file was created (when the setting asks for it).
    case noConsent = "no_consent"

    public var label: Phrase {
        switch self {
        case .noContact: return Phrase(fr: "sans contact", en: "no contact")
        case .noConsent: return Phrase(fr: "sans consentement", en: "no consent")
        }
    }
}

/// How long the connection events of the journal (logins, failed logins, logouts,
/// locks) are kept: 6 to 12 months (CNIL), 12 by default.
public enum ConnectionLogRetention {
    public static let defaultMonths = 12
    public static let monthsAllowed = 6...12

    /// The journal actions the purge removes, and no other.
    public static let actions: [AccountAction] = [.login, .loginFailed, .logout, .sessionLocked]

    public static func months(_ input: String) throws(GuichetError) -> Int {
        guard let value = Int(input.trimmingWhitespace()), monthsAllowed.contains(value) else {
            throw .invalid(ProtectionText.logMonthsExpected.filled(monthsAllowed.lowerBound, monthsAllowed.upperBound))
        }
        return value
    }

    /// Connection events before the start of this day are purged on `today`.
    public static func cutoff(today: CalendarDay, months: Int) -> CalendarDay {
        today.adding(months: -months)
    }
}
