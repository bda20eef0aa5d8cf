import Foundation
@testable import GuichetApp
import GuichetCore
import GuichetStore
import GuichetTerminal
import Testing

/// The rules every screen's action table keeps (UX.md, « Keys »), walked over
/// every screen of `ScreenCatalog` for every role.
@Suite("Action tables")
struct ActionTableTests {
    /// Taken by the terminal or by other keys: Ctrl-C (interrupt), -H (Backspace),
    /// -I (Tab), -J and -M (Enter), -Q and -S (flow control where raw mode is off),
    /// -Z (suspend), -[ (Esc).
    static let reservedControlLetters: Set<Character> = ["c", "h", "i", "j", "m", "q", "s", "z", "["]

    /// The broken rules of one table, in words; empty when it keeps them all.
    static func problems(_ entries: [ActionEntry]) -> [String] {
        var problems: [String] = []
        var seen: [Key: String] = [:]
        for entry in entries where entry.availability != .hidden {
            let name = entry.label.french
            for key in entry.keys.all {
                if let other = seen[key] { problems.append("\(key) bound to « \(other) » and « \(name) »") }
                seen[key] = name
                if case .ctrl(let letter) = key, reservedControlLetters.contains(letter) {
                    problems.append("« \(name) » uses the reserved Ctrl-\(letter)")
                }
            }
            if entry.keys.function != nil && entry.keys.control == nil && !entry.keys.others.contains(.escape) {
                problems.append("« \(name) » has an F-key but no Ctrl-letter (nor Esc)")
            }
        }
        return problems
    }

    @Test func everyTableKeepsTheRules() throws {
        let counter = try CounterHarness()
        for entry in try ScreenCatalog.entries(counter) {
            let problems = Self.problems(entry.screen.entries(entry.context))
            #expect(problems.isEmpty, "\(entry.name): \(problems)")
        }
    }

    @Test func everyActionIsInTheHelpWithItsKeys() throws {
        let counter = try CounterHarness()
        for entry in try ScreenCatalog.entries(counter) where entry.screen.offersHelp {
            let entries = entry.screen.entries(entry.context)
            var buffer = Buffer(size: Size(width: 160, height: 60))
            _ = HelpScreen(screenTitle: entry.screen.title, entries: entries)
                .render(into: &buffer, area: Rect(x: 0, y: 0, width: 160, height: 60), context: entry.context)
            // Lines joined back: the help wraps long texts instead of cutting them.
            let help = buffer.lines().map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            for action in entries where action.availability != .hidden {
                #expect(help.contains(action.keys.names(.french)) && help.contains(action.label.french + " — " + action.help.french),
                        "\(entry.name): « \(action.label.french) » missing from F1:\n\(help)")
            }
        }
    }

    @Test func spaceAndTheArrowsAreInTheHelpWhereTheyAct() throws {
        let counter = try CounterHarness()
        let catalog = try ScreenCatalog.entries(counter)
        func keys(_ name: String) -> [Key] {
            let entry = catalog.first { $0.name == name }!
            return entry.screen.entries(entry.context).filter { $0.availability != .hidden }.flatMap(\.keys.all)
        }
        #expect(keys("visit (volunteer)").contains(.character(" ")), "Space ticks a reason")
        #expect(!keys("visit, on the remark (volunteer)").contains(.character(" ")), "Space types in the remark")
        for form in ["new user (supervisor)", "new file (volunteer)", "settings (supervisor)"] {
            #expect(keys(form).contains(.left) && keys(form).contains(.right), "\(form): ← → choose")
        }
        #expect(!keys("password reset (supervisor)").contains(.left), "no choice field, no ← → action")
    }

    @Test func theCheckerFindsWhatItLooksFor() {
        func entry(_ label: String, function: Int? = nil, control: Character? = nil, others: [Key] = []) -> ActionEntry {
            ScreenAction(label, function: function, control: control, keys: others, label: Phrase(fr: label, en: label),
                         help: Phrase(fr: "", en: "")).entry
        }
        #expect(Self.problems([entry("a", function: 2, control: "n"), entry("b", function: 3, control: "n")]).count == 1)
        #expect(Self.problems([entry("a", function: 5)]).count == 1)
        #expect(Self.problems([entry("a", function: 5, control: "s")]).count == 1)
        #expect(Self.problems([entry("a", function: 10, others: [.escape])]).isEmpty)
    }
}
