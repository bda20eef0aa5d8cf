import Testing
@testable import GuichetCore

@Suite struct PhraseTests {
    @Test func textInEachLanguage() {
        let phrase = Phrase(fr: "Bonjour", en: "Hello")
        #expect(phrase.text(.french) == "Bonjour")
        #expect(phrase.text(.english) == "Hello")
    }

    @Test func placeholdersAreReplacedInOrder() {
        let phrase = Phrase(fr: "{1} essais, attendez {2} s ({1})", en: "{1} tries, wait {2} s")
        #expect(phrase.text(.french, 5, 30) == "5 essais, attendez 30 s (5)")
        #expect(phrase.text(.english, "five", 30) == "five tries, wait 30 s")
        #expect(CoreText.tooManyAttempts.text(.french, 8) == "Trop d’essais : réessayez dans 8 s")
    }

    @Test func tenAndMorePlaceholdersDoNotCollide() {
        let phrase = Phrase(fr: "{1}-{10}", en: "{1}-{10}")
        #expect(phrase.text(.french, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) == "1-10")
    }

    @Test func bracesThatAreNoPlaceholderStayAsTyped() {
        let phrase = Phrase(fr: "{x} {1} {3} {} { {2 }2} fin{", en: "{1}")
        #expect(phrase.text(.french, "é{2}", "b") == "{x} é{2} {3} {} { {2 }2} fin{")
        #expect(Phrase(fr: "{1}{2}", en: "").text(.french, "a", "b") == "ab")
        #expect(Phrase(fr: "Les {1} premiers résultats", en: "").text(.french, 30) == "Les 30 premiers résultats")
    }

    @Test func everyCoreTextHasBothLanguages() {
        let phrases = [CoreText.forbidden, CoreText.storageFailure, CoreText.siteCodeExpected, CoreText.siteNameExpected,
                       CoreText.loginExpected, CoreText.displayNameExpected, CoreText.passwordTooShort, CoreText.passwordsDiffer,
                       CoreText.loginTaken, CoreText.wrongCredentials, CoreText.tooManyAttempts, CoreText.userInactive,
                       CoreText.alreadySetUp, CoreText.notSetUp, CoreText.lastSupervisor, CoreText.cannotDeactivateSelf,
                       CoreText.lockMinutesExpected]
        for phrase in phrases {
            #expect(!phrase.french.isEmpty && !phrase.english.isEmpty && phrase.french != phrase.english)
            #expect(phrase.french.contains("{1}") == phrase.english.contains("{1}"))
        }
    }

    @Test func errorMessages() {
        #expect(GuichetError.forbidden(.manageUsers).message(.french) == "Action réservée au rôle responsable ou supérieur.")
        #expect(GuichetError.invalid(CoreText.siteCodeExpected).message(.english) == "Site code: 3 letters expected, e.g. PAR")
        #expect(GuichetError.storage("disk full").message(.french).contains("(disk full)"))
    }

    @Test func filledKeepsBothLanguagesAndTakesPhraseArgumentsInEach() {
        let role = Phrase(fr: "responsable", en: "supervisor")
        let filled = Phrase(fr: "réservé au rôle {1} ({2})", en: "reserved to the {1} role ({2})").filled(role, 3)
        #expect(filled.french == "réservé au rôle responsable (3)")
        #expect(filled.english == "reserved to the supervisor role (3)")
    }
}
