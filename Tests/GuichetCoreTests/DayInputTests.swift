import Testing
@testable import GuichetCore

@Suite struct DayInputTests {
    let today = CalendarDay(year: 2026, month: 11, day: 27)!

    @Test(arguments: ["27/11/2026", "27112026", "27/11/26", "27.11.2026", "27-11-2026", " 27/11/2026 ", "271126"])
    func readsTheCounterWritings(input: String) {
        #expect(DayInput.parse(input, today: today) == CalendarDay(year: 2026, month: 11, day: 27))
    }

    @Test func shortDayAndMonth() {
        #expect(DayInput.parse("5/3/1978", today: today) == CalendarDay(year: 1978, month: 3, day: 5))
    }

    @Test(arguments: ["31/02/2026", "29/02/2027", "00/01/2026", "01/13/2026", "", "27/11", "27/11/202", "2026-11-27x",
                      "aa/bb/cccc", "27/11/02026", "2711202", "27//2026"])
    func refuses(input: String) {
        #expect(DayInput.parse(input, today: today) == nil)
    }

    @Test func aDayThatDoesNotExistIsToldApartFromAMalformedOne() {
        #expect(DayInput.read("31/02/2020", today: today) == .failure(.noSuchDay(day: 31, month: 2, year: 2020)))
        #expect(DayInput.read("29/02/2027", today: today) == .failure(.noSuchDay(day: 29, month: 2, year: 2027)))
        #expect(DayInput.read("31/04/26", today: today) == .failure(.noSuchDay(day: 31, month: 4, year: 2026)))
        #expect(DayInput.read("00/01/2026", today: today) == .failure(.malformed))
        #expect(DayInput.read("01/13/2026", today: today) == .failure(.malformed))
        #expect(DayInput.read("hier", today: today) == .failure(.malformed))
        let message = DayInput.noSuchDay(Phrase(fr: "Date d’orientation", en: "Referral date"), day: 31, month: 4, year: 2026)
        #expect(message.text(.french) == "Date d’orientation : le 31/04/2026 n’existe pas (avril 2026 a 30 jours)")
    }

    @Test func leapDay() {
        #expect(DayInput.parse("29/02/2028", today: today) == CalendarDay(year: 2028, month: 2, day: 29))
    }

    @Test func twoDigitYearsInTheFutureGoBackACentury() {
        #expect(DayInput.parse("05/03/78", today: today) == CalendarDay(year: 1978, month: 3, day: 5))
        #expect(DayInput.parse("05/03/27", today: today) == CalendarDay(year: 1927, month: 3, day: 5))
        #expect(DayInput.parse("05/03/00", today: today) == CalendarDay(year: 2000, month: 3, day: 5))
    }

    @Test func calendarDayFormsAndArithmetic() {
        let day = CalendarDay(year: 2026, month: 3, day: 5)!
        #expect(day.iso == "2026-03-05")
        #expect(day.formatted(.french) == "05/03/2026")
        #expect(CalendarDay(iso: "2026-03-05") == day)
        #expect(CalendarDay(year: 2026, month: 1, day: 31)!.adding(months: 1) == CalendarDay(year: 2026, month: 2, day: 28))
        #expect(CalendarDay(year: 2026, month: 12, day: 31)!.adding(days: 1) == CalendarDay(year: 2027, month: 1, day: 1))
        #expect(CalendarDay(year: 2026, month: 3, day: 1)!.adding(days: -1) == CalendarDay(year: 2026, month: 2, day: 28))
    }
}
