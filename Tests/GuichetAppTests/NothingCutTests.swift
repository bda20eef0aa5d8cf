import Foundation
@testable import GuichetApp
import GuichetCore
import GuichetStore
import GuichetTerminal
import Testing

/// No text a person must read is cut with « … » (UX.md): every screen, in
/// both languages, at 80×24, under a long site name and a long user name; and
/// every phrase of the catalogs fits the message line's two rows.
@Suite("Nothing cut")
struct NothingCutTests {
    @Test(arguments: [Language.french, .english])
    func noScreenCutsAText(language: Language) throws {
        let counter = try CounterHarness()
        let site = SiteInfo(code: SiteCode("SDN")!, name: "Saint-Denis Basilique, Maison des solidarités",
                            timeZone: TimeZone(identifier: "Europe/Paris")!)
        for entry in try ScreenCatalog.entries(counter, language: language, site: site, displayName: "Marie-Christine Delacroix-Lefèvre") {
            var buffer = Buffer(size: Size(width: 80, height: 24))
            ScreenChrome.drawHeader(into: &buffer, title: entry.context.text(entry.screen.title), context: entry.context)
            _ = entry.screen.render(into: &buffer, area: ScreenChrome.contentArea(of: buffer.size), context: entry.context)
            ScreenChrome.drawKeyBar(into: &buffer, entries: entry.screen.entries(entry.context), context: entry.context)
            #expect(buffer.cuts == 0, "\(language) \(entry.name): \(buffer.cuts) text(s) cut\n\(buffer.lines().joined(separator: "\n"))")
            #expect(buffer.overflows == 0, "\(language) \(entry.name): drawn past the edges")
        }
    }

    /// Every catalog phrase, its placeholders filled with long values, as a message.
    @Test(arguments: [Language.french, .english])
    func everyPhraseFitsTheMessageLine(language: Language) throws {
        for phrase in try KeyNamesInTextsTests.phrases() {
            let parts = phrase.text.components(separatedBy: " | ")
            let template = language == .french ? parts[0] : parts[1]
            let filled = Phrase(fr: template, en: template)
                .text(language, "PAR-2026-00042", "Windows-1252", "« identifiant-long »", "12 345,67 €", "31/12/2026")
            let message = MessageLine(text: filled, kind: .error)
            #expect(message.height(width: 80) <= 2, "\(phrase.file): \(phrase.name) needs \(message.height(width: 80)) rows: \(filled)")
        }
    }

    @Test func theHeaderGivesWayToTheTitle() throws {
        let counter = try CounterHarness()
        let site = SiteInfo(code: SiteCode("SDN")!, name: "Saint-Denis Basilique, Maison des solidarités",
                            timeZone: TimeZone(identifier: "Europe/Paris")!)
        let entry = try ScreenCatalog.entries(counter, site: site, displayName: "Marie-Christine Delacroix-Lefèvre")
            .first { $0.name == "duplicates (supervisor)" }!
        var buffer = Buffer(size: Size(width: 80, height: 24))
        ScreenChrome.drawHeader(into: &buffer, title: "Doublons possibles", context: entry.context)
        #expect(buffer.lines()[0] == " SDN · Doublons possibles    Marie-Christine Delacroix-Lefèvre  27/11/2026 10:30")
        var wide = Buffer(size: Size(width: 132, height: 24))
        ScreenChrome.drawHeader(into: &wide, title: "Doublons possibles", context: entry.context)
        #expect(wide.lines()[0].hasPrefix(" SDN Saint-Denis Basilique, Maison des solidarités · Doublons possibles"))
    }
}
