import Foundation
import Testing
@testable import GuichetCore

/// The calendar arithmetic must agree with Foundation's Gregorian calendar.
@Suite("Civil time")
struct CivilTimeTests {
    private func foundationDay(_ date: Date, _ zone: TimeZone) -> (Int, Int, Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return (c.year!, c.month!, c.day!)
    }

    @Test func daysRoundTripAndMatchFoundationOverFourCenturies() {
        let utc = TimeZone(identifier: "UTC")!
        for days in stride(from: -80_000, through: 80_000, by: 37) {
            let civil = CivilTime.civil(fromDays: days)
            #expect(CivilTime.days(year: civil.year, month: civil.month, day: civil.day) == days)
            let expected = foundationDay(Date(timeIntervalSince1970: TimeInterval(days) * 86_400), utc)
            #expect(civil == expected, "day \(days)")
        }
    }

    @Test(arguments: ["Europe/Paris", "America/Cayenne", "Indian/Reunion", "Pacific/Noumea", "America/Los_Angeles"])
    func localDayMatchesFoundationAroundMidnightsAndClockChanges(zoneName: String) {
        let zone = TimeZone(identifier: zoneName)!
        // Every 20 minutes across 2026, which includes both clock changes of Paris.
        var instant = Date(timeIntervalSince1970: 1_767_225_600)
        for _ in 0..<(365 * 72) {
            let day = CalendarDay(instant, in: zone)
            #expect((day.year, day.month, day.day) == foundationDay(instant, zone))
            instant = instant.addingTimeInterval(1200)
        }
    }

    @Test func startOfDayIsLocalMidnightEvenOnClockChangeDays() {
        let paris = TimeZone(identifier: "Europe/Paris")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = paris
        for (y, m, d) in [(2026, 3, 29), (2026, 10, 25), (2026, 11, 27), (2024, 2, 29)] {
            let day = CalendarDay(year: y, month: m, day: d)!
            #expect(day.start(in: paris) == calendar.date(from: DateComponents(year: y, month: m, day: d)))
        }
    }

    @Test func textsAreZeroPadded() {
        #expect(CalendarDay(year: 2026, month: 3, day: 5)!.formatted(.french) == "05/03/2026")
        #expect(CalendarDay(year: 2026, month: 3, day: 5)!.iso == "2026-03-05")
        #expect(Timestamp.utcText(Date(timeIntervalSince1970: 1_795_771_800.0456)) == "2026-11-27T09:30:00.045Z")
        #expect(Timestamp.utcText(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.500Z")
        #expect(Timestamp.clockText(Date(timeIntervalSince1970: 1_795_771_800), in: TimeZone(identifier: "Europe/Paris")!) == "10:30")
        #expect(CalendarDay(year: 2024, month: 2, day: 28)!.adding(days: 1) == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(CalendarDay(year: 2026, month: 12, day: 31)!.adding(days: 1) == CalendarDay(year: 2027, month: 1, day: 1))
    }
}

@Suite("Stored forms read back")
struct StoredFormsTests {
    @Test func storedFormsReadLikeTypedOnes() throws {
        #expect(FileNumber("PAR-2026-00042") == FileNumber("par-2026-42"))
        #expect(FileNumber("PAR-2026-00042")?.sequence == 42)
        #expect(FileNumber("PAR-2026-0004x") == nil)
        #expect(FileNumber("PAR-1999-00042") == nil)
        #expect(CalendarDay(iso: "2026-02-29") == nil)
        #expect(CalendarDay(iso: "2024-02-29") == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(CalendarDay(iso: "2026-1a-05") == nil)
        let typed = try PhoneNumber.parse("06 12 34 56 78")
        #expect(PhoneNumber(storedE164: typed.e164) == typed)
        #expect(PhoneNumber(storedE164: typed.e164)?.display == "06 12 34 56 78")
        #expect(PhoneNumber(storedE164: "0612345678") == nil)
        #expect(PhoneNumber(storedE164: "+33 6 12") == nil)
    }
}
