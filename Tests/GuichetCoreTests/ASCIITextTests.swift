import Testing
@testable import GuichetCore

@Suite struct ASCIITextTests {
    @Test func numbersArePaddedWithZerosAndNeverCut() {
        #expect(ASCIIText.make(capacity: 15) { $0.number(42, width: 5) } == "00042")
        #expect(ASCIIText.make(capacity: 15) { $0.number(123456, width: 5) } == "123456")
        #expect(ASCIIText.make(capacity: 15) { $0.number(0) } == "0")
        #expect(ASCIIText.make(capacity: 15) { $0.number(-7, width: 2) } == "-07")
        #expect(ASCIIText.make(capacity: 30) { $0.number(Int.min) } == String(Int.min))
    }

    @Test func whatDoesNotFitIsLeftOut() {
        #expect(ASCIIText.make(capacity: 4) { $0.append("PAR"); $0.byte(UInt8(ascii: "-")); $0.number(2026) } == "PAR-")
        #expect(ASCIIText.make(capacity: 0) { $0.append("x") } == "")
    }

    @Test func formattedFieldsKeepTheirForms() {
        let day = CalendarDay(year: 2026, month: 3, day: 9)!
        #expect(day.iso == "2026-03-09")
        #expect(day.formatted(.french) == "09/03/2026")
        #expect(FileNumber("PAR-2026-00042")?.formatted == "PAR-2026-00042")
    }
}
