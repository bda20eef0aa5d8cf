import Testing
@testable import GuichetTerminal

@Suite struct ListViewTests {
    private let items = (0..<10).map { ListItem("Ligne \($0)") }

    @Test func selectionBelowTheFoldScrollsIntoView() {
        var buffer = Buffer(size: Size(width: 12, height: 4))
        let view = ListView(items: items, state: ListState(selected: 5, offset: 0), header: "Nom")
        view.render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["Nom", "Ligne 3", "Ligne 4", "Ligne 5"])
        #expect(view.state == ListState(selected: 5, offset: 0)) // rendering does not mutate
    }

    @Test func selectedRowUsesSelectionAcrossTheWidth() {
        var buffer = Buffer(size: Size(width: 12, height: 4))
        ListView(items: items, state: ListState(selected: 1), header: "Nom").render(into: &buffer, area: buffer.bounds)
        #expect(buffer[0, 0].role == .header)
        #expect(buffer[0, 1].role == .normal)
        #expect(buffer[0, 2].role == .selection)
        #expect(buffer[11, 2].role == .selection)
        #expect(buffer[0, 3].role == .normal)
    }

    @Test func itemRolesAndTruncation() {
        var buffer = Buffer(size: Size(width: 6, height: 2))
        let list = [ListItem("Administration", role: .disabled), ListItem("Journal")]
        ListView(items: list, state: ListState(selected: 1)).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["Admin…", "Journ…"])
        #expect(buffer[0, 0].role == .disabled)
        #expect(buffer[0, 1].role == .selection)
    }

    @Test func emptyListShowsOnlyTheHeader() {
        var buffer = Buffer(size: Size(width: 10, height: 3))
        buffer.write("ancien", at: Position(x: 0, y: 1), role: .normal)
        ListView(items: [], state: ListState(), header: "Nom").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["Nom", "", ""])
    }

    @Test func positionIndicatorOnlyWhenItemsOverflow() {
        var buffer = Buffer(size: Size(width: 16, height: 4))
        ListView(items: items, state: ListState(selected: 5), header: "Nom", showsPosition: true)
            .render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines()[0] == "Nom         6/10")
        #expect(buffer[15, 0].role == .header)
        var short = Buffer(size: Size(width: 16, height: 4))
        ListView(items: Array(items.prefix(3)), state: ListState(), header: "Nom", showsPosition: true)
            .render(into: &short, area: short.bounds)
        #expect(short.lines()[0] == "Nom")
    }
}
