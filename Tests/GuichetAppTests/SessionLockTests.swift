import GuichetCore
import GuichetTerminal
import Testing

@Suite("Inactivity lock")
struct SessionLockTests {
    @Test func locksAfterTheSetMinutesAndTheSameUserComesBackToTheSameScreen() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.type("6")
        #expect(counter.text.contains("Utilisateurs du site"))
        counter.clock.advance(seconds: 4 * 60)
        counter.app.lockIfIdle()
        #expect(counter.app.isFinished == false)
        #expect(counter.text.contains("Utilisateurs du site"), "not locked before 5 minutes")
        counter.clock.advance(seconds: 61)
        counter.app.lockIfIdle()
        counter.app.processPendingKeys()
        #expect(counter.text.contains("Session verrouillée"))
        #expect(!counter.text.contains("Utilisateurs du site"))
        #expect(try counter.journalActions().contains("auth.lock"))
        counter.type("motdepasse-alice")
        counter.press(.enter)
        #expect(counter.text.contains("Utilisateurs du site"))
    }

    @Test func anotherUserAfterALockStartsFromHome() throws {
        let counter = try CounterHarness()
        let password = try counter.addUser("bruno", role: .volunteer)
        counter.signIn()
        counter.type("6")
        counter.clock.advance(seconds: 6 * 60)
        counter.app.lockIfIdle()
        counter.app.processPendingKeys()
        counter.press(.backTab)
        counter.press(.ctrl("u"))
        counter.signIn("bruno", password)
        #expect(counter.text.contains("Bonjour Bruno Test"))
        #expect(!counter.text.contains("Utilisateurs du site"))
    }
}

@Suite("Counter kiosk")
struct KioskTests {
    @Test func onAKioskOnlyASupervisorQuits() throws {
        let counter = try CounterHarness()
        let admin = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        try counter.store.changeSetting(as: admin, .quitReservedToSupervisors, to: "on")
        let password = try counter.addUser("bruno", role: .volunteer)
        counter.signIn()
        counter.press(.function(8))
        counter.type("o")                    // signed out: the login screen reads the setting
        counter.press(.escape)
        #expect(counter.messageLine.hasPrefix("! Poste de guichet : pour quitter, une personne responsable se connecte"))
        counter.press(.function(10))
        #expect(!counter.app.isFinished && !counter.text.contains("Quitter Guichet ?"))
        counter.signIn("bruno", password)
        counter.press(.function(10))
        #expect(counter.messageLine == "! Poste de guichet : seule une personne responsable peut quitter Guichet")
        counter.press(.function(8))
        counter.type("o")
        counter.signIn()
        counter.press(.function(10))
        #expect(counter.text.contains("Quitter Guichet ?"))
        counter.type("o")
        #expect(counter.app.isFinished)
    }
}
