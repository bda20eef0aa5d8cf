import GuichetCore
import GuichetStore
import GuichetTerminal

/// Closing an enrolment (supervisors): the consequence stated, a reason
/// chosen from a short list, F2 to close. Journaled with the reason; a
/// supervisor can reopen the file from its card.
struct CloseEnrolmentScreen: FormScreen {
    let record: BeneficiaryRecord
    var form = FormState(fields: [
        FormField(id: "reason", label: AppText.closeReasonField,
                  options: ClosingReason.allCases.map { ChoiceOption(code: $0.rawValue, label: $0.label) }),
    ])

    init(record: BeneficiaryRecord) {
        self.record = record
    }

    var title: Phrase { AppText.closeTitle }

    func actions(_ context: AppContext) -> [ScreenAction<FormAction>] {
        form.actions(save: .save(.save, label: AppText.actionCloseConfirm, help: AppText.actionCloseConfirmHelp,
                                 hint: AppText.hintCloseConfirm))
    }

    mutating func save(_ context: AppContext) -> Effect {
        guard let reason = ClosingReason(rawValue: form.value("reason")) else { return .none }
        let id = record.id
        let fileNumber = record.fileNumber.formatted
        return .asUser { store, actor, context throws(GuichetError) in
            _ = try store.closeEnrolment(as: actor, id: id, on: context.today, reason: reason)
            return .popWith(Notice(context.text(AppText.closedDone, fileNumber), kind: .success))
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        let person = record.beneficiary
        TextLine(record.fileNumber.formatted + "  " + NameDisplay.listed(lastName: person.lastName, firstName: person.firstName),
                 role: .header).render(into: &buffer, area: inner.row(0))
        let intro = TextWrap.wrap(context.text(AppText.closeIntro, record.fileNumber.formatted), width: inner.width)
        for (index, line) in intro.prefix(3).enumerated() {
            TextLine(line, role: .warning).render(into: &buffer, area: inner.row(2 + index))
        }
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: inner.row(6))
        let formArea = Rect(x: inner.x, y: inner.y + 8, width: inner.width, height: 1)
        return FormView(form: form, fieldWidth: 36).render(into: &buffer, area: formArea, context: context)
    }
}
