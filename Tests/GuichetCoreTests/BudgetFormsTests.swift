import Testing
@testable import GuichetCore

extension BudgetDraft {
    /// Every field's error as saving says it, in French; empty when the draft is accepted.
    func frenchErrors(today: CalendarDay) -> [Field: String] {
        do {
            _ = try validated(today: today)
            return [:]
        } catch {
            return Dictionary(error.fieldErrors.map { ($0.field, $0.message.french) }, uniquingKeysWith: { a, _ in a })
        }
    }
}

/// What the budget forms accept and the messages at the field (issue 9, item 11).
@Suite("Budget forms")
struct BudgetFormsTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 27)!

    static func draft(_ edit: (inout TelecomLineDraft) -> Void) -> TelecomLineDraft {
        var draft = TelecomLineDraft()
        draft.operatorName = "SFR"
        draft.monthlyCost = "45"
        edit(&draft)
        return draft
    }

    static func errors(_ draft: TelecomLineDraft) -> [TelecomLineField: String] { draft.frenchErrors(today: today) }

    @Test func aFullLineIsRead() throws {
        let line = try Self.draft {
            $0.offerName = "RED 20 Go"
            $0.commitmentStart = "15/03/2026"
            $0.commitmentEnd = "14/09/27"
            $0.unpaid = "12,50"
            $0.phone = "06 12 34 56 78"
            $0.rio = "01 p eroy4p 4tr"
            $0.notes = "facture papier"
        }.validated(today: Self.today)
        #expect(line.monthlyCost == Money(cents: 4500))
        #expect(line.commitment?.months == 18)
        #expect(line.commitment?.end == CalendarDay(year: 2027, month: 9, day: 14))
        #expect(line.rio?.value == "01PEROY4P4TR")
        #expect(line.unpaid == Money(cents: 1250))
        #expect(TelecomLineDraft(line) == Self.draft {
            $0.offerName = "RED 20 Go"; $0.monthlyCost = "45,00"; $0.commitmentStart = "15/03/2026"; $0.commitmentEnd = "14/09/2027"
            $0.unpaid = "12,50"; $0.phone = "06 12 34 56 78"; $0.rio = "01 P EROY4P 4TR"; $0.notes = "facture papier"
        })
    }

    @Test func amountsThatCannotBeABillAreRefusedWithAReason() {
        #expect(Self.errors(Self.draft { $0.monthlyCost = "-5" })[.monthlyCost]?.contains("ne peut pas être négatif") == true)
        #expect(Self.errors(Self.draft { $0.monthlyCost = "12000" })[.monthlyCost]
            == "Coût mensuel : 12\u{202F}000,00 € par mois n’est pas vraisemblable (10\u{202F}000,00 € au plus) ; vérifiez la virgule")
        #expect(Self.errors(Self.draft { $0.monthlyCost = "" })[.monthlyCost] == "Coût mensuel : un montant en euros attendu, par ex. 29,99")
        #expect(Self.errors(Self.draft { $0.monthlyCost = "12,345" })[.monthlyCost] != nil)
        #expect(Self.errors(Self.draft { $0.unpaid = "10000,01" })[.unpaid] != nil)
        #expect(Self.errors(Self.draft { $0.monthlyCost = "10000" }).isEmpty)
        #expect(Self.errors(Self.draft { $0.operatorName = " " })[.operatorName] == BudgetText.operatorExpected.french)
    }

    @Test func aCommitmentEndBeforeItsStartIsSaidAtTheEnd() {
        let reversed = Self.errors(Self.draft { $0.commitmentStart = "15/03/2026"; $0.commitmentEnd = "01/03/2026" })
        #expect(reversed[.commitmentEnd] == "Fin d’engagement : le 01/03/2026 n’est pas après le début (15/03/2026) ; vérifiez les deux dates")
        #expect(Self.errors(Self.draft { $0.commitmentStart = "15/03/2026" })[.commitmentEnd] == BudgetText.commitmentEndMissing.french)
        #expect(Self.errors(Self.draft { $0.commitmentEnd = "15/03/2027" })[.commitmentStart] == BudgetText.commitmentStartMissing.french)
        #expect(Self.errors(Self.draft { $0.commitmentStart = "01/01/2026"; $0.commitmentEnd = "01/07/2028" })[.commitmentEnd]?
            .contains("30 mois") == true)
        #expect(Self.errors(Self.draft { $0.commitmentEnd = "31/02/2027"; $0.commitmentStart = "01/01/2026" })[.commitmentEnd]
            == "Fin d’engagement : le 31/02/2027 n’existe pas (février 2027 a 28 jours)")
        // Checked as the field is left, alone: the form's immediate message.
        #expect(Self.draft { $0.commitmentEnd = "demain" }.error(in: .commitmentEnd, today: Self.today)
            == Phrase(fr: "Fin d’engagement : une date JJ/MM/AAAA attendue, par ex. 27/11/2026",
                      en: "Commitment end: a date DD/MM/YYYY expected, e.g. 27/11/2026"))
        #expect(Self.draft { $0.commitmentEnd = "01/03/2026" }.error(in: .commitmentEnd, today: Self.today) == nil)
    }

    @Test func rioVectorAndEverySingleCharacterChangeRefused() throws {
        let phone = try PhoneNumber.parse("0612345678")
        #expect(RIO.key(operatorCode: "01", lineType: "P", customerRef: "EROY4P", phone: "0612345678") == "4TR")
        let good = Array("01PEROY4P4TR")
        #expect(try RIOEntry.parse(String(good), phone: phone, mobileLine: true).value == "01PEROY4P4TR")
        var refused = 0
        for index in good.indices {
            for replacement in RIO.alphabet + ["a", "-", "é", " "] where replacement != good[index] {
                var changed = good
                changed[index] = replacement
                #expect(throws: GuichetError.self, "\(String(changed))") {
                    try RIOEntry.parse(String(changed), phone: phone, mobileLine: nil)
                }
                refused += 1
            }
        }
        #expect(refused > 12 * 36)
        // A change of one digit of the number is refused too.
        for index in 1..<10 {
            var digits = Array("0612345678")
            digits[index] = digits[index] == "9" ? "0" : Character(String(Int(String(digits[index]))! + 1))
            let other = try PhoneNumber.parse(String(digits))
            #expect(throws: GuichetError.self) { try RIOEntry.parse("01PEROY4P4TR", phone: other, mobileLine: true) }
        }
    }

    @Test func aWrongRIOSaysWhichPart() throws {
        let phone = try PhoneNumber.parse("06 12 34 56 78")
        func message(_ rio: String, mobile: Bool? = true) -> String {
            do {
                _ = try RIOEntry.parse(rio, phone: phone, mobileLine: mobile)
                return ""
            } catch {
                return error.message(.french)
            }
        }
        #expect(message("01PEROY4P4T") == "RIO : 12 caractères attendus (11 tapés), par ex. 01 P EROY4P 4TR")
        #expect(message("0APEROY4P4TR").hasPrefix("RIO : l’opérateur (2 premiers caractères, « 0A »)"))
        #expect(message("011EROY4P4TR").hasPrefix("RIO : le 3e caractère (« 1 »)"))
        #expect(message("01PERO-4P4TR").hasPrefix("RIO : la référence client (caractères 4 à 9, « ERO-4P »)"))
        #expect(message("01PEROY4P4T-").hasPrefix("RIO : la clé (3 derniers caractères, « 4T- »)"))
        #expect(message("01PEROY4P4TX") == "RIO : la clé « 4TX » ne correspond pas au reste du RIO et au numéro 06 12 34 56 78 ; "
            + "un caractère est mal tapé (le 3179 redonne le RIO)")
        #expect(message("01FEROY4P4TR").hasPrefix("RIO : le 3e caractère « F » désigne une ligne fixe"))
        #expect(message("01PEROY4P4TR", mobile: false).hasPrefix("RIO : le 3e caractère « P » désigne un mobile"))
        // The line form: a RIO without the number, at the number.
        let errors = Self.errors(Self.draft { $0.rio = "01PEROY4P4TR" })
        #expect(errors[.phone] == BudgetText.rioNeedsNumber.french)
        #expect(Self.errors(Self.draft { $0.rio = "01PEROY4P4TX"; $0.phone = "06 12 34 56 78" })[.rio]?.contains("« 4TX »") == true)
    }

    @Test func sessionHeaderReadsTheResources() throws {
        var draft = SessionHeaderDraft()
        draft.day = "27/11/2026"
        draft.nextAppointment = "11/12/26"
        draft[.resource(.rsa)] = "607,75"
        draft[.resource(.housingBenefit)] = "242,25"
        draft[.resource(.salary)] = "0"
        let header = try draft.validated(today: Self.today)
        #expect(header.nextAppointment == CalendarDay(year: 2026, month: 12, day: 11), "a two-digit year is 20YY, even ahead")
        #expect(header.resources.total == Money(cents: 85000))
        #expect(header.resources.listed.map(\.kind) == [.rsa, .housingBenefit])
        #expect(header.resources.benefits == [.rsa])
        draft.day = "28/11/2026"
        draft[.resource(.aah)] = "-3"
        do {
            _ = try draft.validated(today: Self.today)
            Issue.record("accepted a day ahead and a negative amount")
        } catch {
            #expect(error.fields == [.day, .resource(.aah)])
        }
        #expect(BudgetResources(fileResource: .rsa, amount: Money(cents: 60775)).total == Money(cents: 60775))
        #expect(BudgetResources(fileResource: ResourceKind.none, amount: Money(cents: 100)).amounts.isEmpty)
    }

    @Test func aStepNeedsTextAndADay() throws {
        var draft = PlanStepDraft(template: DefaultStepTemplate.getRIO.template, from: Self.today, language: .french)
        #expect(draft.text == "Obtenir le RIO : appel gratuit au 3179 depuis la ligne")
        #expect(draft.due == "04/12/2026" && draft.who == "person")
        let step = try draft.validated(today: Self.today)
        #expect(!step.isOverdue(on: Self.today) && step.isOverdue(on: CalendarDay(year: 2026, month: 12, day: 5)!))
        draft.text = ""
        draft.due = "31/11/2026"
        do {
            _ = try draft.validated(today: Self.today)
            Issue.record("accepted an empty step")
        } catch {
            #expect(error.message(for: .text) == BudgetText.stepTextExpected)
            #expect(error.message(for: .due)?.french == "Pour le : le 31/11/2026 n’existe pas (novembre 2026 a 30 jours)")
        }
    }
}
