import Testing
@testable import GuichetTerminal

@Suite struct FunctionKeyBarTests {
    private let items = [
        KeyBarItem(number: 1, label: "Aide"), KeyBarItem(number: 2, label: "Nouveau"),
        KeyBarItem(number: 3, label: "Chercher"), KeyBarItem(number: 4, label: "Ouvrir"),
        KeyBarItem(number: 5, label: "Passage", isEnabled: false), KeyBarItem(number: 10, label: "Retour"),
    ]

    @Test func fullLineAtEightyColumns() {
        var buffer = Buffer(size: Size(width: 80, height: 1))
        FunctionKeyBar(items: items).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["1Aide 2Nouveau 3Chercher 4Ouvrir 5Passage 10Retour"])
        #expect(buffer[0, 0].role == .keyName)
        #expect(buffer[1, 0].role == .keyLabel)
        #expect(buffer[5, 0].role == .keyLabel)     // separator
        #expect(buffer[6, 0].role == .keyName)      // "2"
        #expect(buffer[33, 0].role == .keyName)     // "5"
        #expect(buffer[34, 0].role == .keyDisabled) // "Passage"
        #expect(buffer[42, 0].role == .keyName)     // "10"
        #expect(buffer[79, 0].role == .keyLabel)    // rest of the line
    }

    @Test func labelsAreShortenedEvenlyAtThirtyColumns() {
        let enabled = items.filter(\.isEnabled)
        var buffer = Buffer(size: Size(width: 30, height: 1))
        FunctionKeyBar(items: enabled).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["1Aide 2Nouv 3Cher 4Ouvr 10Reto"])
    }

    @Test func tooNarrowIsClippedNeverWrapped() {
        var buffer = Buffer(size: Size(width: 10, height: 2))
        FunctionKeyBar(items: items).render(into: &buffer, area: Rect(x: 0, y: 0, width: 10, height: 2))
        #expect(buffer.lines() == ["1A 2N 3C 4", ""])
    }
}
