import GuichetCore
import Testing

@Suite struct VisitRuleTests {
    @Test func reasonsAreOrderedWithoutRepeats() throws {
        let visit = try VisitRule.validated(reasons: [.hotspot, .recharge, .hotspot], note: "  carte SFR  ", anonymous: false)
        #expect(visit.reasons == [.recharge, .hotspot])
        #expect(visit.note == "carte SFR")
    }

    @Test func anAnonymousVisitIsForInformationOnly() throws {
        #expect(VisitRule.initialReasons(anonymous: true) == [.information])
        #expect(VisitRule.allows(.information, anonymous: true))
        #expect(!VisitRule.allows(.recharge, anonymous: true))
        #expect(throws: GuichetError.invalid(VisitText.anonymousOnlyInformation)) {
            try VisitRule.validated(reasons: [.information, .budget], note: "", anonymous: true)
        }
        #expect(try VisitRule.validated(reasons: [.information], note: "", anonymous: true).isAnonymous)
    }

    @Test func atLeastOneReasonAndAShortOneLineNote() {
        #expect(throws: GuichetError.invalid(VisitText.reasonsExpected)) {
            try VisitRule.validated(reasons: [], note: "", anonymous: false)
        }
        let tooLong = GuichetError.invalid(VisitText.noteTooLong.filled(200))
        #expect(throws: tooLong) { try VisitRule.validated(reasons: [.budget], note: String(repeating: "a", count: 201), anonymous: false) }
        #expect(throws: tooLong) { try VisitRule.validated(reasons: [.budget], note: "deux\nlignes", anonymous: false) }
        #expect(throws: tooLong) { try VisitRule.validated(reasons: [.budget], note: "\u{1B}[2J", anonymous: false) }
    }
}
