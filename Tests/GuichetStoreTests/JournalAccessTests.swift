import Foundation
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct JournalAccessTests {
    @Test func aVolunteerReadsTodayOnlyAndASupervisorAnyDay() throws {
        let scratch = Scratch(at: Timestamp.parse("2026-11-26T22:30:00Z")!)
        let (store, chef) = try scratch.openSetUp()
        _ = try store.createUser(as: chef, login: "benevole", displayName: "B", role: .volunteer, password: "benevole password")
        scratch.clock.advance(seconds: 3600)   // 27th, 00:30 in Paris, 23:30 UTC on the 26th
        let volunteer = try store.authenticate(login: "benevole", password: "benevole password")
        let today = CalendarDay(year: 2026, month: 11, day: 27)!
        #expect(try store.today() == today)
        #expect(try store.journal(as: volunteer, on: today).map(\.action) == ["auth.login"])
        #expect(throws: GuichetError.forbidden(.readWholeJournal)) {
            try store.journal(as: volunteer, on: today.adding(days: -1))
        }
        #expect(try store.journal(as: chef, on: today.adding(days: -1)).count == 3)
    }
}
