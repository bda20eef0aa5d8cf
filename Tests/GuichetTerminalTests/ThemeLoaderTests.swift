import Foundation
import Testing
@testable import GuichetTerminal

@Suite struct ThemeLoaderTests {
    /// A fresh temporary directory holding the given theme files.
    private func directory(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("guichet-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url.path
    }

    @Test func malformedThemeFallsBackToClassiqueWithTheProblem() throws {
        let dir = try directory([
            "classique.theme": "title = yellow, bold\n",
            "cassé.theme": "# broken\ntitle = yellow\nselection reverse\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (theme, problem) = ThemeLoader.load(name: "cassé", directories: [dir])
        #expect(theme.name == "classique")
        #expect(problem?.line == 3)
        #expect(problem?.reason == .malformedLine)
        #expect(problem?.file.hasSuffix("cassé.theme") == true)
    }

    @Test func fallsBackToTheBuiltInClassiqueWhenAClassiqueFileIsBroken() throws {
        let dir = try directory(["classique.theme": "title = purple\n", "cassé.theme": "title = purple\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let builtin = try ThemeLoader.loadExactly(name: "classique", directories: []).get()
        let (theme, problem) = ThemeLoader.load(name: "classique", directories: [dir])
        #expect(theme == builtin)
        #expect(problem?.reason == .unknownColor("purple"))
        #expect(problem?.line == 1)
        #expect(ThemeLoader.load(name: "cassé", directories: [dir]).theme == builtin)
        // A broken monochrome never falls back to colours.
        let mono = try directory(["monochrome.theme": "title = purple\n"])
        defer { try? FileManager.default.removeItem(atPath: mono) }
        #expect(ThemeLoader.load(name: "monochrome", directories: [mono]).theme == Theme.builtinMonochrome)
    }

    @Test func missingThemeIsReported() throws {
        let dir = try directory(["classique.theme": "normal = plain\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (theme, problem) = ThemeLoader.load(name: "absent", directories: [dir])
        #expect(theme.name == "classique")
        #expect(problem == ThemeProblem(file: "absent.theme", line: 0, reason: .missingFile))
        #expect(ThemeLoader.load(name: "../classique", directories: [dir]).problem?.reason == .missingFile)
    }

    @Test func unreadableThemeIsReported() throws {
        let dir = try directory([:])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data([0x74, 0x3D, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: dir).appendingPathComponent("bin.theme"))
        #expect(ThemeLoader.load(name: "bin", directories: [dir]).problem?.reason == .unreadable)
    }

    @Test func firstDirectoryHavingTheFileWins() throws {
        let first = try directory(["other.theme": "normal = plain\n"])
        let second = try directory(["x.theme": "title = bold\n"])
        let third = try directory(["x.theme": "title = red\n"])
        defer { for d in [first, second, third] { try? FileManager.default.removeItem(atPath: d) } }
        let (theme, problem) = ThemeLoader.load(name: "x", directories: [first, second, third])
        #expect(problem == nil)
        #expect(theme.style(for: .title).bold)
        #expect(ThemeLoader.availableNames(directories: [first, second, third])
            == ["classique", "contraste", "monochrome", "other", "x"])
    }

    @Test func searchOrderIsEnvironmentThenNearbyThemesThenSystem() throws {
        let root = try directory([:])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let bin = root + "/build/debug"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/Themes", withIntermediateDirectories: true)
        let link = root + "/guichet-link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: bin + "/guichet")
        let rootPath = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        let dirs = ThemeLoader.searchDirectories(environment: ["GUICHET_THEMES": "/opt/themes"], executablePath: link)
        #expect(dirs == ["/opt/themes", rootPath + "/Themes", "/usr/share/guichet/themes"])
        #expect(ThemeLoader.searchDirectories(environment: [:], executablePath: "/nonexistent/bin/guichet")
            == ["/usr/share/guichet/themes"])
    }
}
