import Foundation

/// When backups are taken and how many are kept.
///
/// A backup is taken after each cash closing and when a supervisor quits if the last
/// good one is older than a day; the supervisor's home shows the age of the last good
/// one, in red after 7 days. The folder keeps the last N (a setting) of the site.
public enum BackupPolicy {
    public static let defaultKept = 10
    public static let keptAllowed = 1...365
    /// A supervisor who quits takes a backup when the last one is older than this.
    public static let dueAtQuitAfter: TimeInterval = 86_400
    /// The home line turns red when the last good backup is older than this many days.
    public static let staleAfterDays = 7

    public static func kept(_ input: String) throws(GuichetError) -> Int {
        guard let value = Int(input.trimmingWhitespace()), keptAllowed.contains(value) else {
            throw .invalid(ProtectionText.keptExpected.filled(keptAllowed.lowerBound, keptAllowed.upperBound))
        }
        return value
    }

    public static func isDueAtQuit(last: Date?, now: Date) -> Bool {
        guard let last else { return true }
        return now.timeIntervalSince(last) > dueAtQuitAfter
    }

    /// Whole days from the last backup's day to today, in the site's days.
    public static func ageDays(last: Date, now: Date, in timeZone: TimeZone) -> Int {
        let from = CalendarDay(last, in: timeZone), to = CalendarDay(now, in: timeZone)
        return max(0, CivilTime.days(year: to.year, month: to.month, day: to.day) - CivilTime.days(year: from.year, month: from.month, day: from.day))
    }

    /// No good backup, or one older than `staleAfterDays`.
    public static func isStale(last: Date?, now: Date, in timeZone: TimeZone) -> Bool {
        guard let last else { return true }
        return ageDays(last: last, now: now, in: timeZone) > staleAfterDays
    }

    /// The backups to delete so that only the newest `keep` remain: `names` are the
    /// site's backup files of one folder, in any order (their names sort by time).
    public static func surplus(_ names: [String], keep: Int) -> [String] {
        let sorted = names.compactMap { BackupName(fileName: $0) }.sorted { $0.fileName < $1.fileName }.map(\.fileName)
        return Array(sorted.dropLast(max(0, keep)))
    }
}

/// A backup's file name: the site and the site's local time it was taken,
/// `guichet-PAR-2026-11-27-103000.sqlite`, with `.chiffre` after it when encrypted.
/// The names of one site sort in time order.
public struct BackupName: Sendable, Equatable {
    public static let prefix = "guichet-"
    public static let plainExtension = ".sqlite"
    public static let encryptedExtension = ".sqlite.chiffre"

    public let site: String
    /// `2026-11-27-103000`.
    public let stamp: String
    public let isEncrypted: Bool

    public init(site: SiteCode, at instant: Date, in timeZone: TimeZone, encrypted: Bool) {
        self.site = site.value
        stamp = Self.stamp(instant, in: timeZone)
        isEncrypted = encrypted
    }

    /// `2026-11-27-103000`: the local day and time of `instant` in `timeZone`, to the second.
    public static func stamp(_ instant: Date, in timeZone: TimeZone) -> String {
        let day = CalendarDay(instant, in: timeZone)
        let seconds = CivilTime.floorDivide(CivilTime.localSeconds(instant, in: timeZone), 86_400).remainder
        return day.iso + "-" + String(seconds / 3600).leftPadded(to: 2) + String(seconds % 3600 / 60).leftPadded(to: 2)
            + String(seconds % 60).leftPadded(to: 2)
    }

    /// A name this program gave; nil for any other file.
    public init?(fileName: String) {
        let encrypted = fileName.hasSuffix(Self.encryptedExtension)
        guard fileName.hasPrefix(Self.prefix), encrypted || fileName.hasSuffix(Self.plainExtension) else { return nil }
        let core = fileName.dropFirst(Self.prefix.count).dropLast((encrypted ? Self.encryptedExtension : Self.plainExtension).count)
        let parts = core.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 5, let site = SiteCode(String(parts[0])), site.value == parts[0],
              CalendarDay(iso: parts[1...3].joined(separator: "-")) != nil,
              parts[4].count == 6, parts[4].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        self.site = site.value
        stamp = parts[1...4].joined(separator: "-")
        isEncrypted = encrypted
    }

    public var fileName: String {
        Self.prefix + site + "-" + stamp + (isEncrypted ? Self.encryptedExtension : Self.plainExtension)
    }
}

/// The passphrase of an encrypted backup: long enough to hold against guessing
/// (the key is derived from it with scrypt), typed twice.
public enum BackupPassphrase {
    public static let minimumLength = 10
    public static let maximumLength = 200

    public static func validate(_ passphrase: String, confirmation: String? = nil) throws(GuichetError) {
        let length = passphrase.count
        guard length >= minimumLength, length <= maximumLength else {
            throw .invalid(ProtectionText.passphraseTooShort.filled(minimumLength))
        }
        if let confirmation, confirmation != passphrase { throw .invalid(ProtectionText.passphrasesDiffer) }
    }
}

/// The folder of the automatic backups (a setting): empty for the default, the folder
/// `sauvegardes` beside the database; otherwise an absolute path.
public enum BackupFolderSetting {
    public static let maximumLength = 240

    public static func folder(_ input: String) throws(GuichetError) -> String {
        let path = input.trimmingWhitespace()
        if path.isEmpty { return "" }
        guard path.hasPrefix("/"), path.count <= maximumLength,
              !path.unicodeScalars.contains(where: VisibleText.isHazard) else {
            throw .invalid(ProtectionText.folderExpected)
        }
        return path
    }
}
