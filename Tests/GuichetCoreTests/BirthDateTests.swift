import Testing
@testable import GuichetCore

@Suite struct BirthDateTests {
    let today = CalendarDay(year: 2026, month: 11, day: 27)!

    @Test func emptyIsNoBirthDate() throws {
        #expect(try BirthDate.parse("  ", today: today) == nil)
    }

    @Test func acceptsAges15To110() throws {
        #expect(try BirthDate.parse("05/03/1978", today: today) == CalendarDay(year: 1978, month: 3, day: 5))
        #expect(try BirthDate.parse("27/11/2011", today: today) == CalendarDay(year: 2011, month: 11, day: 27))
        #expect(try BirthDate.parse("28/11/1915", today: today) == CalendarDay(year: 1915, month: 11, day: 28))
    }

    @Test func refusesOutsideTheAges() {
        #expect(throws: GuichetError.self) { try BirthDate.parse("28/11/2011", today: today) }   // 14
        #expect(throws: GuichetError.self) { try BirthDate.parse("27/11/1915", today: today) }   // 111
        #expect(throws: GuichetError.invalid(BirthDateText.future)) { try BirthDate.parse("28/11/2026", today: today) }
        // Written right, but no such day: said so, with the month's length.
        #expect(throws: GuichetError.invalid(Phrase(fr: "Date de naissance : le 31/02/1980 n’existe pas (février 1980 a 29 jours)",
                                                     en: "Birth date: 31/02/1980 does not exist (February 1980 has 29 days)"))) {
            try BirthDate.parse("31/02/1980", today: today)
        }
        #expect(throws: GuichetError.invalid(BirthDateText.dateExpected)) { try BirthDate.parse("hier", today: today) }
    }

    @Test func ageMessageGivesTheComputedAge() {
        do {
            _ = try BirthDate.parse("01/01/2020", today: today)
            Issue.record("age 6 accepted")
        } catch {
            #expect(error.message(.french) == "Date de naissance : un âge de 15 à 110 ans attendu (cette date donne 6 ans)")
        }
    }

    @Test func ageCountsFullYears() {
        let leapBirth = CalendarDay(year: 2008, month: 2, day: 29)!
        #expect(BirthDate.age(of: leapBirth, on: CalendarDay(year: 2026, month: 2, day: 28)!) == 17)
        #expect(BirthDate.age(of: leapBirth, on: CalendarDay(year: 2026, month: 3, day: 1)!) == 18)
        #expect(BirthDate.age(of: CalendarDay(year: 1980, month: 11, day: 27)!, on: today) == 46)
    }
}
