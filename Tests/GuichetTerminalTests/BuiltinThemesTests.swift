import Foundation
import Testing
@testable import GuichetTerminal

/// Issue 7, item 20: the three standard themes are built into the binary
/// (`BuiltinThemes.swift`), generated from `Themes/*.theme`, which stay the
/// readable source. This test keeps the two equal: it fails when a theme file
/// changes without the Swift copy (`GUICHET_UPDATE_GOLDEN=1 swift test` rewrites
/// the copy; review the diff).
@Suite struct BuiltinThemesTests {
    static let generatedFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/GuichetTerminal/Theme/BuiltinThemes.swift").path

    /// The theme files of `Themes/`, by name.
    static func files() throws -> [(name: String, text: String)] {
        let folder = ThemeFilesTests.themesDirectory
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".theme") }.sorted().map {
            (String($0.dropLast(".theme".count)), try String(contentsOfFile: folder + "/" + $0, encoding: .utf8))
        }
    }

    /// The Swift source holding `files` as raw string literals.
    static func source(_ files: [(name: String, text: String)]) -> String {
        var lines = [
            "// Generated from Themes/*.theme by BuiltinThemesTests: do not edit by hand;",
            "// GUICHET_UPDATE_GOLDEN=1 swift test writes it again from the files.",
            "",
            "/// The standard themes, built into the executable so that a copy of it alone",
            "/// has them; a `Themes/` file of the same name overrides one (`ThemeLoader`).",
            "enum BuiltinThemes {",
            "    static let texts: [String: String] = [",
        ]
        for file in files {
            lines.append("        \"\(file.name)\": #\"\"\"")
            // A multi-line literal ends before the line of its closing quotes: an
            // empty last line keeps the file's final line feed.
            for line in file.text.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(line.isEmpty ? "" : "            " + line)
            }
            lines.append("            \"\"\"#,")
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }

    @Test func theBuiltInCopiesAreTheThemeFiles() throws {
        let files = try Self.files()
        #expect(files.map(\.name) == ["classique", "contraste", "monochrome"])
        let expected = Self.source(files)
        if ProcessInfo.processInfo.environment["GUICHET_UPDATE_GOLDEN"] == "1" {
            try expected.write(toFile: Self.generatedFile, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOfFile: Self.generatedFile, encoding: .utf8) == expected,
                "Themes/ changed: run GUICHET_UPDATE_GOLDEN=1 swift test to copy it into BuiltinThemes.swift")
        for file in files {
            #expect(BuiltinThemes.texts[file.name] == file.text, "\(file.name)")
        }
        #expect(BuiltinThemes.texts.count == files.count)
    }

    @Test(arguments: ["classique", "contraste", "monochrome"])
    func withoutAnyFolderTheStandardThemesLoad(name: String) throws {
        let nowhere = [NSTemporaryDirectory() + "guichet-no-themes-" + UUID().uuidString]
        for directories in [[], nowhere] {
            let (theme, problem) = ThemeLoader.load(name: name, directories: directories)
            #expect(problem == nil)
            #expect(theme.name == name)
            #expect(theme == (try ThemeLoader.loadExactly(name: name, directories: [ThemeFilesTests.themesDirectory]).get()))
            #expect(ThemeLoader.availableNames(directories: directories) == ["classique", "contraste", "monochrome"])
        }
    }

    /// A fresh folder holding one theme file.
    func folder(holding file: String, _ text: String) throws -> String {
        let folder = NSTemporaryDirectory() + "guichet-themes-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aFileOfTheSameNameOverridesTheBuiltInTheme() throws {
        let folder = try folder(holding: "classique.theme", "title = red, bold\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (theme, problem) = ThemeLoader.load(name: "classique", directories: [folder])
        #expect(problem == nil)
        #expect(theme.style(for: .title).foreground == .ansi(1))
    }

    /// A broken file of a standard theme's name: the built-in one, and the problem said.
    @Test func aBrokenOverrideGivesTheBuiltInThemeOfThatName() throws {
        let folder = try folder(holding: "contraste.theme", "title = purple\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (theme, problem) = ThemeLoader.load(name: "contraste", directories: [folder])
        #expect(problem?.reason == .unknownColor("purple"))
        #expect(theme == (try ThemeLoader.loadExactly(name: "contraste", directories: []).get()))
    }
}
