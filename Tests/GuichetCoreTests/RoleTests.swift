import Testing
@testable import GuichetCore

@Suite struct RoleTests {
    @Test func volunteerMayUseTheCounterOnly() {
        let allowed = Permission.allCases.filter { Role.volunteer.may($0) }
        #expect(Set(allowed) == [.useCounter, .editBeneficiaries, .recordVisits, .renewEnrolment, .sellRecharges,
                                  .lendHotspots])
    }

    @Test func coachAddsBudgetCoaching() {
        let allowed = Permission.allCases.filter { Role.coach.may($0) }
        #expect(Set(allowed) == [.useCounter, .editBeneficiaries, .recordVisits, .renewEnrolment, .sellRecharges,
                                  .lendHotspots, .budgetCoaching])
    }

    @Test func supervisorMayDoEverything() {
        #expect(Permission.allCases.allSatisfy { Role.supervisor.may($0) })
        #expect(!Role.coach.may(.closeEnrolment) && !Role.coach.may(.importData) && !Role.coach.may(.manageUsers))
    }

    @Test func rolesAreOrderedAndLabelled() {
        #expect(Role.volunteer < Role.coach && Role.coach < Role.supervisor)
        #expect(Role.allCases.map(\.label.french) == ["bénévole", "accompagnateur·rice", "responsable"])
    }

    @Test func actorRequireThrowsForbidden() throws {
        let actor = Actor(userID: 1, login: "paul", displayName: "Paul", role: .volunteer, siteCode: SiteCode("PAR")!)
        try actor.require(.recordVisits)
        #expect(throws: GuichetError.forbidden(.importData)) { try actor.require(.importData) }
    }
}
