import Testing
@testable import GuichetCore

@Suite struct BeneficiaryDraftTests {
    let today = CalendarDay(year: 2026, month: 11, day: 27)!

    func complete() -> BeneficiaryDraft {
        var draft = BeneficiaryDraft()
        draft.lastName = " Dupont-Müller "
        draft.firstName = "Hélène"
        draft.birthDate = "05/03/1978"
        draft.phone = "06.12.34.56.78"
        draft.email = "Helene@Example.FR"
        draft.housing = "SDF"
        draft.activity = "job_seeker"
        draft.resourceKind = "RSA"
        draft.monthlyResources = "607,75"
        draft.referralStructureKind = "ccas"
        draft.referralStructureName = "CCAS de Roanne"
        draft.referralSocialWorker = "Mme Lefèvre"
        draft.referralContact = "04 77 00 00 00"
        draft.referralDate = "20/11/2026"
        draft.consentDate = "27/11/2026"
        draft.consentRecordedBy = "Paul (bénévole)"
        draft.notes = "Vient pour une recharge.\nSans téléphone depuis octobre."
        return draft
    }

    @Test func completeDraftIsValidated() throws {
        let valid = try complete().validated(today: today)
        #expect(valid.lastName == "Dupont-Müller")
        #expect(valid.birthDate == CalendarDay(year: 1978, month: 3, day: 5))
        #expect(valid.phone?.e164 == "+33612345678")
        #expect(valid.email?.value == "Helene@example.fr")
        #expect(valid.housing == .homeless)
        #expect(valid.activity == .jobSeeker)
        #expect(valid.resourceKind == .rsa)
        #expect(valid.monthlyResources == Money(cents: 60775))
        #expect(valid.referral.structureKind == .ccas)
        #expect(valid.referral.date == CalendarDay(year: 2026, month: 11, day: 20))
        #expect(valid.consent == Consent(date: today, recordedBy: "Paul (bénévole)"))
        #expect(valid.searchKey == "dupont muller helene")
        #expect(valid.personKey.fullName == "dupont muller helene")
    }

    @Test func onlyTheNamesAreRequired() throws {
        var draft = BeneficiaryDraft()
        draft.lastName = "N’Diaye"
        draft.firstName = "Aïssatou"
        let valid = try draft.validated(today: today)
        #expect(valid.phone == nil && valid.birthDate == nil && valid.housing == nil && valid.consent == nil)
        #expect(valid.referral.isEmpty)
        #expect(valid.notes == "")
    }

    @Test func collectsEveryFieldError() {
        var draft = complete()
        draft.lastName = ""
        draft.firstName = "Jean2"
        draft.birthDate = "31/02/1980"
        draft.phone = "06 12 34 56"
        draft.email = "jean@"
        draft.housing = "château"
        draft.monthlyResources = "-5"
        draft.referralDate = "01/01/2027"
        draft.consentRecordedBy = ""
        draft.notes = String(repeating: "x", count: 2001)
        do {
            _ = try draft.validated(today: today)
            Issue.record("invalid draft accepted")
        } catch {
            #expect(error.fields == [.lastName, .firstName, .birthDate, .phone, .email, .housing, .monthlyResources,
                                     .referralDate, .consentRecordedBy, .notes])
            #expect(error.message(for: .phone) == PhoneText.frenchExpected)
            #expect(error.message(for: .housing)?.french ==
                "Logement : une valeur de la liste attendue (logement personnel, hébergement chez un tiers, hébergement d’urgence / CHRS, sans domicile ou autre)")
            #expect(error.message(for: .notes)?.french == "Notes : 2000 caractères au plus attendus (2001 tapés)")
        }
    }

    @Test func singleFieldCheckWhenLeavingIt() {
        var draft = BeneficiaryDraft()
        draft.phone = "12345"
        #expect(draft.error(in: .phone, today: today) == PhoneText.frenchExpected)
        #expect(draft.error(in: .email, today: today) == nil)
        #expect(draft.error(in: .lastName, today: today) == NameText.lastNameExpected)
        draft.consentDate = "27/11/2026"
        #expect(draft.error(in: .consentRecordedBy, today: today) == DraftText.consentWhoMissing)
    }

    @Test func subscriptReachesEveryField() {
        var draft = BeneficiaryDraft()
        for field in BeneficiaryField.allCases { draft[field] = field.rawValue }
        for field in BeneficiaryField.allCases { #expect(draft[field] == field.rawValue) }
        #expect(BeneficiaryField.allCases.allSatisfy { !$0.label.french.isEmpty && !$0.label.english.isEmpty })
    }

    @Test func storedBeneficiaryRefillsTheFormAndValidatesAgain() throws {
        let valid = try complete().validated(today: today)
        let again = try BeneficiaryDraft(valid).validated(today: today)
        #expect(again == valid)
        #expect(BeneficiaryDraft(valid).phone == "06 12 34 56 78")
        #expect(BeneficiaryDraft(valid).monthlyResources == "607,75")
    }

    @Test func notesReminderAndLimits() throws {
        #expect(BeneficiaryDraft.notesReminder.french == "La personne peut lire ces notes : faits objectifs seulement, aucune donnée de santé.")
        var draft = complete()
        draft.notes = String(repeating: "é", count: 2000)
        #expect(try draft.validated(today: today).notes.count == 2000)
        draft.notes = "Recharge\tfaite\r\nRevenir lundi"
        #expect(try draft.validated(today: today).notes == "Recharge faite\nRevenir lundi")
        draft.notes = "ok\u{1B}[31m"
        #expect(draft.error(in: .notes, today: today) == DraftText.notesCharacters)
        draft.referralStructureName = "CCAS\nRoanne"
        #expect(draft.error(in: .referralStructureName, today: today) != nil)
    }
}
