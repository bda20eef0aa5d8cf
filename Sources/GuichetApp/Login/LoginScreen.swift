import GuichetCore
import GuichetTerminal

/// The login: focus on the login first; Tab or Enter moves to the password
/// (shown as `•`); Enter there signs in. A refusal stays here with its reason.
struct LoginScreen: Screen {
    private var form: FormState

    init(login: String = "") {
        form = FormState(fields: [
            FormField(id: "login", label: AppText.loginField, text: login, maxLength: 32),
            FormField(id: "password", label: AppText.passwordField, masked: true, maxLength: 128),
        ])
        if !login.isEmpty { form.focus(on: "password") }
    }

    var title: Phrase { AppText.loginTitle }
    var isEditingText: Bool { true }

    func actions(_ context: AppContext) -> [ScreenAction] {
        [
            StandardActions.help,
            ScreenAction(id: "signIn", functionKey: 2, controlKey: "n", label: AppText.actionSignIn, help: AppText.actionSignInHelp),
            StandardActions.quit,
        ]
    }

    mutating func perform(_ id: String, context: AppContext) -> Effect {
        switch id {
        case "signIn": return signIn(context)
        default:
            return .push(ConfirmScreen(title: AppText.quitTitle, question: AppText.quitQuestion) { _ in .quit })
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        if key == .enter && form.focus == form.fields.count - 1 { return signIn(context) }
        if key == .enter || key == .tab || key == .backTab || key == .up || key == .down {
            // Moving between the two fields checks nothing: an empty login is answered on submit.
            let target = form.focus == 0 ? "password" : "login"
            form.focus(on: target)
            return .none
        }
        return form.handle(key, context: context)
    }

    private mutating func signIn(_ context: AppContext) -> Effect {
        let login = form.value("login")
        let password = form.value("password")
        form.setText("password", "")
        guard !login.trimmingWhitespace().isEmpty else {
            form.focus(on: "login")
            return .notice(Notice(context.text(AppText.loginMissing), kind: .error))
        }
        do {
            let actor = try context.store.authenticate(login: login, password: password)
            return .signIn(actor)
        } catch {
            form.focus(on: "password")
            return .error(error, context)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let box = area.centered(width: 72, height: 10)
        let siteName = context.site?.name ?? ""
        TextLine(context.text(AppText.loginWelcome, siteName), role: .header, alignment: .center)
            .render(into: &buffer, area: box.row(0))
        TextLine(context.text(AppText.loginHint), role: .muted, alignment: .center)
            .render(into: &buffer, area: box.row(2))
        let formArea = Rect(x: box.x + 10, y: box.y + 4, width: box.width - 20, height: 2)
        return FormView(form: form, fieldWidth: 30).render(into: &buffer, area: formArea, context: context)
    }
}
