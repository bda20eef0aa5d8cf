import Foundation
import GuichetCore

/// The settings of data protection, read with their defaults (Administration → Réglages).
public struct ProtectionSettings: Sendable, Equatable {
    public var retentionMonths = RetentionRule.defaultMonths
    public var anonymiseWithoutConsent = false
    public var connectionLogMonths = ConnectionLogRetention.defaultMonths
    public var backupsKept = BackupPolicy.defaultKept
    /// Empty: `sauvegardes` beside the database.
    public var backupFolder = ""

    public init() {}

    public static let keys: [SettingKey] = [.retentionMonths, .anonymiseWithoutConsent, .connectionLogMonths, .backupsKept, .backupFolder]
}

extension GuichetStore {
    /// Each setting as stored, or its default when unset or unreadable.
    public func protectionSettings() -> ProtectionSettings {
        var settings = ProtectionSettings()
        if let stored = try? setting(.retentionMonths), let months = try? RetentionRule.months(stored) { settings.retentionMonths = months }
        settings.anonymiseWithoutConsent = (try? setting(.anonymiseWithoutConsent)) == "on"
        if let stored = try? setting(.connectionLogMonths), let months = try? ConnectionLogRetention.months(stored) {
            settings.connectionLogMonths = months
        }
        if let stored = try? setting(.backupsKept), let kept = try? BackupPolicy.kept(stored) { settings.backupsKept = kept }
        if let stored = try? setting(.backupFolder), let folder = try? BackupFolderSetting.folder(stored) { settings.backupFolder = folder }
        return settings
    }

    /// The folder automatic backups go to: the setting, else `sauvegardes` beside the database
    /// (an absolute path: `--db guichet.sqlite` names a file of the current folder).
    public func backupFolder() -> String {
        let chosen = protectionSettings().backupFolder
        if !chosen.isEmpty { return chosen }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (absolute as NSString).deletingLastPathComponent + "/sauvegardes"
    }
}
