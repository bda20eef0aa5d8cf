import GuichetCore
import GuichetStore

/// The loans' settings in Administration → Réglages: who may borrow (the first one, two,
/// three… housing situations from the most precarious), the loan's length, the deposit,
/// the renewals allowed.
enum HotspotSettingsFields {
    static let keys: [SettingKey] = [.hotspotEligibleHousings, .hotspotLoanDays, .hotspotDeposit, .hotspotRenewalLimit]

    static func fields(_ settings: HotspotSettings) -> [FormField] {
        let order = HotspotSettings.housingOrder
        var options = zip(1...order.count, AppText.hotspotHousingChoices).map { count, label in
            ChoiceOption(code: HotspotSettings.stored(Array(order.prefix(count))), label: label)
        }
        let current = HotspotSettings.stored(settings.eligibleHousings)
        if !options.contains(where: { $0.code == current }) {
            options.append(ChoiceOption(code: current, label: Phrase(fr: settings.housingsListed(.french),
                                                                     en: settings.housingsListed(.english))))
        }
        return [
            FormField(id: SettingKey.hotspotEligibleHousings.rawValue, label: AppText.hotspotHousingsField, options: options,
                      selectedCode: current),
            FormField(id: SettingKey.hotspotLoanDays.rawValue, label: AppText.hotspotLoanDaysField, text: String(settings.loanDays),
                      maxLength: 3, check: FieldChecks.from(HotspotSettings.loanDays)),
            FormField(id: SettingKey.hotspotDeposit.rawValue, label: AppText.hotspotDepositField, text: settings.deposit.plain,
                      maxLength: 8, check: FieldChecks.from(HotspotSettings.deposit)),
            FormField(id: SettingKey.hotspotRenewalLimit.rawValue, label: AppText.hotspotRenewalsField,
                      text: String(settings.renewalLimit), maxLength: 2, check: FieldChecks.from(HotspotSettings.renewalLimit)),
        ]
    }
}
