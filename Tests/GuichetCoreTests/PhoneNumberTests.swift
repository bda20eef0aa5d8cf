import Testing
@testable import GuichetCore

@Suite struct PhoneNumberTests {
    @Test(arguments: [
        ("06 12 34 56 78", "+33612345678"),
        ("+33612345678", "+33612345678"),
        ("0033 6 12 34 56 78", "+33612345678"),
        ("06.12.34.56.78", "+33612345678"),
        ("06-12-34-56-78", "+33612345678"),
        ("(06) 12 34 56 78", "+33612345678"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("+33 (0)6 12 34 56 78", "+33612345678"),
        ("+33 06 12 34 56 78", "+33612345678"),
        ("0033 06 12 34 56 78", "+33612345678"),
        ("  0612345678  ", "+33612345678"),
        ("(+33) 6 12 34 56 78", "+33612345678"),
        ("0033 (0)6 12 34 56 78", "+33612345678"),
        ("06\u{00A0}12\u{00A0}34\u{00A0}56\u{00A0}78", "+33612345678"),
        ("07 58 12 34 56", "+33758123456"),
        ("01 44 55 66 77", "+33144556677"),
        ("09 70 12 34 56", "+33970123456"),
    ])
    func acceptsFrenchWritings(input: String, e164: String) throws {
        #expect(try PhoneNumber.parse(input).e164 == e164)
    }

    @Test(arguments: ["12345", "06 12 34 56", "06 12 34 56 78 90", "06 12 AB 56 78", "", "   ",
                      "00 12 34 56 78", "+33 12 34", "+0 123 456 789", "+44 12", "6 12 34 56 78", "06 12 34 56 78 +", "+33+612345678"])
    func refusesImplausibleNumbers(input: String) {
        #expect(throws: GuichetError.self) { try PhoneNumber.parse(input) }
    }

    @Test func frenchMessageSaysWhatIsExpected() {
        #expect(throws: GuichetError.invalid(PhoneText.frenchExpected)) { try PhoneNumber.parse("06 12 34 56") }
        #expect(throws: GuichetError.invalid(PhoneText.characters)) { try PhoneNumber.parse("o6 12 34 56 78") }
        #expect(PhoneText.frenchExpected.french == "Numéro de téléphone : 10 chiffres attendus, par ex. 06 12 34 56 78")
    }

    @Test func displaysFrenchNumbersInPairs() throws {
        #expect(try PhoneNumber.parse("+33612345678").display == "06 12 34 56 78")
        #expect(try PhoneNumber.parse("0758123456").display == "07 58 12 34 56")
    }

    @Test func mobilesAre06And073To079() throws {
        #expect(try PhoneNumber.parse("06 12 34 56 78").isMobile)
        #expect(try PhoneNumber.parse("07 30 12 34 56").isMobile)
        #expect(try PhoneNumber.parse("07 99 12 34 56").isMobile)
        #expect(try !PhoneNumber.parse("07 20 12 34 56").isMobile)
        #expect(try !PhoneNumber.parse("01 44 55 66 77").isMobile)
        #expect(try !PhoneNumber.parse("+44 7911 123456").isMobile)
    }

    @Test func foreignNumbersKeepTheirCountryCode() throws {
        let uk = try PhoneNumber.parse("+44 20 7946 0958")
        #expect(uk.e164 == "+442079460958")
        #expect(uk.display == "+44 20 79 46 09 58")
        #expect(!uk.isFrench)
        let belgium = try PhoneNumber.parse("0032 470 12 34 56")
        #expect(belgium.e164 == "+32470123456")
        #expect(belgium.display == "+32 4 70 12 34 56")
        let morocco = try PhoneNumber.parse("+212 6 12 34 56 78")
        #expect(morocco.e164 == "+212612345678")
        #expect(morocco.display == "+212 6 12 34 56 78")
        #expect(try PhoneNumber.parse("+1 (415) 555-2671").e164 == "+14155552671")
    }

    @Test func overseasDepartmentsGetTheirCountryCode() throws {
        let reunion = try PhoneNumber.parse("06 92 12 34 56")
        #expect(reunion.e164 == "+262692123456")
        #expect(reunion.display == "06 92 12 34 56")
        #expect(reunion.isMobile)
        #expect(try PhoneNumber.parse("+262 692 12 34 56") == reunion)
        #expect(try PhoneNumber.parse("05 96 12 34 56").e164 == "+596596123456")
        #expect(try !PhoneNumber.parse("05 96 12 34 56").isMobile)
    }

    @Test func searchDigitsAreTheNationalSignificantDigits() {
        #expect(PhoneNumber.searchDigits("06.12") == "612")
        #expect(PhoneNumber.searchDigits("+33 6 12") == "612")
        #expect(PhoneNumber.searchDigits("0033 6 12") == "612")
        #expect(PhoneNumber.searchDigits("+33 06 12 34") == "61234")
        #expect(PhoneNumber.searchDigits("06 12 34 56 78") == "612345678")
        #expect(PhoneNumber.searchDigits("612") == "612")
        #expect(PhoneNumber.searchDigits("+44 20") == "4420")
        #expect(PhoneNumber.searchDigits("0") == nil)
        #expect(PhoneNumber.searchDigits("+33") == nil)
        #expect(PhoneNumber.searchDigits("dupont") == nil)
        #expect(PhoneNumber.searchDigits("") == nil)
    }

    @Test func searchKeyMatchesSearchDigitsOfAnyWriting() throws {
        let number = try PhoneNumber.parse("06 12 34 56 78")
        #expect(number.searchKey == "612345678")
        for partial in ["06 12", "+33 6 12", "0033612", "06-12-3"] {
            #expect(number.searchKey.hasPrefix(try #require(PhoneNumber.searchDigits(partial))))
        }
        let uk = try PhoneNumber.parse("+44 20 7946 0958")
        #expect(uk.searchKey.hasPrefix(try #require(PhoneNumber.searchDigits("0044 20 79"))))
    }

    @Test func displayReparsesToTheSameNumber() throws {
        for input in ["06 12 34 56 78", "+44 20 7946 0958", "06 92 12 34 56", "+1 415 555 2671", "+212 6 12 34 56 78"] {
            let number = try PhoneNumber.parse(input)
            #expect(try PhoneNumber.parse(number.display) == number)
        }
    }
}
