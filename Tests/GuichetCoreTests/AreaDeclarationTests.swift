import GuichetCore
import Testing

@Suite struct AreaDeclarationTests {
    @Test func areasAreNumberedOneToSixInTheHomeOrder() {
        #expect(AreaID.allCases.map(\.rawValue) == [1, 2, 3, 4, 5, 6])
        #expect(AreaID.allCases.first == .beneficiaries && AreaID.allCases.last == .administration)
    }

    @Test func everyJournalCodeIsDeclaredOnceByItsArea() {
        let codes = ActionCode.all
        #expect(Set(codes.map(\.rawValue)).count == codes.count, "an action code is declared twice")
        #expect(codes.allSatisfy { $0.rawValue.contains(".") && $0.rawValue == $0.rawValue.lowercased() })
        #expect(ActionCode.named("beneficiary.create")?.area == .beneficiaries)
        #expect(ActionCode.named("auth.login")?.area == .administration)
        #expect(ActionCode.named("nothing.such") == nil)
    }

    /// The codes stored in journals already written: renaming one would orphan them.
    @Test func storedCodesKeepTheirSpelling() {
        #expect(BeneficiaryAction.visitRecorded.rawValue == "visit.record")
        #expect(BeneficiaryAction.imported.rawValue == "import.beneficiaries")
        #expect(AccountAction.sessionLocked.rawValue == "auth.lock")
        #expect(RechargeAction.sold.rawValue == "recharge.sale" && RechargeAction.cashBoxClosed.rawValue == "cashbox.close")
        #expect(HotspotAction.lent.rawValue == "hotspot.loan" && HotspotAction.returned.rawValue == "hotspot.return")
        #expect(ProtectionAction.anonymised.rawValue == "protection.anonymise" && ProtectionAction.restored.rawValue == "protection.restore")
        #expect(ActionCode.all.count == 58)
        #expect(ReviewAction.exported.rawValue == "report.export" && ReviewAction.reportWritten.rawValue == "report.write")
    }

    @Test func everyWordingIsInBothLanguagesWithoutANameSlot() {
        for code in ActionCode.all {
            #expect(!code.wording.french.isEmpty && !code.wording.english.isEmpty)
            // At most the subject ({1}): the journal holds file numbers and logins, never names.
            #expect(!code.wording.french.contains("{2}"), "\(code)")
        }
        #expect(BeneficiaryAction.created.wording.text(.french, "PAR-2026-00042") == "fiche PAR-2026-00042 créée")
    }
}
