import GuichetApp
import GuichetTerminal
import Testing

@Suite("Theme problems in French")
struct ThemeProblemTextTests {
    @Test func eachReasonIsSaidInFrenchAndEnglish() {
        #expect(ThemeProblemText.describe(.unknownColor("bleuu"), .french) == "couleur « bleuu » inconnue")
        #expect(ThemeProblemText.describe(.unknownColor("bleuu"), .english) == "unknown colour “bleuu”")
        #expect(ThemeProblemText.describe(.unknownRole("titre"), .french) == "rôle inconnu « titre »")
        #expect(AppText.cliThemeProblem.text(.french, "classique", "classique.theme", 21, "couleur « bleuu » inconnue")
            == "classique.theme, ligne 21 : couleur « bleuu » inconnue ; thème par défaut")
    }
}
