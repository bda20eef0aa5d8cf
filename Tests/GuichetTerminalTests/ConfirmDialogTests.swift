import Testing
@testable import GuichetTerminal

@Suite struct ConfirmDialogTests {
    private let dialog = ConfirmDialog(
        title: "Quitter", lines: ["Voulez-vous vraiment fermer le guichet ?"], hint: "Entrée : oui   Échap : non")

    @Test func centredBoxAtEightyByTwentyFour() {
        var buffer = Buffer(size: Size(width: 80, height: 24))
        dialog.render(into: &buffer, area: buffer.bounds)
        let pad = String(repeating: " ", count: 18)
        let expected = Array(repeating: "", count: 9) + [
            pad + "┌─ Quitter " + String(repeating: "─", count: 32) + "┐",
            pad + "│" + String(repeating: " ", count: 42) + "│",
            pad + "│ Voulez-vous vraiment fermer le guichet ? │",
            pad + "│" + String(repeating: " ", count: 42) + "│",
            pad + "│        Entrée : oui   Échap : non        │",
            pad + "└" + String(repeating: "─", count: 42) + "┘",
        ] + Array(repeating: "", count: 9)
        #expect(buffer.lines() == expected)
        #expect(buffer[18, 9].role == .dialog)
        #expect(buffer[40, 12].role == .dialog)
        #expect(buffer[17, 12].role == .normal)
        #expect(dialog.frame(in: buffer.bounds) == Rect(x: 18, y: 9, width: 44, height: 6))
    }

    @Test func longLinesWrapInANarrowArea() {
        var buffer = Buffer(size: Size(width: 24, height: 10))
        ConfirmDialog(title: "Supprimer", lines: ["Supprimer la clé 3G numéro 12 ?"], hint: "Entrée oui")
            .render(into: &buffer, area: buffer.bounds)
        let blank = "│" + String(repeating: " ", count: 22) + "│"
        #expect(buffer.lines() == [
            "",
            "┌─ Supprimer " + String(repeating: "─", count: 10) + "┐",
            blank,
            "│ Supprimer la clé 3G  │",
            "│ numéro 12 ?          │",
            blank,
            "│      Entrée oui      │",
            "└" + String(repeating: "─", count: 22) + "┘",
            "",
            "",
        ])
    }

    @Test func asciiGlyphsWhenTheLocaleIsNotUTF8() {
        var buffer = Buffer(size: Size(width: 20, height: 6))
        ConfirmDialog(title: "Ok", lines: ["Oui ?"], hint: "Entrée").render(into: &buffer, area: buffer.bounds, glyphs: .ascii)
        #expect(buffer.lines() == [
            "     +- Ok ---+",
            "     |        |",
            "     | Oui ?  |",
            "     |        |",
            "     | Entrée |",
            "     +--------+",
        ])
    }
}

@Suite struct ConfirmDialogTinyAreaTests {
    @Test func tinyAreasNeverCrashAndKeepTheHint() {
        var buffer = Buffer(size: Size(width: 12, height: 3))
        ConfirmDialog(title: "Quitter", lines: ["Fermer le guichet ?"], hint: "Entrée").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["┌─ Quitter ┐", "│  Entrée  │", "└──────────┘"])
        var none = Buffer(size: Size(width: 0, height: 0))
        ConfirmDialog(title: "Q", lines: ["x"], hint: "h").render(into: &none, area: none.bounds)
        #expect(none.lines() == [])
    }
}
