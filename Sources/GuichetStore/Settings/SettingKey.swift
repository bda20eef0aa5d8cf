import GuichetCore

/// The site's settings, stored under their raw value in `settings`.
public enum SettingKey: String, Sendable, CaseIterable {
    case theme
    case lockMinutes = "lock_minutes"
    case language
    case renewalWindowDays = "renewal_window_days"
    /// `on` on a counter PC set up as a kiosk: only a supervisor may quit the program.
    case quitReservedToSupervisors = "quit_reserved_to_supervisors"
    /// The most of solidarity price one person may buy in a month (`30,00`).
    case rechargeMonthlyCap = "recharge_monthly_cap"
    /// `on`: a coach may close the cash box too (else supervisors only).
    case cashBoxCloseByCoach = "cashbox_close_by_coach"
    /// The share of resources spent on telecoms the budget screens compare with, in percent (`5`, `4.5`).
    case budgetReferenceShare = "budget_reference_share"
    /// The housing situations whose people may borrow a 3G key (`homeless,emergency_shelter,hosted`).
    case hotspotEligibleHousings = "hotspot_eligible_housings"
    /// Days from a key's loan (or renewal) to the day it is due.
    case hotspotLoanDays = "hotspot_loan_days"
    /// The deposit taken through the cash box for a key (`10,00`; `0,00`: none).
    case hotspotDeposit = "hotspot_deposit"
    /// How many times a key's loan may be renewed.
    case hotspotRenewalLimit = "hotspot_renewal_limit"
    /// Months without contact after which a file is listed for anonymisation (`24`).
    case retentionMonths = "retention_months"
    /// `on`: a file without consent 72 hours after its creation is listed for anonymisation; `off`: kept, flagged.
    case anonymiseWithoutConsent = "anonymise_without_consent"
    /// Months the journal keeps the connection events (logins, logouts, locks) before a purge removes them (`12`).
    case connectionLogMonths = "connection_log_months"
    /// How many backups of the site a backup folder keeps (`10`).
    case backupsKept = "backups_kept"
    /// The folder of the automatic backups; empty: `sauvegardes` beside the database.
    case backupFolder = "backup_folder"

    /// The value the counter uses while the setting was never changed.
    var defaultValue: String? {
        switch self {
        case .lockMinutes: return String(SessionLock.defaultMinutes)
        case .renewalWindowDays: return String(RenewalWindow.defaultDays)
        case .quitReservedToSupervisors, .cashBoxCloseByCoach, .anonymiseWithoutConsent: return "off"
        case .retentionMonths: return String(RetentionRule.defaultMonths)
        case .connectionLogMonths: return String(ConnectionLogRetention.defaultMonths)
        case .backupsKept: return String(BackupPolicy.defaultKept)
        case .backupFolder: return ""
        case .rechargeMonthlyCap: return MonthlyCap.defaultAmount.plain
        case .budgetReferenceShare: return ResourceShare.stored(ResourceShare.defaultReference)
        case .hotspotEligibleHousings: return HotspotSettings.stored(HotspotSettings.defaultHousings)
        case .hotspotLoanDays: return String(HotspotSettings.defaultLoanDays)
        case .hotspotDeposit: return HotspotSettings.defaultDeposit.plain
        case .hotspotRenewalLimit: return String(HotspotSettings.defaultRenewalLimit)
        case .theme, .language: return nil
        }
    }
}
