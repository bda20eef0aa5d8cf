import Foundation
import GuichetCore
import GuichetStore
import GuichetTerminal

/// First start on a new database: the site and its first supervisor.
struct SetupScreen: FormScreen {
    var form = FormState(fields: [
        FormField(id: "siteCode", label: AppText.setupSiteCode, maxLength: 3, check: FieldChecks.from(AccountRules.siteCode)),
        FormField(id: "siteName", label: AppText.setupSiteName, maxLength: 60, check: FieldChecks.from(AccountRules.siteName)),
        FormField(id: "timeZone", label: AppText.setupTimeZone, text: SiteTimeZone.defaultIdentifier, maxLength: 40,
                  check: FieldChecks.from(SiteTimeZone.parse)),
        FormField(id: "login", label: AppText.setupLogin, maxLength: 32, check: FieldChecks.from(AccountRules.login)),
        FormField(id: "name", label: AppText.setupName, maxLength: 80, check: FieldChecks.from(AccountRules.displayName)),
        FormField(id: "password", label: AppText.passwordField, masked: true, maxLength: 128, check: FieldChecks.password),
        FormField(id: "confirmation", label: AppText.passwordAgainField, masked: true, maxLength: 128),
    ])

    var title: Phrase { AppText.setupTitle }

    /// As every form, but nothing is behind it: Esc quits the program, after a confirmation.
    func actions(_ context: AppContext) -> [ScreenAction<FormAction>] {
        form.actions(back: .back(.back, label: AppText.actionQuit, help: AppText.actionQuitHelp, hint: AppText.hintQuit))
    }

    mutating func perform(_ action: FormAction, context: AppContext) -> Effect {
        switch action {
        case .back:
            return .push(ConfirmScreen(title: AppText.quitTitle, question: AppText.quitSetupQuestion) { _ in .quit })
        case .save:
            return save(context)
        case .nextField where form.isOnLastField:
            return save(context)
        case .nextField, .previousField, .choosePrevious, .chooseNext:
            return form.navigate(action, context: context) ?? .none
        }
    }

    mutating func save(_ context: AppContext) -> Effect {
        if let error = form.validateAll() { return .error(error, context) }
        do throws(GuichetError) {
            try AccountRules.password(form.value("password"), confirmation: form.value("confirmation"))
        } catch {
            form.setText("password", "")
            form.setText("confirmation", "")
            form.flag("password", error)
            return .error(error, context)
        }
        let form = form
        return .store { store, context throws(GuichetError) in
            let actor = try store.setUp(
                siteCode: AccountRules.siteCode(form.value("siteCode")),
                siteName: AccountRules.siteName(form.value("siteName")),
                timeZone: SiteTimeZone.parse(form.value("timeZone")),
                supervisorLogin: AccountRules.login(form.value("login")),
                supervisorName: AccountRules.displayName(form.value("name")),
                password: form.value("password"))
            return .sequence([.signIn(actor), .notice(Notice(context.text(AppText.setupDone), kind: .success))])
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        TextLine(context.text(AppText.setupIntro), role: .header).render(into: &buffer, area: area.row(0))
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: area.row(1))
        let formArea = Rect(x: area.x + 2, y: area.y + 3, width: area.width - 4, height: form.fields.count)
        let cursor = FormView(form: form).render(into: &buffer, area: formArea, context: context)
        TextLine(context.text(AppText.setupPasswordsHidden), role: .muted)
            .render(into: &buffer, area: area.row(4 + form.fields.count))
        return cursor
    }
}
