import Testing
@testable import GuichetTerminal

/// Widgets fed odd text at odd sizes must never crash nor leave half a wide char.
@Suite struct BufferInvariantTests {
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private let pieces = ["a", "é", "e\u{301}", "漢", "字", "😀", "\u{301}", "\t", "\n", " ", "€", "œ", "\u{200D}", "ＡＢ", "Bénéficiaires"]

    private func isConsistent(_ buffer: Buffer) -> Bool {
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width {
                let cell = buffer[x, y]
                if cell.width == 2 && (x + 1 >= buffer.size.width || buffer[x + 1, y].width != 0) { return false }
                if cell.width == 0 && (x == 0 || buffer[x - 1, y].width != 2) { return false }
            }
        }
        return true
    }

    @Test func randomTextAtRandomSizesKeepsTheGridConsistent() {
        var random = Generator(state: 42)
        for _ in 0..<300 {
            let text = (0..<random.next(8)).map { _ in pieces[random.next(pieces.count)] }.joined()
            let size = Size(width: random.next(9), height: random.next(5))
            var buffer = Buffer(size: size)
            buffer.write(pieces[random.next(pieces.count)] + text, at: Position(x: random.next(4), y: 0), role: .title)
            let area = Rect(x: random.next(3) - 1, y: random.next(3) - 1, width: random.next(10), height: random.next(6))
            switch random.next(7) {
            case 0: TextLine(text, alignment: .center).render(into: &buffer, area: area)
            case 1: ListView(items: [ListItem(text), ListItem("漢字")], state: ListState(selected: 1), header: text)
                .render(into: &buffer, area: area)
            case 2: TextFieldView(state: TextFieldState(text: text), focused: true).render(into: &buffer, area: area)
            case 3: FunctionKeyBar(items: [KeyBarItem(number: 1, label: text), KeyBarItem(number: 10, label: "Retour")])
                .render(into: &buffer, area: area)
            case 4: MessageLine(text: text, kind: .error).render(into: &buffer, area: area)
            case 5: ConfirmDialog(title: text, lines: [text, text], hint: text).render(into: &buffer, area: area)
            default: TooSmallNotice(text: text).render(into: &buffer, area: area)
            }
            #expect(isConsistent(buffer), "\(text.debugDescription) at \(size)")
        }
    }
}
