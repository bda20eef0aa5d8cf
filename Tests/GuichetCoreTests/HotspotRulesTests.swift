import Testing
@testable import GuichetCore

/// The rules of the 3G keys: identifiers, the state machine, who may borrow, the
/// loan's and the return's forms, renewals, the settings, an import file.
@Suite struct HotspotRulesTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 27)!

    // MARK: Identifiers

    @Test func imeiOfThe3GPPExampleAndEachSingleDigitChangeRefused() throws {
        #expect(IMEI.checkDigit(body: "26053179311383") == 7)
        let valid = "260531793113837"
        #expect(try IMEI.parse(valid).digits == valid)
        for position in valid.indices {
            for digit in "0123456789" where digit != valid[position] {
                var changed = valid
                changed.replaceSubrange(position...position, with: String(digit))
                #expect(throws: GuichetError.invalid(IdentifierText.imeiCheck), "\(changed)") { try IMEI.parse(changed) }
            }
        }
        // The message says it is the last digit.
        #expect(IdentifierText.imeiCheck.french.contains("dernier chiffre"))
    }

    @Test func frenchIccidsAndEachSingleDigitChangeRefused() throws {
        for valid in ["8933011234567890120", "89331503190001234560"] {
            #expect(try ICCID.parse(valid).digits == valid)
            for position in valid.indices.dropFirst(2) {
                for digit in "0123456789" where digit != valid[position] {
                    var changed = valid
                    changed.replaceSubrange(position...position, with: String(digit))
                    #expect(throws: GuichetError.invalid(IdentifierText.iccidCheck), "\(changed)") { try ICCID.parse(changed) }
                }
            }
        }
        #expect(IdentifierText.iccidCheck.french.contains("dernier chiffre"))
    }

    @Test func inventoryCodes() throws {
        #expect(try InventoryCode.parse("17") == "CLE-017")
        #expect(try InventoryCode.parse("cle-017") == "CLE-017")
        #expect(try InventoryCode.parse("1234") == "CLE-1234")
        #expect(throws: GuichetError.invalid(HotspotText.codeExpected)) { try InventoryCode.parse("CLÉ-17") }
        #expect(throws: GuichetError.invalid(HotspotText.codeExpected)) { try InventoryCode.parse("") }
        #expect(throws: GuichetError.invalid(HotspotText.codeExpected)) { try InventoryCode.parse("12345") }
    }

    // MARK: The state machine

    @Test func everyTransitionAllowedOrRefusedWithItsReason() throws {
        let allowed: [DeviceState: [DeviceEvent: DeviceState]] = [
            .available: [.lend: .lent, .sendToRepair: .repair, .declareLost: .lost, .retire: .retired, .handOver: .handedOver],
            .lent: [.returnGood: .available, .returnMissingAccessories: .available, .returnDamaged: .repair, .declareLost: .lost,
                    .handOver: .handedOver],
            .repair: [.repaired: .available, .declareLost: .lost, .retire: .retired],
            .lost: [.found: .available, .retire: .retired],
        ]
        for state in DeviceState.allCases {
            for event in DeviceEvent.allCases {
                if let next = allowed[state]?[event] {
                    #expect(try DeviceTransition.next(from: state, event) == next, "\(state) \(event)")
                } else {
                    #expect(throws: GuichetError.self, "\(state) \(event) should be refused") {
                        try DeviceTransition.next(from: state, event)
                    }
                }
            }
        }
    }

    @Test func refusedTransitionsSayWhy() {
        func reason(_ state: DeviceState, _ event: DeviceEvent) -> Phrase? {
            do throws(GuichetError) { _ = try DeviceTransition.next(from: state, event); return nil } catch { return error.phrase }
        }
        #expect(reason(.lent, .lend)?.french == "Une clé prêtée doit d’abord être rendue.")
        #expect(reason(.lent, .retire) == HotspotText.lentMustBeReturned)
        #expect(reason(.repair, .lend) == HotspotText.repairMustEnd)
        #expect(reason(.lost, .lend) == HotspotText.lostMustBeFound)
        #expect(reason(.retired, .lend) == HotspotText.retiredIsFinal)
        #expect(reason(.handedOver, .found) == HotspotText.handedOverIsFinal)
        #expect(reason(.available, .returnGood) == HotspotText.notLent)
        #expect(reason(.available, .repaired) == HotspotText.notInRepair)
        #expect(reason(.repair, .sendToRepair) == HotspotText.alreadyInRepair)
        #expect(reason(.available, .found) == HotspotText.notLost)
        #expect(reason(.lost, .declareLost) == HotspotText.alreadyLost)
    }

    @Test func changesByHandLeaveALentKeyToItsReturn() throws {
        #expect(throws: GuichetError.refused(HotspotText.lentMustBeReturned)) { try DeviceTransition.manual(from: .lent, .declareLost) }
        #expect(throws: GuichetError.refused(HotspotText.notAManualChange)) { try DeviceTransition.manual(from: .available, .lend) }
        #expect(DeviceTransition.manualEvents(from: .available) == [.declareLost, .sendToRepair, .retire])
        #expect(DeviceTransition.manualEvents(from: .repair) == [.declareLost, .repaired, .retire])
        #expect(DeviceTransition.manualEvents(from: .lost) == [.found, .retire])
        #expect(DeviceTransition.manualEvents(from: .lent).isEmpty && DeviceTransition.manualEvents(from: .retired).isEmpty)
    }

    @Test func outcomesLeadTheKeyAndTheDeposit() throws {
        let deposit = Money(cents: 10_00)
        #expect(try DeviceTransition.next(from: .lent, LoanOutcome.damaged.event) == .repair)
        #expect(try DeviceTransition.next(from: .lent, LoanOutcome.missingAccessories.event) == .available)
        #expect(LoanOutcome.lost.refund(of: deposit) == .zero)
        #expect(LoanOutcome.good.refund(of: deposit) == deposit && LoanOutcome.handedOver.refund(of: deposit) == deposit)
    }

    // MARK: Who may borrow

    private func enrolment(startedDaysAgo days: Int) -> Enrolment {
        Enrolment(startDate: Self.today.adding(days: -days))
    }

    private func loan(due: CalendarDay?, renewals: Int = 0) -> HotspotLoan {
        HotspotLoan(id: 1, deviceID: 1, deviceCode: "CLE-017", beneficiaryID: 1, fileNumber: "PAR-2026-00042",
                    startedOn: Self.today.adding(days: -10), dueOn: due, renewals: renewals, deposit: .zero, accessoriesOut: [],
                    closedOn: nil, outcome: nil, accessoriesIn: [], depositReturned: .zero)
    }

    @Test func eligibilityByEnrolmentHousingAndOpenLoan() throws {
        let settings = HotspotSettings()
        try LoanEligibility.check(enrolment: enrolment(startedDaysAgo: 10), housing: .homeless, openLoan: nil, today: Self.today,
                                  settings: settings)
        for housing in [Housing.emergencyShelter, .hostedByThirdParty] {
            try LoanEligibility.check(enrolment: enrolment(startedDaysAgo: 10), housing: housing, openLoan: nil, today: Self.today,
                                      settings: settings)
        }
        do throws(GuichetError) {
            try LoanEligibility.check(enrolment: enrolment(startedDaysAgo: 10), housing: .housed, openLoan: nil, today: Self.today,
                                      settings: settings)
            Issue.record("a housed person got a key")
        } catch {
            #expect(error.message(.french) == "Prêt refusé : la fiche indique « logement personnel » ; les clés se prêtent aux "
                    + "situations sans domicile, hébergement d’urgence / CHRS ou hébergement chez un tiers (réglage).")
        }
        #expect(throws: GuichetError.self) {
            try LoanEligibility.check(enrolment: self.enrolment(startedDaysAgo: 10), housing: nil, openLoan: nil, today: Self.today,
                                      settings: settings)
        }
        // Expired: the enrolment's own message.
        do throws(GuichetError) {
            try LoanEligibility.check(enrolment: enrolment(startedDaysAgo: 400), housing: .homeless, openLoan: nil, today: Self.today,
                                      settings: settings)
            Issue.record("an expired person got a key")
        } catch {
            #expect(error.message(.french).hasPrefix("Inscription expirée"))
        }
        #expect(throws: GuichetError.refused(HotspotText.secondLoan.filled("CLE-017", "10/12/2026"))) {
            try LoanEligibility.check(enrolment: self.enrolment(startedDaysAgo: 10), housing: .homeless,
                                      openLoan: self.loan(due: CalendarDay(year: 2026, month: 12, day: 10)), today: Self.today,
                                      settings: settings)
        }
        // The setting decides: housed people too.
        try LoanEligibility.check(enrolment: enrolment(startedDaysAgo: 10), housing: .housed, openLoan: nil, today: Self.today,
                                  settings: HotspotSettings(eligibleHousings: HotspotSettings.housingOrder))
    }

    // MARK: The forms

    @Test func theLoanFormWantsAFutureDayAndTheAgreement() throws {
        var draft = LoanDraft()
        draft.device = "3"
        draft.due = "27/12/2026"
        #expect(draft.error(in: .agreement, today: Self.today) == HotspotText.agreementRequired)
        draft.agreement = "yes"
        let valid = try draft.validated(today: Self.today)
        #expect(valid == ValidLoan(deviceID: 3, kind: .loan, dueOn: CalendarDay(year: 2026, month: 12, day: 27), accessories: Set(Accessory.allCases)))
        draft.due = "20/11/2026"
        #expect(draft.error(in: .due, today: Self.today) == HotspotText.dueInPast.filled("20/11/2026", "28/11/2026"))
        #expect(HotspotText.dueInPast.filled("20/11/2026", "28/11/2026").french
                == "À rendre le : le 20/11/2026 est déjà passé ; une date à partir du 28/11/2026 attendue")
        draft.due = "27/11/2026"
        #expect(draft.error(in: .due, today: Self.today) == HotspotText.dueToday.filled("28/11/2026"))
        draft.due = "31/02/2027"
        #expect(draft.error(in: .due, today: Self.today)?.french.contains("n’existe pas") == true)
        draft.due = "01/01/2028"
        #expect(draft.error(in: .due, today: Self.today) == HotspotText.dueTooFar.filled("27/11/2027"))
        // A handover needs no day due.
        draft.kind = LoanKind.handover.rawValue
        draft.charger = "no"
        #expect(try draft.validated(today: Self.today).dueOn == nil)
        #expect(try draft.validated(today: Self.today).accessories == [.cable, .pouch])
        draft.device = ""
        #expect(draft.error(in: .device, today: Self.today) == HotspotText.noDeviceAvailable)
    }

    @Test func theReturnMatchesTheAccessoriesBack() throws {
        var draft = ReturnDraft()
        #expect(try draft.validated(today: Self.today).outcome == .good)
        draft.cable = "no"
        #expect(draft.error(in: .outcome, today: Self.today) == HotspotText.accessoryNotBack.filled(Accessory.cable.label))
        draft.outcome = LoanOutcome.missingAccessories.rawValue
        #expect(try draft.validated(today: Self.today).accessoriesBack == [.charger, .pouch])
        draft.cable = "yes"
        #expect(draft.error(in: .outcome, today: Self.today) == HotspotText.nothingMissing)
        draft.outcome = LoanOutcome.lost.rawValue
        draft.note = "perdue dans le métro"
        #expect(try draft.validated(today: Self.today) == ValidReturn(outcome: .lost, accessoriesBack: Set(Accessory.allCases),
                                                                     note: "perdue dans le métro"))
    }

    @Test func theKeyFormChecksEveryFieldAndSaysWhichDigitIsWrong() throws {
        var draft = DeviceDraft()
        draft.code = "17"
        draft.model = "Huawei E5330"
        draft.imei = "26 053179 311383 7"
        draft.iccid = "8933 0112 3456 7890 120"
        draft.phone = "07 51 23 45 67"
        draft.acquiredOn = "12/01/2026"
        let valid = try draft.validated(today: Self.today)
        #expect(valid.code == "CLE-017" && valid.imei.digits == "260531793113837" && valid.phone?.e164 == "+33751234567")
        draft.imei = "260531793113830"
        draft.iccid = "8933011234567890121"
        draft.acquiredOn = "12/01/2027"
        do throws(BudgetFieldErrors<DeviceField>) {
            _ = try draft.validated(today: Self.today)
            Issue.record("accepted")
        } catch {
            #expect(error.fields == [.imei, .iccid, .acquiredOn])
            #expect(error.message(for: .imei) == IdentifierText.imeiCheck)
        }
    }

    // MARK: Renewals and days

    @Test func renewalsUpToTheLimitFromTheDayDueOrToday() throws {
        let settings = HotspotSettings()
        let due = CalendarDay(year: 2026, month: 12, day: 1)!
        #expect(try LoanRenewal.newDueDate(of: loan(due: due), today: Self.today, settings: settings) == due.adding(days: 30))
        // Late: from today.
        let late = CalendarDay(year: 2026, month: 11, day: 20)!
        #expect(try LoanRenewal.newDueDate(of: loan(due: late), today: Self.today, settings: settings) == Self.today.adding(days: 30))
        #expect(throws: GuichetError.refused(HotspotText.renewalLimitReached.filled(2, 2))) {
            try LoanRenewal.newDueDate(of: self.loan(due: due, renewals: 2), today: Self.today, settings: settings)
        }
    }

    @Test func lateFromTheDayAfterTheDayDue() {
        let due = CalendarDay(year: 2026, month: 11, day: 27)!
        let open = loan(due: due)
        #expect(open.daysLate(on: due) == 0 && !open.isOverdue(on: due))
        #expect(open.daysLate(on: due.adding(days: 1)) == 1)
        #expect(open.daysLate(on: CalendarDay(year: 2027, month: 1, day: 1)!) == 35)
        #expect(open.isDueSoon(on: due.adding(days: -3)) && !open.isDueSoon(on: due.adding(days: -4)))
    }

    @Test func settingsAreCheckedAndStoredInOrder() throws {
        #expect(try HotspotSettings.housings("hosted, homeless") == [.homeless, .hostedByThirdParty])
        #expect(throws: GuichetError.invalid(HotspotText.housingsExpected)) { try HotspotSettings.housings("homeless,castle") }
        #expect(throws: GuichetError.self) { try HotspotSettings.loanDays("3") }
        #expect(try HotspotSettings.deposit("0") == .zero)
        #expect(try HotspotSettings.deposit("15,50") == Money(cents: 15_50))
        #expect(throws: GuichetError.self) { try HotspotSettings.deposit("-1") }
        #expect(try HotspotSettings.renewalLimit("0") == 0)
        #expect(HotspotSettings.stored(HotspotSettings.defaultHousings) == "homeless,emergency_shelter,hosted")
    }

    // MARK: Import

    @Test func aDeviceFileIsReadWithLinesAndColumns() throws {
        let text = """
            Code;Modèle;IMEI;ICCID;Téléphone;Provenance
            17;Huawei E5330;260531793113837;8933011234567890120;0751234567;achat
            CLE-018;ZTE MF920;260531793113830;;;
            CLE-019;ZTE MF920;260531793113837;;;don
            """
        let file = try DeviceImportFile(bytes: Array(text.utf8), today: Self.today)
        #expect(file.headerIssues.isEmpty)
        #expect(file.rows.count == 3 && file.validRows.count == 1)
        #expect(file.rows[0].device?.code == "CLE-017" && file.rows[0].device?.acquisition == .purchase)
        #expect(file.rows[1].issues.map { $0.text(.french) }
                == ["ligne 3, colonne « IMEI » : IMEI : le dernier chiffre (clé de Luhn) ne correspond pas : vérifiez la saisie"])
        #expect(file.rows[2].issues.map { $0.text(.french) } == ["ligne 4, colonne « IMEI » : IMEI : déjà à la ligne 2 du fichier"])
        let noImei = try DeviceImportFile(bytes: Array("code;modele\n1;x\n".utf8), today: Self.today)
        #expect(noImei.headerIssues.contains { $0.blocking && $0.column == "imei" })
    }
}
