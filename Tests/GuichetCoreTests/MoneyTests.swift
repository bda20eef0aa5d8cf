import Testing
@testable import GuichetCore

@Suite struct MoneyTests {
    @Test(arguments: [
        ("12,50", 1250), ("12.50", 1250), ("12", 1200), ("12,5", 1250), ("1 234,50", 123450),
        ("1\u{202F}234,50", 123450), ("1\u{00A0}234,50 €", 123450), ("12,50 €", 1250), ("12€", 1200),
        (" 0,05 ", 5), ("-3,20", -320), ("0", 0),
    ] as [(String, Int64)])
    func parses(input: String, cents: Int64) {
        #expect(Money.parse(input) == Money(cents: cents))
    }

    @Test(arguments: ["12,505", "abc", "", " ", "€", "12,", ",50", "12,5,0", "1.234,50", "12 , 5a", "--5", "١٢", "1234567890123"])
    func refuses(input: String) {
        #expect(Money.parse(input) == nil)
    }

    @Test func formatsFrenchWithNarrowNoBreakSpaceThousands() {
        #expect(Money(cents: 1250).formatted(.french) == "12,50 €")
        #expect(Money(cents: 123400).formatted(.french) == "1\u{202F}234,00 €")
        #expect(Money(cents: 123_456_789).formatted(.french) == "1\u{202F}234\u{202F}567,89 €")
        #expect(Money(cents: 5).formatted(.french) == "0,05 €")
        #expect(Money(cents: -320).formatted(.french) == "-3,20 €")
    }

    @Test func formatsEnglish() {
        #expect(Money(cents: 1250).formatted(.english) == "€12.50")
        #expect(Money(cents: 123400).formatted(.english) == "€1,234.00")
    }

    @Test func frenchFormReadsBack() {
        for cents: Int64 in [0, 5, 1250, 123400, 99_999_999, -320] {
            #expect(Money.parse(Money(cents: cents).formatted(.french)) == Money(cents: cents))
        }
    }

    @Test func arithmeticAndOrder() {
        #expect(Money(cents: 1250) + Money(cents: 50) == Money(cents: 1300))
        #expect(Money(cents: 1250) - Money(cents: 1300) == Money(cents: -50))
        #expect(Money.zero < Money(cents: 1))
    }
}
