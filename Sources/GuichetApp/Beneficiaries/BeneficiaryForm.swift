import GuichetCore
import GuichetTerminal

/// The fields of the beneficiary form, in the order of the file, built from the
/// core's draft so that every check is the core's own.
enum BeneficiaryForm {
    static let consentFieldID = "consent"

    static func fields(for draft: BeneficiaryDraft, consent: Consent?, today: CalendarDay) -> [FormField] {
        func text(_ field: BeneficiaryField, maxLength: Int = 80) -> FormField {
            FormField(id: field.rawValue, label: field.label, text: draft[field], maxLength: maxLength) { value in
                var single = BeneficiaryDraft()
                single[field] = value
                return single.error(in: field, today: today).map { GuichetError.invalid($0) }
            }
        }
        func choice<Code: SituationCode>(_ field: BeneficiaryField, _ type: Code.Type) -> FormField {
            let options = [ChoiceOption(code: "", label: AppText.notSpecified)]
                + Code.allCases.map { ChoiceOption(code: $0.rawValue, label: $0.label) }
            return FormField(id: field.rawValue, label: field.label, options: options, selectedCode: draft[field])
        }
        var consentOptions = [ChoiceOption(code: "none", label: AppText.consentNone),
                              ChoiceOption(code: "today", label: AppText.consentToday)]
        if let consent {
            let kept = Phrase(fr: AppText.consentKept.text(.french, consent.date.formatted(.french), consent.recordedBy),
                              en: AppText.consentKept.text(.english, consent.date.formatted(.english), consent.recordedBy))
            consentOptions.insert(ChoiceOption(code: "kept", label: kept), at: 0)
        }
        return [
            text(.lastName), text(.firstName), text(.birthDate, maxLength: 10), text(.phone, maxLength: 24), text(.email, maxLength: 120),
            choice(.housing, Housing.self), choice(.activity, Activity.self), choice(.resourceKind, ResourceKind.self),
            text(.monthlyResources, maxLength: 14),
            choice(.referralStructureKind, ReferralStructureKind.self), text(.referralStructureName, maxLength: 120),
            text(.referralSocialWorker), text(.referralContact, maxLength: 120), text(.referralDate, maxLength: 10),
            FormField(id: consentFieldID, label: AppText.consentField, options: consentOptions, selectedCode: consent == nil ? "none" : "kept"),
            text(.notes, maxLength: BeneficiaryDraft.notesMaximumLength),
        ]
    }

    /// The draft the form holds; consent comes from the consent choice.
    static func draft(from form: FormState, previousConsent: Consent?, actor: Actor?, today: CalendarDay) -> BeneficiaryDraft {
        var draft = BeneficiaryDraft()
        for field in BeneficiaryField.allCases where field != .consentDate && field != .consentRecordedBy {
            draft[field] = form.value(field.rawValue)
        }
        switch form.value(consentFieldID) {
        case "kept":
            draft.consentDate = previousConsent?.date.formatted(.french) ?? ""
            draft.consentRecordedBy = previousConsent?.recordedBy ?? ""
        case "today":
            draft.consentDate = today.formatted(.french)
            draft.consentRecordedBy = actor?.displayName ?? ""
        default:
            break
        }
        return draft
    }
}
