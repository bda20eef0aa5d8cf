import Testing
@testable import GuichetCore

@Suite struct FileNumberTests {
    @Test func formatsAndParses() throws {
        let number = try #require(FileNumber(site: SiteCode("PAR")!, year: 2026, sequence: 42))
        #expect(number.formatted == "PAR-2026-00042")
        #expect(FileNumber("PAR-2026-00042") == number)
        #expect(FileNumber(" par-2026-42 ") == number)
        #expect(try FileNumber.parse("PAR-2026-99999").sequence == 99_999)
    }

    @Test(arguments: ["PAR-2026-00000", "PAR-2026-100000", "PA-2026-00042", "PAR-26-00042", "PAR2026-00042",
                      "PAR-2026-0004A", "PAR-1999-00042", "", "PAR-2026-", "PAR-2026-+0042"])
    func refuses(input: String) {
        #expect(FileNumber(input) == nil)
        #expect(throws: GuichetError.invalid(FileNumberText.expected)) { try FileNumber.parse(input) }
    }

    @Test func sequenceBounds() {
        #expect(FileNumber(site: SiteCode("ANT")!, year: 2026, sequence: 0) == nil)
        #expect(FileNumber(site: SiteCode("ANT")!, year: 2026, sequence: 100_000) == nil)
    }

    @Test func ordersBySiteYearSequence() {
        let a = FileNumber("MRS-2026-00002")!, b = FileNumber("PAR-2025-00009")!, c = FileNumber("PAR-2026-00001")!
        #expect([c, b, a].sorted() == [a, b, c])
    }
}
