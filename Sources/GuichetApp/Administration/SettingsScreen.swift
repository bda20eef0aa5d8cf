import GuichetCore
import GuichetStore
import GuichetTerminal

/// The site's settings a supervisor may change: theme, inactivity lock, how
/// early an enrolment may be renewed, who may quit, and the reference share of
/// budget coaching, the loans of keys and data protection, saved together in one
/// transaction with one journal event.
struct SettingsScreen: FormScreen {
    var form = FormState(fields: [])
    private var isLoaded = false

    var title: Phrase { AppText.settingsTitle }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        // Filled once: coming back from a dialog keeps what is being typed.
        guard !isLoaded else { return }
        let savedTheme = try store.setting(.theme)
        let names = context.themeNames.isEmpty ? [ThemeLoader.defaultName] : context.themeNames
        form = FormState(fields: [
            FormField(id: SettingKey.theme.rawValue, label: AppText.themeField,
                      options: names.map { ChoiceOption(code: $0, label: Phrase(fr: $0, en: $0)) },
                      selectedCode: savedTheme ?? ThemeLoader.defaultName),
            FormField(id: SettingKey.lockMinutes.rawValue, label: AppText.lockField, text: String(store.lockMinutes()), maxLength: 3,
                      check: FieldChecks.from(SessionLock.minutes)),
            FormField(id: SettingKey.renewalWindowDays.rawValue, label: AppText.renewalWindowField,
                      text: String(store.renewalWindowDays()), maxLength: 3, check: FieldChecks.from(RenewalWindow.days)),
            FormField(id: SettingKey.quitReservedToSupervisors.rawValue, label: AppText.quitSettingField,
                      options: [ChoiceOption(code: "off", label: AppText.quitByAnyone),
                                ChoiceOption(code: "on", label: AppText.quitBySupervisors)],
                      selectedCode: store.quitReservedToSupervisors() ? "on" : "off"),
            FormField(id: SettingKey.rechargeMonthlyCap.rawValue, label: AppText.capSettingField,
                      text: store.rechargeMonthlyCap().plain, maxLength: 10, check: FieldChecks.from(MonthlyCap.amount)),
            FormField(id: SettingKey.cashBoxCloseByCoach.rawValue, label: AppText.coachClosingField,
                      options: [ChoiceOption(code: "off", label: AppText.closingBySupervisors),
                                ChoiceOption(code: "on", label: AppText.closingByCoaches)],
                      selectedCode: (try? store.setting(.cashBoxCloseByCoach)) == "on" ? "on" : "off"),
            FormField(id: SettingKey.budgetReferenceShare.rawValue, label: AppText.referenceShareField,
                      text: ResourceShare.stored(store.budgetReference()).replacingOccurrences(of: ".", with: ","), maxLength: 5,
                      check: FieldChecks.from(ResourceShare.reference)),
        ] + HotspotSettingsFields.fields(store.hotspotSettings()) + ProtectionSettingsFields.fields(store.protectionSettings()))
        isLoaded = true
    }

    mutating func save(_ context: AppContext) -> Effect {
        if let error = form.validateAll() { return .error(error, context) }
        let values = [SettingKey.theme, .lockMinutes, .renewalWindowDays, .quitReservedToSupervisors, .rechargeMonthlyCap,
                      .cashBoxCloseByCoach, .budgetReferenceShare].map { ($0, form.value($0.rawValue)) }
            + (HotspotSettingsFields.keys + ProtectionSettingsFields.keys).map { ($0, form.value($0.rawValue)) }
        return .asUser { store, actor, context throws(GuichetError) in
            try store.changeSettings(as: actor, values)
            return .popWith(Notice(context.text(AppText.settingsSaved), kind: .success))
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let table = actions(context)
        let arrows = table.keyName(of: .choosePrevious, context.language) + " " + table.keyName(of: .chooseNext, context.language)
        let intro = context.text(AppText.settingsIntro, arrows)
        TextLine(intro, role: .muted).render(into: &buffer, area: area.row(0))
        let window = TextWrap.wrap(context.text(AppText.renewalWindowIntro), width: area.width)
        for (index, line) in window.prefix(2).enumerated() {
            TextLine(line, role: .muted).render(into: &buffer, area: area.row(1 + index))
        }
        let formArea = Rect(x: area.x + 2, y: area.y + 4, width: area.width - 4, height: form.fields.count)
        return FormView(form: form, fieldWidth: 46).render(into: &buffer, area: formArea, context: context)
    }
}
