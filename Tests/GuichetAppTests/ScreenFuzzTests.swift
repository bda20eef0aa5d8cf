import GuichetCore
import GuichetTerminal
import Testing

/// Random keys on every screen: the counter never crashes, always draws a full
/// frame with the key bar, and never stores an invalid file.
@Suite("Screens under random keys")
struct ScreenFuzzTests {
    private static let keys: [Key] = [
        .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab, .enter, .backspace, .delete,
        .function(2), .function(3), .function(4), .function(5), .function(6), .function(7), .function(8),
        .ctrl("u"), .ctrl("f"), .ctrl("o"), .ctrl("p"), .ctrl("e"),
        .character("a"), .character("é"), .character("Œ"), .character("-"), .character("’"), .character("0"),
        .character("6"), .character("/"), .character(" "), .character("o"), .character("n"), .character("漢"),
        .character("\u{1F600}"), .character("e\u{301}"), .character("?"),
    ]

    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func randomKeysNeverBreakTheCounter(seed: Int) throws {
        let counter = try CounterHarness()
        try counter.addBeneficiary("Dupont", "Marie", birth: "12/03/1985", phone: "06 12 34 56 78")
        counter.signIn()
        var random = SplitMix64(seed: UInt64(seed))
        for step in 0..<1000 {
            // Mostly stay inside the areas; Esc now and then, and a way back in when at home.
            let roll = random.next() % 100
            let key: Key = roll < 4 ? .escape : (roll < 8 ? .character(random.pick(["1", "6"])) : random.pick(Self.keys))
            counter.press(key)
            if counter.app.isFinished { break }
            let lines = counter.lines
            #expect(lines.count == 24, "step \(step)")
            #expect(lines.last?.contains("10") == true, "step \(step): no key bar after \(key):\n\(counter.text)")
            if step % 300 == 0 { counter.backend.resize(to: Size(width: 80 + step % 7, height: 24 + step % 5)) }
        }
        for file in try counter.store.searchBeneficiaries("") {
            let record = try counter.store.beneficiary(id: file.id)
            #expect(throws: Never.self) { try BeneficiaryDraft(record.beneficiary).validated(today: counter.today) }
        }
    }
}
