import GuichetCore
import GuichetStore
import GuichetTerminal

/// Creates or edits a file. F2 saves from anywhere; a field is checked when it
/// is left and every field again on save; nothing invalid is stored. A new file
/// goes through the duplicate guard first.
struct BeneficiaryFormScreen: FormScreen {
    private let editing: BeneficiaryRecord?
    var form: FormState

    init(creatingWith searchText: String, context: AppContext) {
        editing = nil
        var draft = BeneficiaryDraft()
        // What was typed in the search often is the name: "dupont marie" fills both.
        let words = searchText.split(separator: " ").map(String.init)
        if words.count >= 2, words.allSatisfy({ !$0.contains(where: \.isNumber) }) {
            draft.lastName = words[0].capitalized
            draft.firstName = words.dropFirst().joined(separator: " ").capitalized
        } else if words.count == 1, !words[0].contains(where: \.isNumber) {
            draft.lastName = words[0].capitalized
        }
        form = FormState(fields: BeneficiaryForm.fields(for: draft, consent: nil, today: context.today))
    }

    init(editing record: BeneficiaryRecord, context: AppContext) {
        editing = record
        form = FormState(fields: BeneficiaryForm.fields(
            for: BeneficiaryDraft(record.beneficiary), consent: record.beneficiary.consent, today: context.today))
    }

    var title: Phrase { editing.map { AppText.editFileTitle.filled($0.fileNumber.formatted) } ?? AppText.newFileTitle }
    mutating func save(_ context: AppContext) -> Effect {
        guard let actor = context.actor else { return .none }
        let draft = BeneficiaryForm.draft(from: form, previousConsent: editing?.beneficiary.consent, actor: actor, today: context.today)
        let valid: ValidBeneficiary
        do throws(BeneficiaryErrors) {
            valid = try draft.validated(today: context.today)
        } catch {
            for fieldError in error.fieldErrors.reversed() {
                let id = fieldError.field == .consentDate || fieldError.field == .consentRecordedBy
                    ? BeneficiaryForm.consentFieldID : fieldError.field.rawValue
                form.flag(id, .invalid(fieldError.message))
            }
            guard let first = error.fieldErrors.first else { return .none }
            let others = error.fieldErrors.count - 1
            let text = others == 0 ? context.text(first.message)
                : context.text(others == 1 ? AppText.oneOtherFieldError : AppText.otherFieldErrors, context.text(first.message), others)
            return .notice(Notice(text, kind: .error))
        }
        if let editing {
            return .asUser { store, actor, context throws(GuichetError) in
                let saved = try store.updateBeneficiary(as: actor, id: editing.id, valid)
                return .popWith(Self.savedNotice(saved, phrase: AppText.fileUpdated, context))
            }
        }
        return .asUser { store, actor, context throws(GuichetError) in
            let duplicates = try store.likelyDuplicates(of: valid)
            guard duplicates.isEmpty else { return .push(DuplicatesScreen(candidate: valid, duplicates: duplicates)) }
            let created = try store.createBeneficiary(as: actor, valid, enrolledOn: context.today)
            return Self.showCreated(created, context)
        }
    }

    /// Replaces the form with the new file's card.
    static func showCreated(_ record: BeneficiaryRecord, _ context: AppContext) -> Effect {
        .sequence([.pop, .push(BeneficiaryCardScreen(record: record)),
                   .notice(savedNotice(record, phrase: AppText.fileCreated, context))])
    }

    /// « Fiche PAR-2026-00042 créée. », with a warning when no consent is recorded yet.
    static func savedNotice(_ record: BeneficiaryRecord, phrase: Phrase, _ context: AppContext) -> Notice {
        let saved = context.text(phrase, record.fileNumber.formatted)
        guard record.beneficiary.consent == nil else { return Notice(saved, kind: .success) }
        let edit = BeneficiaryCardScreen(record: record).actions(context).keyName(of: .edit, context.language)
        return Notice(saved + " " + context.text(AppText.savedWithoutConsent, edit), kind: .warning)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: area.row(0))
        let formArea = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: max(0, area.height - 3))
        let cursor = FormView(form: form, fieldWidth: 46).render(into: &buffer, area: formArea, context: context)
        NotesReminder.render(into: &buffer, area: Rect(x: area.x, y: area.y + area.height - 2, width: area.width, height: 2), context: context)
        return cursor
    }
}
