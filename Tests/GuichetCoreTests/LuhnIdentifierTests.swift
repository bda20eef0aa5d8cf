import Testing
@testable import GuichetCore

@Suite struct LuhnIdentifierTests {
    @Test func luhnCheckDigitOfKnownNumbers() {
        #expect(Luhn.checkDigit(for: "7992739871") == 3)   // the classic example: 79927398713
        #expect(Luhn.isValid("79927398713"))
        #expect(!Luhn.isValid("79927398710"))
        #expect(Luhn.checkDigit(for: "12a") == nil)
        #expect(!Luhn.isValid(""))
    }

    @Test func imeiOf3GPPExample() throws {
        #expect(IMEI.checkDigit(body: "26053179311383") == 7)
        #expect(try IMEI.parse("260531793113837").digits == "260531793113837")
        #expect(try IMEI.parse("26-053179-311383-7").digits == "260531793113837")
        #expect(try IMEI.parse("35 209900 176148 1").digits == "352099001761481")
    }

    @Test func imeiRefusals() {
        #expect(throws: GuichetError.invalid(IdentifierText.imeiCheck)) { try IMEI.parse("260531793113830") }
        #expect(throws: GuichetError.invalid(IdentifierText.imeiExpected)) { try IMEI.parse("26053179311383") }
        #expect(throws: GuichetError.invalid(IdentifierText.imeiExpected)) { try IMEI.parse("2605317931138370") }
        #expect(throws: GuichetError.invalid(IdentifierText.imeiExpected)) { try IMEI.parse("26053179311383X") }
    }

    @Test func iccidOf19And20Digits() throws {
        #expect(try ICCID.parse("8933011234567890120").digits == "8933011234567890120")
        #expect(try ICCID.parse("8933 1503 1900 0123 4560").digits == "89331503190001234560")
    }

    @Test func iccidRefusals() {
        #expect(throws: GuichetError.invalid(IdentifierText.iccidCheck)) { try ICCID.parse("8933011234567890121") }
        #expect(throws: GuichetError.invalid(IdentifierText.iccidExpected)) { try ICCID.parse("9933011234567890128") }
        #expect(throws: GuichetError.invalid(IdentifierText.iccidExpected)) { try ICCID.parse("893301123456789012") }
        #expect(throws: GuichetError.invalid(IdentifierText.iccidExpected)) { try ICCID.parse("893301123456789012345") }
    }
}
