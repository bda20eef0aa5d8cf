@testable import GuichetApp
import GuichetCore
import GuichetTerminal
import Testing

@Suite("Home screen")
struct HomeScreenTests {
    @Test func f1ShowsTheHelpGeneratedFromTheActions() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.press(.function(1))
        GoldenScreen.assertMatches(counter.screen, "home-help")
        counter.press(.escape)
        #expect(counter.text.contains("Bonjour Alice Martin"))
    }

    @Test func questionMarkAndCtrlGAlsoOpenTheHelp() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.type("?")
        #expect(counter.text.contains("Touches de l’écran « Accueil »"))
        counter.press(.escape, .ctrl("g"))
        #expect(counter.text.contains("Touches de l’écran « Accueil »"))
    }

    @Test func f10AsksThenQuitsOnO() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.press(.function(10))
        GoldenScreen.assertMatches(counter.screen, "home-quit-confirm")
        counter.type("o")
        #expect(counter.app.isFinished)
        #expect(try counter.journalActions().first == "auth.logout")
    }

    @Test func noKeepsTheCounterOpen() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.press(.function(10))
        counter.type("n")
        #expect(!counter.app.isFinished)
        #expect(!counter.text.contains("Quitter Guichet ?"))
    }

    /// Every area is built today; an area declared without its first screen says « bientôt »
    /// to everyone, before any question of role.
    @Test func anAreaNotBuiltSaysSo() throws {
        let counter = try CounterHarness()
        let alice = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        let notBuilt = AreaModule(label: AppText.areaHotspots, permission: .lendHotspots)
        #expect(notBuilt.refusal(for: alice) == AppText.areaComingSoon)
        #expect(notBuilt.refusal(for: nil) == AppText.areaComingSoon)
        var built = notBuilt
        built.firstScreen = { _ in HotspotsScreen() }
        #expect(built.refusal(for: alice) == nil)
        for area in AreaID.allCases { #expect(area.refusal(for: alice) == nil, "\(area)") }
    }

    @Test func aVolunteerCannotOpenAdministration() throws {
        let counter = try CounterHarness()
        let password = try counter.addUser("bruno", role: .volunteer)
        counter.signIn("bruno", password)
        counter.type("6")
        #expect(counter.messageLine.contains("Réservé au rôle responsable"))
        #expect(!counter.text.contains("Utilisateurs du site"))
    }

    @Test func aWindowTooSmallAsksForMoreRoomAndComesBackIntact() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.press(.down, .down)
        let before = counter.text
        counter.backend.resize(to: Size(width: 60, height: 20))
        counter.app.processPendingKeys()
        #expect(counter.text.contains("Fenêtre trop petite"))
        #expect(!counter.text.contains("Bonjour"))
        // A key typed meanwhile is not lost silently: it is said to be ignored.
        counter.press(.character("1"))
        #expect(counter.text.contains("! Touche ignorée : la fenêtre est trop petite"))
        #expect(counter.app.topScreenTitle == "Accueil")
        counter.backend.resize(to: Size(width: 80, height: 24))
        counter.app.processPendingKeys()
        #expect(counter.text == before)
    }

    @Test func largerTerminalsGetMoreRows() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.backend.resize(to: Size(width: 100, height: 30))
        counter.app.processPendingKeys()
        #expect(counter.lines.count == 30)
        #expect(counter.lines[29].contains("10Quitter"))
    }
}
