import GuichetCore
import GuichetStore

/// Data protection's settings in Administration → Réglages: how long a file is kept without
/// contact, what becomes of files without consent, how long connection events are kept, how
/// many backups a folder keeps and where the automatic ones go.
enum ProtectionSettingsFields {
    static let keys = ProtectionSettings.keys

    static func fields(_ settings: ProtectionSettings) -> [FormField] {
        [
            FormField(id: SettingKey.retentionMonths.rawValue, label: AppText.retentionField, text: String(settings.retentionMonths),
                      maxLength: 2, check: FieldChecks.from(RetentionRule.months)),
            FormField(id: SettingKey.anonymiseWithoutConsent.rawValue, label: AppText.consentPolicyField,
                      options: [ChoiceOption(code: "off", label: AppText.consentKeepFlagged),
                                ChoiceOption(code: "on", label: AppText.consentAnonymise)],
                      selectedCode: settings.anonymiseWithoutConsent ? "on" : "off"),
            FormField(id: SettingKey.connectionLogMonths.rawValue, label: AppText.logMonthsField, text: String(settings.connectionLogMonths),
                      maxLength: 2, check: FieldChecks.from(ConnectionLogRetention.months)),
            FormField(id: SettingKey.backupsKept.rawValue, label: AppText.backupsKeptField, text: String(settings.backupsKept),
                      maxLength: 3, check: FieldChecks.from(BackupPolicy.kept)),
            FormField(id: SettingKey.backupFolder.rawValue, label: AppText.backupFolderSettingField, text: settings.backupFolder,
                      maxLength: BackupFolderSetting.maximumLength, check: FieldChecks.from(BackupFolderSetting.folder)),
        ]
    }
}
