import Foundation
import Testing
@testable import GuichetCore

@Suite struct PersonNameTests {
    @Test(arguments: ["Dupont", "Dupont-Müller", "N'Diaye", "N’Diaye", "de La Fontaine", "Œdipe", "Ø. Hansen",
                      "Nguyễn", "Иванов", "محمد", "李", "Ma’ruf", "O’Brien", "Gal·la"])
    func acceptsNamesOfAnyScript(input: String) throws {
        #expect(try PersonName.validate(input, as: .last) == input)
    }

    @Test func trimsCollapsesSpacesAndStoresNFC() throws {
        let nfd = "Hélène".decomposedStringWithCanonicalMapping
        let stored = try PersonName.validate("  \(nfd)  ", as: .first)
        #expect(stored == "Hélène")
        #expect(stored.unicodeScalars.count == 6)
        #expect(try PersonName.validate("Le   Gall", as: .last) == "Le Gall")
    }

    @Test func lengthIs1To80Characters() throws {
        #expect(try PersonName.validate(String(repeating: "é", count: 80), as: .last).count == 80)
        #expect(throws: GuichetError.self) { try PersonName.validate(String(repeating: "a", count: 81), as: .last) }
        #expect(throws: GuichetError.invalid(NameText.lastNameExpected)) { try PersonName.validate("   ", as: .last) }
        #expect(throws: GuichetError.invalid(NameText.firstNameExpected)) { try PersonName.validate("", as: .first) }
    }

    @Test(arguments: ["Dupont2", "Jean\tPaul", "Jean\nPaul", "Du@pont", "Dupont!", "Marie\u{1B}[2J", "Jean_Paul", "😀", "-", "'."])
    func refusesDigitsControlsAndSymbols(input: String) {
        #expect(throws: GuichetError.self) { try PersonName.validate(input, as: .last) }
    }

    @Test func messageSaysWhatIsExpectedAndShowsControlsByCode() {
        #expect(NameText.lastNameExpected.french == "Nom : de 1 à 80 lettres attendues (accents, tirets, apostrophes et espaces acceptés)")
        do {
            _ = try PersonName.validate("Dupont3", as: .last)
            Issue.record("digit accepted")
        } catch {
            #expect(error.message(.french) == "Caractère « 3 » refusé. Nom : de 1 à 80 lettres attendues (accents, tirets, apostrophes et espaces acceptés)")
        }
        do {
            _ = try PersonName.validate("Du\u{7}pont", as: .first)
            Issue.record("control accepted")
        } catch {
            #expect(error.message(.english).hasPrefix("Character U+0007 refused. First name:"))
        }
    }
}
