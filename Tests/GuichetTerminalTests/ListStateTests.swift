import Testing
@testable import GuichetTerminal

@Suite struct ListStateTests {
    @Test func arrowsAndPagesMoveTheSelectionAndScroll() {
        var state = ListState()
        do { let used = state.handle(.down, itemCount: 10, pageSize: 3); #expect(used) }
        do { let used = state.handle(.down, itemCount: 10, pageSize: 3); #expect(used) }
        #expect(state == ListState(selected: 2, offset: 0))
        _ = state.handle(.down, itemCount: 10, pageSize: 3)
        #expect(state == ListState(selected: 3, offset: 1))
        _ = state.handle(.pageDown, itemCount: 10, pageSize: 3)
        #expect(state == ListState(selected: 6, offset: 4))
        _ = state.handle(.end, itemCount: 10, pageSize: 3)
        #expect(state == ListState(selected: 9, offset: 7))
        _ = state.handle(.pageUp, itemCount: 10, pageSize: 3)
        #expect(state == ListState(selected: 6, offset: 6))
        _ = state.handle(.home, itemCount: 10, pageSize: 3)
        #expect(state == ListState(selected: 0, offset: 0))
    }

    @Test func edgesStayPutButStillConsumeTheKey() {
        var state = ListState()
        do { let used = state.handle(.up, itemCount: 5, pageSize: 3); #expect(used) }
        #expect(state.selected == 0)
        state.selected = 4
        do { let used = state.handle(.pageDown, itemCount: 5, pageSize: 3); #expect(used) }
        #expect(state.selected == 4)
    }

    @Test func otherKeysAreNotConsumed() {
        var state = ListState()
        do { let used = state.handle(.character("a"), itemCount: 5, pageSize: 3); #expect(!used) }
        do { let used = state.handle(.enter, itemCount: 5, pageSize: 3); #expect(!used) }
        #expect(state == ListState())
    }

    @Test func clampFollowsAShrinkingList() {
        var state = ListState(selected: 8, offset: 6)
        state.clamp(itemCount: 4, pageSize: 3)
        #expect(state == ListState(selected: 3, offset: 1))
        state.clamp(itemCount: 0, pageSize: 3)
        #expect(state == ListState())
    }
}
