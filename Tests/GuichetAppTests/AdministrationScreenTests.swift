import GuichetCore
import GuichetTerminal
import Testing

@Suite("Administration")
struct AdministrationScreenTests {
    @Test func listsTheUsers() throws {
        let counter = try CounterHarness()
        _ = try counter.addUser("bruno", role: .volunteer)
        counter.signIn()
        counter.type("6")
        GoldenScreen.assertMatches(counter.screen, "administration")
    }

    @Test func createsAUserThroughTheForm() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.type("6")
        counter.press(.function(2))
        GoldenScreen.assertMatches(counter.screen, "user-form")
        counter.type("Chloé")
        counter.press(.enter)
        #expect(counter.messageLine.hasPrefix("! Identifiant"), "a login with an accent is refused when the field is left")
        counter.press(.up, .ctrl("u"))
        counter.type("chloe")
        counter.press(.enter)
        counter.type("Chloé Durand")
        counter.press(.enter, .right)   // role: coach
        counter.press(.enter)
        counter.type("un-mot-de-passe")
        counter.press(.enter)
        counter.type("un-mot-de-passe")
        counter.press(.function(2))
        #expect(counter.messageLine.contains("Utilisateur « chloe » créé"))
        #expect(counter.text.contains("accompagnateur·rice"))
        #expect(try counter.journalActions().contains("user.create"))
        let actor = try counter.store.authenticate(login: "chloe", password: "un-mot-de-passe")
        #expect(actor.role == .coach)
    }

    @Test func differentPasswordsAreRefusedAndNothingIsStored() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.type("6")
        counter.press(.function(2))
        counter.type("denis")
        counter.press(.enter)
        counter.type("Denis")
        counter.press(.enter, .enter)
        counter.type("premier-mot")
        counter.press(.enter)
        counter.type("second-mot")
        counter.press(.function(2))
        #expect(counter.messageLine.contains("ne sont pas identiques"))
        #expect(throws: GuichetError.self) { try counter.store.authenticate(login: "denis", password: "premier-mot") }
    }

    @Test func escapeAsksBeforeThrowingChangesAway() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.type("6")
        counter.press(.function(2))
        counter.type("emile")
        counter.press(.escape)
        #expect(counter.text.contains("Abandonner les modifications"))
        counter.type("n")
        #expect(counter.text.contains("emile"))
        counter.press(.escape)
        counter.type("o")
        #expect(counter.text.contains("Utilisateurs du site"))
    }

    @Test func deactivatesAUserAfterConfirmation() throws {
        let counter = try CounterHarness()
        let password = try counter.addUser("bruno", role: .volunteer)
        counter.signIn()
        counter.type("6")
        counter.press(.down)
        #expect(counter.lines.contains { $0.contains("bruno") })
        // Rows are ordered by login: alice, bruno.
        counter.press(.function(6))
        #expect(counter.text.contains("Désactiver le compte « bruno »"))
        counter.type("o")
        #expect(counter.messageLine.contains("Compte « bruno » désactivé"))
        #expect(counter.text.contains("désactivé"))
        #expect(throws: GuichetError.self) { try counter.store.authenticate(login: "bruno", password: password) }
    }

    @Test func resetsAPassword() throws {
        let counter = try CounterHarness()
        _ = try counter.addUser("bruno", role: .volunteer)
        counter.signIn()
        counter.type("6")
        counter.press(.down, .function(5))
        counter.type("nouveau-secret")
        counter.press(.enter)
        counter.type("nouveau-secret")
        counter.press(.enter)
        #expect(counter.messageLine.contains("Mot de passe de « bruno » remplacé"))
        #expect(try counter.store.authenticate(login: "bruno", password: "nouveau-secret").login == "bruno")
    }

    @Test func changesTheLockDelay() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.type("6")
        counter.press(.function(7))
        counter.press(.enter, .ctrl("u"))
        counter.type("500")
        counter.press(.function(2))
        #expect(counter.messageLine.hasPrefix("! Verrouillage"))
        counter.press(.ctrl("u"))
        counter.type("10")
        counter.press(.function(2))
        #expect(counter.messageLine.contains("Réglages enregistrés"))
        #expect(counter.store.lockMinutes() == 10)
    }

    @Test func bothSettingsAreSavedAsOneActionWithOneJournalEvent() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.type("6")
        counter.press(.function(7))
        counter.press(.right)                  // theme: the next one
        counter.press(.enter, .ctrl("u"))
        counter.type("15")
        let before = try counter.journalActions().count
        counter.press(.function(2))
        #expect(counter.messageLine.contains("Réglages enregistrés"))
        #expect(try counter.store.setting(.theme) == "contraste")
        #expect(counter.store.lockMinutes() == 15)
        let events = try counter.store.journal(on: counter.today).filter { $0.action == "setting.change" }
        #expect(try counter.journalActions().count == before + 1)
        #expect(events.count == 1)
        #expect(events.first?.summary == "theme=contraste lock_minutes=15")
    }
}
