import GuichetCore

extension SettingKey {
    /// The value as it will be stored, or the reason it is refused.
    func validated(_ input: String) throws(GuichetError) -> String {
        switch self {
        case .lockMinutes:
            return String(try SessionLock.minutes(input))
        case .renewalWindowDays:
            return String(try RenewalWindow.days(input))
        case .rechargeMonthlyCap:
            return try MonthlyCap.amount(input).plain
        case .budgetReferenceShare:
            return ResourceShare.stored(try ResourceShare.reference(input))
        case .hotspotEligibleHousings:
            return HotspotSettings.stored(try HotspotSettings.housings(input))
        case .hotspotLoanDays:
            return String(try HotspotSettings.loanDays(input))
        case .hotspotDeposit:
            return try HotspotSettings.deposit(input).plain
        case .hotspotRenewalLimit:
            return String(try HotspotSettings.renewalLimit(input))
        case .retentionMonths:
            return String(try RetentionRule.months(input))
        case .connectionLogMonths:
            return String(try ConnectionLogRetention.months(input))
        case .backupsKept:
            return String(try BackupPolicy.kept(input))
        case .backupFolder:
            return try BackupFolderSetting.folder(input)
        case .quitReservedToSupervisors, .cashBoxCloseByCoach, .anonymiseWithoutConsent:
            let value = input.trimmingWhitespace().lowercased()
            guard value == "on" || value == "off" else { throw .invalid(CoreText.onOffExpected) }
            return value
        case .language:
            guard let language = Language(code: input.trimmingWhitespace()) else {
                throw .invalid(CoreText.languageExpected)
            }
            return language.rawValue
        case .theme:
            // A theme is a file of Themes/: the name must be safe as a file name.
            let name = input.trimmingWhitespace().lowercased()
            let allowed = name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }
            guard (1...40).contains(name.count), allowed else { throw .invalid(CoreText.themeExpected) }
            return name
        }
    }
}
