import Testing
@testable import GuichetTerminal

@Suite struct ThemeChoiceTests {
    @Test func noColorForcesMonochrome() {
        #expect(ThemeChoice.resolve(requested: "contraste", saved: nil, environment: ["NO_COLOR": "1"], terminalHasColors: true) == "monochrome")
    }

    @Test func emptyNoColorIsIgnored() {
        #expect(ThemeChoice.resolve(requested: "contraste", saved: nil, environment: ["NO_COLOR": ""], terminalHasColors: true) == "contraste")
    }

    @Test func terminalWithoutColoursForcesMonochrome() {
        #expect(ThemeChoice.resolve(requested: "contraste", saved: "classique", environment: [:], terminalHasColors: false) == "monochrome")
    }

    @Test func requestedThenSavedThenClassique() {
        #expect(ThemeChoice.resolve(requested: "contraste", saved: "monochrome", environment: [:], terminalHasColors: true) == "contraste")
        #expect(ThemeChoice.resolve(requested: nil, saved: "monochrome", environment: [:], terminalHasColors: true) == "monochrome")
        #expect(ThemeChoice.resolve(requested: "", saved: nil, environment: [:], terminalHasColors: true) == "classique")
        #expect(ThemeChoice.resolve(requested: nil, saved: nil, environment: [:], terminalHasColors: true) == "classique")
    }
}
