import GuichetCore
import GuichetStore
import GuichetTerminal

/// A new user: login, name, role and a first password typed twice.
struct UserFormScreen: FormScreen {
    var form = FormState(fields: [
        FormField(id: "login", label: AppText.setupLogin, maxLength: 32, check: FieldChecks.from(AccountRules.login)),
        FormField(id: "name", label: AppText.setupName, maxLength: 80, check: FieldChecks.from(AccountRules.displayName)),
        FormField(id: "role", label: AppText.roleField,
                  options: Role.allCases.map { ChoiceOption(code: $0.rawValue, label: $0.label) }),
        FormField(id: "password", label: AppText.passwordField, masked: true, maxLength: 128, check: FieldChecks.password),
        FormField(id: "confirmation", label: AppText.passwordAgainField, masked: true, maxLength: 128),
    ])

    var title: Phrase { AppText.newUserTitle }

    mutating func save(_ context: AppContext) -> Effect {
        if let error = form.validateAll() { return .error(error, context) }
        do throws(GuichetError) {
            try AccountRules.password(form.value("password"), confirmation: form.value("confirmation"))
        } catch {
            form.setText("confirmation", "")
            form.flag("confirmation", error)
            return .error(error, context)
        }
        let form = form
        return .asUser { store, actor, context throws(GuichetError) in
            let user = try store.createUser(
                as: actor, login: form.value("login"), displayName: form.value("name"),
                role: Role(rawValue: form.value("role")) ?? .volunteer, password: form.value("password"))
            return .popWith(Notice(context.text(AppText.userCreated, user.login), kind: .success))
        }
    }

    mutating func commandFailed(_ error: GuichetError, context: AppContext) {
        if case .invalid(let phrase) = error, phrase == CoreText.loginTaken { form.flag("login", error) }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: area.row(0))
        let formArea = Rect(x: area.x + 2, y: area.y + 2, width: area.width - 4, height: form.fields.count)
        return FormView(form: form).render(into: &buffer, area: formArea, context: context)
    }
}
