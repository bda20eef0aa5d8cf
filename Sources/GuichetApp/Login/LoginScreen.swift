import GuichetCore
import GuichetStore
import GuichetTerminal

/// The login: focus on the login first; Tab or Enter moves to the password
/// (shown as `•`); Enter there signs in. A refusal stays here with its reason.
struct LoginScreen: Screen {
    private var form: FormState
    /// Kiosk set-up: nobody quits from here (`QuitPolicy`).
    private var quitReserved = false

    init(login: String = "") {
        form = FormState(fields: [
            FormField(id: "login", label: AppText.loginField, text: login, maxLength: 32),
            FormField(id: "password", label: AppText.passwordField, masked: true, maxLength: 128),
        ])
        if !login.isEmpty { form.focus(on: "password") }
    }

    var title: Phrase { AppText.loginTitle }
    var isEditingText: Bool { true }

    func actions(_ context: AppContext) -> [ScreenAction<FormAction>] {
        form.actions(save: .save(.save, label: AppText.actionSignIn, help: AppText.actionSignInHelp, hint: AppText.hintSignIn),
                     back: ScreenAction.back(.back, label: AppText.actionQuit, help: AppText.actionQuitHelp, hint: AppText.hintQuit)
                        .available(QuitPolicy.availability(reserved: quitReserved, actor: nil)))
    }

    mutating func perform(_ action: FormAction, context: AppContext) -> Effect {
        switch action {
        case .save:
            return signIn(context)
        case .back:
            return .push(ConfirmScreen(title: AppText.quitTitle, question: AppText.quitQuestion) { _ in .quit })
        case .nextField where form.isOnLastField:
            return signIn(context)
        case .nextField, .previousField:
            // Moving between the two fields checks nothing: an empty login is answered on submit.
            form.focus(on: form.focus == 0 ? "password" : "login")
            return .none
        case .choosePrevious, .chooseNext:
            return .none
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        form.edit(key, language: context.language)
        return form.fullFieldNotice(context)
    }

    private mutating func signIn(_ context: AppContext) -> Effect {
        let login = form.value("login")
        let password = form.value("password")
        form.setText("password", "")
        guard !login.trimmingWhitespace().isEmpty else {
            form.focus(on: "login")
            return .notice(Notice(context.text(AppText.loginMissing), kind: .error))
        }
        return .store { store, _ throws(GuichetError) in
            .signIn(try store.authenticate(login: login, password: password))
        }
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        quitReserved = store.quitReservedToSupervisors()
    }

    mutating func commandFailed(_ error: GuichetError, context: AppContext) {
        form.focus(on: "password")
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let box = area.centered(width: 72, height: 10)
        let siteName = context.site?.name ?? ""
        TextLine(context.text(AppText.loginWelcome, siteName), role: .header, alignment: .center)
            .render(into: &buffer, area: box.row(0))
        let table = actions(context)
        let hint = context.text(AppText.loginHint, table.keyName(of: .nextField, context.language))
        TextLine(hint, role: .muted, alignment: .center).render(into: &buffer, area: box.row(2))
        let formArea = Rect(x: box.x + 10, y: box.y + 4, width: box.width - 20, height: 2)
        return FormView(form: form, fieldWidth: 30).render(into: &buffer, area: formArea, context: context)
    }
}
