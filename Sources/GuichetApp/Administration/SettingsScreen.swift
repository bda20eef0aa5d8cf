import GuichetCore
import GuichetStore
import GuichetTerminal

/// The site's settings a supervisor may change: theme and inactivity lock.
struct SettingsScreen: FormScreen {
    var form: FormState

    init(context: AppContext) {
        let savedTheme = (try? context.store.setting(.theme)) ?? nil
        let names = context.themeNames.isEmpty ? [ThemeLoader.defaultName] : context.themeNames
        form = FormState(fields: [
            FormField(id: "theme", label: AppText.themeField,
                      options: names.map { ChoiceOption(code: $0, label: Phrase(fr: $0, en: $0)) },
                      selectedCode: savedTheme ?? ThemeLoader.defaultName),
            FormField(id: "lock", label: AppText.lockField, text: String(context.store.lockMinutes()), maxLength: 3,
                      check: FieldChecks.from(SessionLock.minutes)),
        ])
    }

    var title: Phrase { AppText.settingsTitle }
    mutating func save(_ context: AppContext) -> Effect {
        guard let actor = context.actor else { return .none }
        if let error = form.validateAll() { return .error(error, context) }
        do {
            let savedTheme = try context.store.setting(.theme)
            if savedTheme != form.value("theme") {
                try context.store.changeSetting(as: actor, .theme, to: form.value("theme"))
            }
            let minutes = try SessionLock.minutes(form.value("lock"))
            if minutes != context.store.lockMinutes() {
                try context.store.changeSetting(as: actor, .lockMinutes, to: String(minutes))
            }
            return .popWith(Notice(context.text(AppText.settingsSaved), kind: .success))
        } catch {
            return .error(error, context)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        TextLine(context.text(AppText.settingsIntro), role: .muted).render(into: &buffer, area: area.row(0))
        let formArea = Rect(x: area.x + 2, y: area.y + 2, width: area.width - 4, height: form.fields.count)
        return FormView(form: form, fieldWidth: 24).render(into: &buffer, area: formArea, context: context)
    }
}
