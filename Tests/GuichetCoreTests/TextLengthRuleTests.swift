import Foundation
import Testing
@testable import GuichetCore

/// The core measures names as the schema does (code points), refuses accent floods and
/// invisible characters (issue 7, item 13).
@Suite struct TextLengthRuleTests {
    let today = CalendarDay(year: 2026, month: 11, day: 27)!
    /// `ạ́`: a with a dot below (U+1EA1) and an acute (U+0301), which NFC cannot join: 1 letter, 2 code points.
    let dotAcute = "\u{1EA1}\u{301}"

    @Test func theLengthIsCountedInCodePointsAsTheSchemaDoes() throws {
        let forty = String(repeating: dotAcute, count: 40)
        #expect(forty.count == 40 && forty.unicodeScalars.count == 80)
        #expect(try PersonName.validate(forty, as: .last) == forty)
        let fortyOne = String(repeating: dotAcute, count: 41)
        #expect(throws: GuichetError.invalid(NameText.tooLong.filled(82, NameText.lastNameExpected))) {
            try PersonName.validate(fortyOne, as: .last)
        }
        // Precomposed accents are one code point each, as before.
        #expect(try PersonName.validate(String(repeating: "é", count: 80), as: .first).unicodeScalars.count == 80)
        #expect(TextScalars.length("Dupont") == 6)
    }

    @Test func aFloodOfCombiningAccentsIsRefusedWithASayingMessage() {
        // 5 letters, 78 accents on the last one: 83 code points, what made SQLite's CHECK fail.
        let flood = "Dupon" + "t" + String(repeating: "\u{301}", count: 78)
        #expect(TextScalars.mostMarksOnOneLetter(flood) == 78)
        do {
            _ = try PersonName.validate(flood, as: .last)
            Issue.record("accent flood accepted")
        } catch {
            #expect(error == .invalid(NameText.tooManyMarks.filled(78, 4, NameText.lastNameExpected)))
            #expect(error.message(.french).hasPrefix("Une même lettre porte 78 accents ou signes ajoutés ; 4 au plus. Nom :"))
            #expect(error.message(.english).hasPrefix("One letter carries 78 accents or added marks; at most 4. Last name:"))
        }
        // Spread over the letters, they are still far too many for one name.
        let spread = String(repeating: "q" + String(repeating: "\u{301}", count: 4), count: 20)
        #expect(throws: GuichetError.invalid(NameText.tooLong.filled(100, NameText.firstNameExpected))) {
            try PersonName.validate(spread, as: .first)
        }
    }

    @Test(arguments: ["\u{3164}", "Dupont\u{3164}", "\u{115F}Dupont", "Du\u{1160}pont", "\u{FFA0}", "Dupont\u{200D}",
                      "Dupont\u{200C}", "\u{200D}Dupont", "Du\u{200D} pont", "Du-\u{200D}pont", "Dupont\u{FE0F}",
                      "Dupont\u{34F}", "Du\u{AD}pont", "-\u{301}Dupont"])
    func invisibleCharactersAreRefused(input: String) {
        #expect(throws: GuichetError.self) { try PersonName.validate(input, as: .last) }
    }

    @Test func theRefusedInvisibleCharacterIsNamedByItsCode() {
        for (input, code) in [("Dupont\u{3164}", "U+3164"), ("Dupont\u{200D}", "U+200D"), ("\u{FFA0}", "U+FFA0"),
                              ("Dupont\u{FE0F}", "U+FE0F")] {
            #expect(throws: GuichetError.invalid(NameText.characterRefused.filled(code, NameText.lastNameExpected))) {
                try PersonName.validate(input, as: .last)
            }
        }
    }

    @Test(arguments: ["लक्ष्मी", "फ़रहान", "فرخ\u{200C}زاد", "Ọláṣẹ̀gún", "שְׁלֹמֹה", "Nguyễn Thị Ánh", "ʻOhana", "Jean-Pierre"])
    func realNamesOfOtherScriptsStayAccepted(input: String) throws {
        let stored = try PersonName.validate(input, as: .first)
        #expect(stored == input.precomposedStringWithCanonicalMapping)
    }

    @Test func theFormAndTheImportUseTheSameRule() {
        var draft = BeneficiaryDraft()
        draft.lastName = "Dupon" + "t" + String(repeating: "\u{301}", count: 78)
        draft.firstName = "\u{3164}"
        // The check made when the counter's form leaves the field, and the one made at save.
        #expect(draft.error(in: .lastName, today: today) == NameText.tooManyMarks.filled(78, 4, NameText.lastNameExpected))
        #expect(draft.error(in: .firstName, today: today) == NameText.characterRefused.filled("U+3164", NameText.firstNameExpected))
        #expect(throws: BeneficiaryErrors.self) { try draft.validated(today: today) }
    }

    @Test func freeTextsFollowTheSameUnitAndRefuseInvisibles() throws {
        var draft = BeneficiaryDraft()
        draft.lastName = "Dupont"
        draft.firstName = "Marie"
        // 1,000 letters of 2 code points: 2,000 code points fit the notes, one more letter does not.
        draft.notes = String(repeating: dotAcute, count: 1000)
        #expect(try draft.validated(today: today).notes.unicodeScalars.count == 2000)
        draft.notes += "a"
        #expect(draft.error(in: .notes, today: today) == DraftText.notesTooLong.filled(2000, 2001))
        draft.notes = "Revenir lundi\u{200D}"
        #expect(draft.error(in: .notes, today: today) == DraftText.notesCharacters)
        draft.notes = "ok " + "e" + String(repeating: "\u{301}", count: 30)
        #expect(draft.error(in: .notes, today: today) == DraftText.notesCharacters)
        draft.notes = "Famille 👩‍👩‍👧 ❤️"
        #expect(draft.error(in: .notes, today: today) == nil)
        draft.referralSocialWorker = "\u{3164}"
        #expect(draft.error(in: .referralSocialWorker, today: today) != nil)
        #expect(throws: GuichetError.self) { try AccountRules.siteName("\u{3164}") }
    }
}
