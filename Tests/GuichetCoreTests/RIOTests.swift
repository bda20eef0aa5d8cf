import Testing
@testable import GuichetCore

@Suite struct RIOTests {
    @Test func keyOfTheDomainExample() {
        #expect(RIO.key(operatorCode: "01", lineType: "P", customerRef: "EROY4P", phone: "0612345678") == "4TR")
        #expect(RIO.key(operatorCode: "01", lineType: "p", customerRef: "eroy4p", phone: "0612345678") == "4TR")
        #expect(RIO.key(operatorCode: "1", lineType: "P", customerRef: "EROY4P", phone: "0612345678") == nil)
        #expect(RIO.key(operatorCode: "01", lineType: "P", customerRef: "EROY4P", phone: "612345678") == nil)
    }

    @Test func parsesAndChecksTheKey() throws {
        let phone = try PhoneNumber.parse("06 12 34 56 78")
        let rio = try RIO.parse("01PEROY4P4TR", phone: phone)
        #expect(rio.value == "01PEROY4P4TR")
        #expect(rio.operatorName == "Orange")
        #expect(rio.isMobileLine)
        #expect(rio.customerRef == "EROY4P")
        #expect(rio.key == "4TR")
        #expect(rio.display == "01 P EROY4P 4TR")
        #expect(try RIO.parse("01 p eroy4p 4tr", phone: phone) == rio)
    }

    @Test func refusesAWrongKeyOrShape() throws {
        let phone = try PhoneNumber.parse("06 12 34 56 78")
        let other = try PhoneNumber.parse("06 12 34 56 79")
        #expect(throws: GuichetError.self) { try RIO.parse("01PEROY4P4TR", phone: other) }
        #expect(throws: GuichetError.invalid(IdentifierText.rioExpected)) { try RIO.parse("01PEROY4P4T", phone: phone) }
        #expect(throws: GuichetError.invalid(IdentifierText.rioExpected)) { try RIO.parse("0APEROY4P4TR", phone: phone) }
        #expect(throws: GuichetError.invalid(IdentifierText.rioExpected)) { try RIO.parse("01AEROY4P4TR", phone: phone) }
        let foreign = try PhoneNumber.parse("+44 20 7946 0958")
        #expect(throws: GuichetError.invalid(IdentifierText.rioFrenchLine)) { try RIO.parse("01PEROY4P4TR", phone: foreign) }
    }

    @Test func keyMismatchMessageNamesTheNumber() throws {
        let other = try PhoneNumber.parse("06 12 34 56 79")
        do {
            _ = try RIO.parse("01PEROY4P4TR", phone: other)
            Issue.record("accepted a wrong key")
        } catch {
            #expect(error.message(.french).contains("06 12 34 56 79"))
            #expect(error.message(.english).contains("3179"))
        }
    }
}
