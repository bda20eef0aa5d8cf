@testable import GuichetApp
import GuichetCore
import GuichetStore
import GuichetTerminal
import Testing

/// Random keys on every screen, for every role, without signing out, with the
/// window resized through 60×20 … 132×50. After every key: no crash, a frame
/// of the window's size with nothing drawn past its edges, the key bar made of
/// the top screen's enabled actions, the cursor in the focused field, a table
/// that keeps the key rules, and a database that passes `integrity_check`.
@Suite("Screens under random keys")
struct ScreenFuzzTests {
    static let sizes = [Size(width: 60, height: 20), Size(width: 79, height: 24), Size(width: 80, height: 23),
                        Size(width: 80, height: 24), Size(width: 90, height: 26), Size(width: 100, height: 30),
                        Size(width: 132, height: 50)]

    static let keys: [Key] = {
        var keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab, .enter, .backspace,
                           .delete, .insert, .escape]
        keys += (1...12).map { Key.function($0) }
        keys += "abdefgklnoprtuvwxy".map { Key.ctrl($0) }
        keys += ["a", "é", "Œ", "-", "’", "0", "6", "/", "?", " ", "o", "n", "y", "漢", "\u{1F600}", "e\u{301}", "1", "3", "5"]
            .map { Key.character(Character($0)) }
        return keys
    }()

    /// Keys that would end the session or the program: the fuzz stays signed in.
    private static func wouldLeave(_ key: Key, _ app: CounterApp) -> Bool {
        switch app.topScreenTitle {
        case AppText.homeTitle.french: return key == .function(8) || key == .ctrl("l")
        case AppText.quitTitle.french: return [.character("o"), .character("O"), .character("y"), .character("Y")].contains(key)
        default: return false
        }
    }

    @Test(arguments: Role.allCases, [1, 2, 3])
    func randomKeysKeepEveryScreenSound(role: Role, seed: Int) throws {
        let counter = try CounterHarness()
        try counter.addBeneficiary("Dupont", "Marie", birth: "12/03/1985", phone: "06 12 34 56 78")
        try counter.addBeneficiary("Martin", "Paul", enrolledOn: CalendarDay(year: 2025, month: 1, day: 10))
        for name in ["Léa", "Hugo", "Inès", "Jules", "Karim", "Malik", "Noé", "Océane", "Quentin", "Rose", "Sami", "Théo",
                     "Ugo", "Véra", "William", "Xavier", "Yasmine", "Zoé", "Adèle", "Basile"] {
            try counter.addBeneficiary("Petit", name)
        }
        let password = try counter.addUser("fuzz", role: role)
        counter.signIn("fuzz", password)
        var random = SplitMix64(seed: UInt64(seed) &* 7919 &+ UInt64(Role.allCases.firstIndex(of: role)!))
        var visited: Set<String> = []
        for step in 0..<1200 {
            if step % 60 == 59 { counter.backend.resize(to: random.pick(Self.sizes)) }
            let roll = random.next() % 100
            var key: Key = roll < 5 ? .escape : (roll < 12 ? .character(Character(String(1 + random.next() % 6))) : random.pick(Self.keys))
            if Self.wouldLeave(key, counter.app) { key = .character("n") }
            // Now and then, towards a file: random letters seldom match one.
            if roll >= 94, counter.app.topScreenTitle == AppText.homeTitle.french { key = .character("1") }
            if roll >= 94, counter.app.topScreenTitle == AppText.beneficiariesTitle.french {
                counter.press(.function(3), .down)
                key = .enter
            }
            counter.press(key)
            try #require(!counter.app.isFinished, "step \(step): the counter ended after \(key)")
            visited.insert(counter.app.topScreenTitle)
            try check(counter, step: step, key: key)
        }
        #expect(visited.isSuperset(of: ["Accueil", "Bénéficiaires", "Fiche", "Aide"]), "visited only \(visited.sorted())")
        for file in try counter.store.searchBeneficiaries("", limit: 500) {
            let record = try counter.store.beneficiary(id: file.id)
            #expect(throws: Never.self) { try BeneficiaryDraft(record.beneficiary).validated(today: counter.today) }
        }
    }

    /// The same, held on Administration → RGPD (a random walk from home seldom gets there):
    /// whenever the keys lead home or to Administration, back to it. Files due, a person's
    /// page, an erasure and a backup may all be reached and confirmed; the chains still verify.
    @Test(arguments: [1, 2])
    func randomKeysKeepDataProtectionSound(seed: Int) throws {
        let fixture = try ProtectionAppFixture()
        let counter = fixture.counter
        fixture.openProtection()
        var random = SplitMix64(seed: UInt64(seed) &* 104_729)
        var visited: Set<String> = []
        for step in 0..<1200 {
            if step % 60 == 59 { counter.backend.resize(to: random.pick(Self.sizes)) }
            if counter.app.topScreenTitle == AppText.homeTitle.french { counter.type("6") }
            if counter.app.topScreenTitle == AppText.adminTitle.french { counter.press(.function(9)) }
            let roll = random.next() % 100
            var key: Key = roll < 4 ? .escape : (roll < 12 ? .character(Character(String(1 + random.next() % 4))) : random.pick(Self.keys))
            if Self.wouldLeave(key, counter.app) { key = .character("n") }
            // Now and then, a person's page: random letters seldom match a file.
            if roll >= 90, counter.app.topScreenTitle == AppText.accessPickTitle.french { key = .enter }
            counter.press(key)
            try #require(!counter.app.isFinished, "step \(step): the counter ended after \(key)")
            visited.insert(counter.app.topScreenTitle)
            try check(counter, step: step, key: key)
        }
        #expect(visited.isSuperset(of: ["Données personnelles", "Fiches à anonymiser", "Anonymiser", "Accès et effacement : la fiche",
                                        "Accès et effacement", "Sauvegarder"]), "visited only \(visited.sorted())")
        let verification = try counter.store.verifyLedger()
        #expect(verification.isIntact, "whatever was anonymised, erased or backed up: \(verification.problems)")
    }

    private func check(_ counter: CounterHarness, step: Int, key: Key) throws {
        let app = counter.app!
        let frame = try #require(counter.screen)
        let where_ = "step \(step) after \(key) on « \(app.topScreenTitle) » at \(counter.backend.size.width)×\(counter.backend.size.height)"
        #expect(frame.size == counter.backend.size, "\(where_)")
        #expect(frame.overflows == 0, "\(where_): drawn past the window's edges\n\(counter.text)")
        #expect(try counter.store.integrityProblems().isEmpty, "\(where_)")
        if app.isTooSmall {
            #expect(counter.text.contains("Fenêtre trop petite"), "\(where_)")
            return
        }
        // The key bar is the top screen's actions with an F-key, in key order, greyed when not enabled.
        let items = app.topScreenEntries
            .filter { $0.keys.function != nil && $0.availability != .hidden }
            .sorted { $0.keys.function! < $1.keys.function! }
            .map { KeyBarItem(number: $0.keys.function!, label: $0.label.french, isEnabled: $0.availability == .enabled) }
        var bar = Buffer(size: Size(width: frame.size.width, height: 1))
        FunctionKeyBar(items: items)
            .render(into: &bar, area: Rect(x: 0, y: 0, width: frame.size.width, height: 1), glyphs: .unicode)
        #expect(counter.lines.last == bar.lines().first, "\(where_): key bar")
        #expect(frame.styleRuns(y: frame.size.height - 1) == bar.styleRuns(y: 0), "\(where_): key bar styles")
        let problems = ActionTableTests.problems(app.topScreenEntries)
        #expect(problems.isEmpty, "\(where_): \(problems)")
        if let cursor = counter.backend.lastCursor {
            let inside = cursor.x >= 0 && cursor.y >= 0 && cursor.x < frame.size.width && cursor.y < frame.size.height
            #expect(inside && frame[cursor.x, cursor.y].role == .fieldFocused, "\(where_): cursor \(cursor) not in a focused field")
        }
    }
}
