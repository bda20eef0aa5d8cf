import GuichetCore
import GuichetTerminal
import Testing

@Suite("First start")
struct SetupScreenTests {
    @Test func setsUpTheSiteAndSignsTheSupervisorIn() throws {
        let counter = try CounterHarness(setUp: false)
        counter.press(.resize)
        GoldenScreen.assertMatches(counter.screen, "setup")
        counter.type("par")
        counter.press(.enter)
        counter.type("Paris 19e")
        counter.press(.enter, .enter)
        counter.type("alice")
        counter.press(.enter)
        counter.type("Alice Martin")
        counter.press(.enter)
        counter.type("motdepasse-alice")
        counter.press(.enter)
        counter.type("motdepasse-alice")
        counter.press(.function(2))
        #expect(counter.text.contains("Bonjour Alice Martin"))
        #expect(counter.text.contains("PAR Paris 19e"))
        #expect(try counter.store.isSetUp())
        #expect(try counter.journalActions().contains("site.setup"))
    }

    @Test func aBadSiteCodeIsRefusedWhenTheFieldIsLeft() throws {
        let counter = try CounterHarness(setUp: false)
        counter.type("P4")
        counter.press(.enter)
        #expect(counter.messageLine == "! Code du site : 3 lettres attendues, par ex. PAR")
        counter.press(.function(2))
        #expect(try !counter.store.isSetUp())
    }
}
