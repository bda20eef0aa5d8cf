import GuichetCore
import GuichetTerminal
import Testing

@Suite("Login screen")
struct LoginScreenTests {
    @Test func showsTheLoginWithFocusOnTheLoginField() throws {
        let counter = try CounterHarness()
        counter.press(.resize)
        GoldenScreen.assertMatches(counter.screen, "login")
        #expect(counter.backend.lastCursor?.y == counter.lines.firstIndex { $0.contains("Identifiant") })
    }

    @Test func aWrongPasswordStaysOnTheLoginWithAnError() throws {
        let counter = try CounterHarness()
        counter.signIn("alice", "pas-le-bon")
        #expect(counter.messageLine.hasPrefix("! Identifiant ou mot de passe incorrect"))
        #expect(counter.text.contains("Connexion"))
        #expect(!counter.text.contains("Bonjour"))
        #expect(try counter.journalActions().contains("auth.login_failed"))
    }

    @Test func thePasswordIsShownAsBullets() throws {
        let counter = try CounterHarness()
        counter.type("alice")
        counter.press(.tab)
        counter.type("secret")
        #expect(counter.text.contains("••••••"))
        #expect(!counter.text.contains("secret"))
    }

    @Test func theRightPasswordOpensTheHomeScreen() throws {
        let counter = try CounterHarness()
        counter.signIn()
        GoldenScreen.assertMatches(counter.screen, "home-supervisor")
        #expect(try counter.journalActions().first == "auth.login")
    }

    @Test func afterFiveFailuresTheNextTryIsRefusedForAWhile() throws {
        let counter = try CounterHarness()
        counter.signIn("alice", "faux-mot-de-passe")
        // After a refusal the focus stays on the password.
        for _ in 0..<4 {
            counter.type("faux-mot-de-passe")
            counter.press(.enter)
        }
        counter.type("motdepasse-alice")
        counter.press(.enter)
        #expect(counter.messageLine.contains("Trop d’essais : réessayez dans 2 s"))
        counter.clock.advance(seconds: 3)
        counter.type("motdepasse-alice")
        counter.press(.enter)
        #expect(counter.text.contains("Bonjour Alice Martin"))
    }

    @Test func speaksEnglishWhenAsked() throws {
        let counter = try CounterHarness(language: .english)
        counter.press(.resize)
        GoldenScreen.assertMatches(counter.screen, "login-en")
    }
}
