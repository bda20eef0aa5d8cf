import Testing
@testable import GuichetTerminal

@Suite struct TooSmallNoticeTests {
    @Test func clearsTheAreaAndCentresWrappedText() {
        var buffer = Buffer(size: Size(width: 20, height: 5))
        buffer.fill(buffer.bounds, role: .selection)
        buffer.write("ancien écran", at: Position(x: 0, y: 0), role: .title)
        TooSmallNotice(text: "Agrandissez la fenêtre (80×24 minimum)").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["", "   Agrandissez la", "   fenêtre (80×24", "      minimum)", ""])
        #expect(buffer[0, 0].role == .normal)
        #expect(buffer[19, 4].role == .normal)
    }

    @Test func tinyAreaKeepsWhatFits() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        TooSmallNotice(text: "Trop petit").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["Tro"])
    }
}
