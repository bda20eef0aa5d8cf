import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct DayFiguresTests {
    /// Paris is UTC+1 in November: 22:30 UTC on the 26th is 23:30 there, 23:00 UTC is midnight.
    @Test func figuresAndJournalFollowTheSitesLocalDay() throws {
        let scratch = Scratch(at: Timestamp.parse("2026-11-26T22:30:00Z")!)
        let (store, _) = try scratch.openSetUp()
        _ = try store.authenticate(login: "chef", password: Scratch.password)   // 26th, 23:30 Paris
        scratch.clock.advance(seconds: 30 * 60)                                 // 27th, 00:00 Paris
        let actor = try store.authenticate(login: "chef", password: Scratch.password)
        scratch.clock.advance(seconds: 3600)
        try store.logout(actor)

        let twentySixth = CalendarDay(year: 2026, month: 11, day: 26)!
        let twentySeventh = CalendarDay(year: 2026, month: 11, day: 27)!
        #expect(try store.counts([.logins, .journalEvents], on: twentySixth) == [1, 3])
        #expect(try store.counts([.logins, .journalEvents], on: twentySeventh) == [1, 2])
        #expect(try store.counts([.logins, .journalEvents], on: twentySeventh.adding(days: 1)) == [0, 0])

        let events = try store.journal(on: twentySeventh)
        #expect(events.map(\.action) == ["auth.logout", "auth.login"])
        #expect(events.last?.at == Timestamp.parse("2026-11-26T23:00:00Z"))
        #expect(events.allSatisfy { $0.siteCode == "PAR" && $0.userLogin == "chef" })
        #expect(try store.journal(on: twentySixth, limit: 2).map(\.action) == ["auth.login", "user.create"])
    }
}
