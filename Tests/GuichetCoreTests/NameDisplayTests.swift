import Testing
@testable import GuichetCore

@Suite struct NameDisplayTests {
    @Test func capitalsAgreeWithTheStandardLibraryForEveryLatinScalar() {
        for value in UInt32(0)..<0x250 {
            let text = "a" + String(Unicode.Scalar(value)!) + "é"
            #expect(NameDisplay.capitals(text) == text.uppercased(), "U+\(String(value, radix: 16))")
        }
        for name in ["Dupont-Müller", "N’Diaye", "Straße", "Łukasz", "Nguyễn", "Øyvind", "Ÿvette", "d’Alembert", ""] {
            #expect(NameDisplay.capitals(name) == name.uppercased())
        }
    }

    @Test func listedPutsTheLastNameInCapitalsFirst() {
        #expect(NameDisplay.listed(lastName: "Dupont-Müller", firstName: "Hélène") == "DUPONT-MÜLLER Hélène")
    }
}
