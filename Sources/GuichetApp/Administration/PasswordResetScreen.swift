import GuichetCore
import GuichetStore
import GuichetTerminal

/// A supervisor gives a user a new password, typed twice.
struct PasswordResetScreen: FormScreen {
    let user: UserAccount
    var form = FormState(fields: [
        FormField(id: "password", label: AppText.newPasswordField, masked: true, maxLength: 128, check: FieldChecks.password),
        FormField(id: "confirmation", label: AppText.passwordAgainField, masked: true, maxLength: 128),
    ])

    init(user: UserAccount) {
        self.user = user
    }

    var title: Phrase { AppText.passwordResetTitle }
    var isEditingText: Bool { true }

    mutating func save(_ context: AppContext) -> Effect {
        if let error = form.validateAll() { return .error(error, context) }
        let password = form.value("password")
        do throws(GuichetError) {
            try AccountRules.password(password, confirmation: form.value("confirmation"))
        } catch {
            form.setText("confirmation", "")
            form.flag("confirmation", error)
            return .error(error, context)
        }
        let user = user
        return .asUser { store, actor, context throws(GuichetError) in
            try store.resetPassword(as: actor, userID: user.id, newPassword: password)
            return .popWith(Notice(context.text(AppText.passwordResetDone, user.login), kind: .success))
        }
    }

    mutating func commandFailed(_ error: GuichetError, context: AppContext) {
        form.setText("confirmation", "")
        form.flag("confirmation", error)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        TextLine(context.text(AppText.passwordResetIntro, user.login, user.displayName), role: .header)
            .render(into: &buffer, area: area.row(0))
        let formArea = Rect(x: area.x + 2, y: area.y + 2, width: area.width - 4, height: form.fields.count)
        return FormView(form: form).render(into: &buffer, area: formArea, context: context)
    }
}
