import GuichetCore
import GuichetStore
import GuichetTerminal

/// « Sauvegarder maintenant »: the folder (the setting's by default, a USB key's for a
/// copy to take away) and an optional passphrase typed twice, which encrypts the copy.
/// F2 makes it, its progress on the message line.
struct BackupScreen: FormScreen {
    var form = FormState(fields: [])
    private var isLoaded = false

    var title: Phrase { AppText.backupTitle }

    func actions(_ context: AppContext) -> [ScreenAction<FormAction>] {
        form.actions(save: .save(.save, label: AppText.actionBackUp, help: AppText.actionBackUpHelp, hint: AppText.hintBackUp))
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        guard !isLoaded else { return }
        form = FormState(fields: [
            FormField(id: "folder", label: AppText.backupFolderField, text: store.backupFolder(), maxLength: BackupFolderSetting.maximumLength),
            FormField(id: "passphrase", label: AppText.backupPassphraseField, masked: true, maxLength: BackupPassphrase.maximumLength),
            FormField(id: "again", label: AppText.backupPassphraseAgainField, masked: true, maxLength: BackupPassphrase.maximumLength),
        ])
        isLoaded = true
    }

    mutating func save(_ context: AppContext) -> Effect {
        let folder = form.value("folder").trimmingWhitespace()
        let passphrase = form.value("passphrase")
        if !passphrase.isEmpty {
            do throws(GuichetError) {
                try BackupPassphrase.validate(passphrase, confirmation: form.value("again"))
            } catch {
                form.setText("again", "")
                form.flag(error == .invalid(ProtectionText.passphrasesDiffer) ? "again" : "passphrase", error)
                return .error(error, context)
            }
        }
        return .withProgress(AppText.backingUp) { store, actor, context, progress throws(GuichetError) in
            let result = try store.backUp(as: actor, to: folder.isEmpty ? nil : folder,
                                          passphrase: passphrase.isEmpty ? nil : passphrase, progress: progress)
            return .popWith(Notice(context.text(result.encrypted ? AppText.backupDoneEncrypted : AppText.backupDone, result.path),
                                   kind: .success))
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        for (index, line) in TextWrap.wrap(context.text(AppText.backupIntro), width: inner.width).prefix(3).enumerated() {
            TextLine(line, role: .muted).render(into: &buffer, area: inner.row(index))
        }
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: inner.row(4))
        let formArea = Rect(x: inner.x, y: inner.y + 6, width: inner.width, height: form.fields.count)
        return FormView(form: form, fieldWidth: 44).render(into: &buffer, area: formArea, context: context)
    }
}
