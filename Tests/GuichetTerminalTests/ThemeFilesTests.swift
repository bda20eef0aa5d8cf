import Foundation
import Testing
@testable import GuichetTerminal

@Suite struct ThemeFilesTests {
    /// Themes/ at the repository root, found from this source file.
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes").path

    @Test(arguments: ["classique", "contraste", "monochrome"])
    func shippedThemeParses(name: String) throws {
        let (theme, problem) = ThemeLoader.load(name: name, directories: [Self.themesDirectory])
        #expect(problem == nil)
        #expect(theme.name == name)
    }

    @Test func shippedThemesAreTheAvailableOnes() {
        #expect(ThemeLoader.availableNames(directories: [Self.themesDirectory]) == ["classique", "contraste", "monochrome"])
    }

    @Test func classiqueKeepsTheTerminalBackground() throws {
        let theme = try ThemeLoader.loadExactly(name: "classique", directories: [Self.themesDirectory]).get()
        #expect(theme.usesColor)
        #expect(theme.style(for: .normal).background == .terminalDefault)
        #expect(theme.style(for: .title).background == .terminalDefault)
    }

    @Test func monochromeFileMatchesTheBuiltinAndUsesNoColour() throws {
        let theme = try ThemeLoader.loadExactly(name: "monochrome", directories: [Self.themesDirectory]).get()
        #expect(!theme.usesColor)
        #expect(theme == Theme.builtinMonochrome)
    }

    @Test func monochromeDistinguishesEveryStateWithoutColour() {
        let mono = Theme.builtinMonochrome
        #expect(mono.style(for: .selection) != mono.style(for: .normal))
        #expect(mono.style(for: .error) != mono.style(for: .normal))
        #expect(mono.style(for: .field) != mono.style(for: .fieldFocused))
        #expect(mono.style(for: .keyLabel) != mono.style(for: .keyDisabled))
        #expect(mono.style(for: .disabled) != mono.style(for: .normal))
    }
}
