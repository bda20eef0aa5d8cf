import Testing
@testable import GuichetTerminal

@Suite struct ThemeParserTests {
    private func problem(_ text: String) -> ThemeProblem? {
        if case .failure(let problem) = ThemeParser.parse(text, name: "t", file: "t.theme") { return problem }
        return nil
    }

    @Test func validFileGivesEachRoleItsStyle() throws {
        let text = """
            # a comment
            normal = white on default

            title = yellow on default, bold   # trailing comment
            selection = reverse
            error = bright-red, bold, underline
            field-focused = 17 on 231
            muted = on blue, dim
            """
        let theme = try ThemeParser.parse(text, name: "essai", file: "essai.theme").get()
        #expect(theme.name == "essai")
        #expect(theme.style(for: .title) == Style(foreground: .ansi(3), background: .terminalDefault, bold: true))
        #expect(theme.style(for: .selection) == Style(foreground: .ansi(7), background: .terminalDefault, reverse: true))
        #expect(theme.style(for: .error) == Style(foreground: .ansi(9), background: .terminalDefault, bold: true, underline: true))
        #expect(theme.style(for: .fieldFocused) == Style(foreground: .ansi(17), background: .ansi(231)))
        #expect(theme.style(for: .muted) == Style(foreground: .ansi(7), background: .ansi(4), dim: true))
        // Not mentioned: same as normal.
        #expect(theme.style(for: .chart) == theme.style(for: .normal))
        #expect(theme.usesColor)
    }

    @Test func attributesOnlyThemeUsesNoColour() throws {
        let theme = try ThemeParser.parse("selection = reverse\nnormal = plain", name: "m", file: "m.theme").get()
        #expect(!theme.usesColor)
        #expect(theme.style(for: .selection) == Style(reverse: true))
    }

    @Test func windowsLineEndingsTabsAndByteOrderMarkAreAccepted() throws {
        let theme = try ThemeParser.parse("\u{FEFF}# essai\r\ntitle\t=\tred,\tbold\r\n", name: "w", file: "w.theme").get()
        #expect(theme.style(for: .title) == Style(foreground: .ansi(1), bold: true))
        #expect(problem("title = bold\r\nx = red\r\n") == ThemeProblem(file: "t.theme", line: 2, reason: .unknownRole("x")))
    }

    @Test func unknownRoleIsReportedWithItsLine() {
        #expect(problem("title = bold\n\n# x\nbutton = red") == ThemeProblem(file: "t.theme", line: 4, reason: .unknownRole("button")))
    }

    @Test func unknownColourIsReportedWithItsLine() {
        #expect(problem("title = yelow, bold") == ThemeProblem(file: "t.theme", line: 1, reason: .unknownColor("yelow")))
        #expect(problem("normal = plain\ntitle = red on blu") == ThemeProblem(file: "t.theme", line: 2, reason: .unknownColor("blu")))
        #expect(problem("title = 256") == ThemeProblem(file: "t.theme", line: 1, reason: .unknownColor("256")))
    }

    @Test func unknownAttributeIsReportedWithItsLine() {
        #expect(problem("\n\ntitle = red, blink")
            == ThemeProblem(file: "t.theme", line: 3, reason: .unknownAttribute("blink")))
    }

    @Test func malformedLinesAreReportedWithTheirLine() {
        #expect(problem("title bold") == ThemeProblem(file: "t.theme", line: 1, reason: .malformedLine))
        #expect(problem("normal = plain\ntitle =") == ThemeProblem(file: "t.theme", line: 2, reason: .malformedLine))
        #expect(problem("title = red on") == ThemeProblem(file: "t.theme", line: 1, reason: .malformedLine))
        #expect(problem("title = bold, red on blue") == ThemeProblem(file: "t.theme", line: 1, reason: .malformedLine))
        #expect(problem("title = red,, bold") == ThemeProblem(file: "t.theme", line: 1, reason: .malformedLine))
    }
}

/// The native line splitting and trimming agree with the standard library and Foundation.
@Suite struct ThemeParserTextTests {
    @Test func linesSplitLikeIsNewline() {
        let text = "a\nb\r\nc\rd\u{0B}e\u{0C}f\u{85}g\u{2028}h\u{2029}i\n\n\r\n"
        #expect(ThemeParser.lines(of: text) == text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline))
        #expect(ThemeParser.lines(of: "\u{FEFF}x\ny") == ["x", "y"])
        #expect(ThemeParser.lines(of: "") == [""])
    }

    @Test func trimmingMatchesFoundationWhitespaces() {
        let blanks: [Unicode.Scalar] = ["\t", " ", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}", "\u{200B}", "\u{202F}", "\u{205F}", "\u{3000}"]
        for blank in blanks {
            let text = "\(blank) a\(blank)b \(blank)"
            #expect(ThemeParser.trimmed(Substring(text)) == text.trimmingCharacters(in: .whitespaces))
        }
        for text in ["\n a \n", "\u{200C}x", " \u{301}x", ""] {
            #expect(ThemeParser.trimmed(Substring(text)) == text.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func problemLineNumbersCountEveryKindOfLineBreak() {
        let text = "\u{FEFF}# c\r\ntitle = bold\rnormal = plain\u{2028}oops\n"
        guard case .failure(let problem) = ThemeParser.parse(text, name: "t", file: "t.theme") else {
            Issue.record("expected a problem")
            return
        }
        #expect(problem.line == 4)
    }
}

/// ASCII lines are split byte by byte; lines with other characters keep
/// splitting by character, where a mark can join the separator.
@Suite struct ThemeParserAsciiTests {
    @Test func accentedAndAsciiLinesGiveTheSameStyles() throws {
        let ascii = try ThemeParser.parse("title = yellow on default , bold  underline # x\nerror=red,reverse", name: "t", file: "t").get()
        let accented = try ThemeParser.parse("title = yellow on default , bold  underline # \u{E9}\nerror=red,reverse # \u{E9}", name: "t", file: "t").get()
        #expect(ascii == accented)
        #expect(ascii.style(for: .title).bold && ascii.style(for: .title).underline)
    }

    @Test func aCombiningMarkJoinsTheCharacterBeforeIt() {
        // "#" + U+20E3 is one character, not a comment sign.
        guard case .failure(let problem) = ThemeParser.parse("title = bold #\u{20E3}", name: "t", file: "t") else {
            Issue.record("expected a problem")
            return
        }
        #expect(problem.reason == .unknownAttribute("#\u{20E3}"))
        guard case .failure(let blank) = ThemeParser.parse("ti tle = bold", name: "t", file: "t") else {
            Issue.record("expected a problem")
            return
        }
        #expect(blank.reason == .malformedLine)
    }
}
