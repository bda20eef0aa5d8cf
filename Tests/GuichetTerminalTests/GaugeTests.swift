import Testing
@testable import GuichetTerminal

@Suite struct GaugeTests {
    /// 15 % of the resources spent on telecoms against the national 5 %, on a 0-30 % scale.
    private let telecoms = Gauge(value: 15, maximum: 30, reference: 5, text: "15 %", caption: "référence 5 %")

    @Test func markOverTheBarWithCaptionUnderIt() {
        var buffer = Buffer(size: Size(width: 30, height: 2))
        telecoms.render(into: &buffer, area: buffer.bounds)
        // Bar of 25 cells: 15 of 30 is 100 eighths; the mark takes cell 4 (5 of 30 is 4.17 cells).
        #expect(buffer.lines() == [
            "████│███████▌░░░░░░░░░░░░ 15 %",
            "    ▲ référence 5 %",
        ])
        #expect(buffer[3, 0] == Cell(grapheme: "█", width: 1, role: .chart))
        #expect(buffer[4, 0] == Cell(grapheme: "│", width: 1, role: .highlight))
        #expect(buffer[5, 0].role == .chart)
        #expect(buffer[12, 0] == Cell(grapheme: "▌", width: 1, role: .chart))
        #expect(buffer[13, 0] == Cell(grapheme: "░", width: 1, role: .muted))
        #expect(buffer[24, 0].role == .muted)
        #expect(buffer[25, 0].role == .normal)
        #expect(buffer[26, 0] == Cell(grapheme: "1", width: 1, role: .normal))
        #expect(buffer[4, 1] == Cell(grapheme: "▲", width: 1, role: .highlight))
        #expect(buffer[6, 1] == Cell(grapheme: "r", width: 1, role: .normal))
        #expect(telecoms.height == 2)
    }

    @Test func asciiMarkIsABarOverHashes() {
        var buffer = Buffer(size: Size(width: 30, height: 2))
        telecoms.render(into: &buffer, area: buffer.bounds, glyphs: .ascii)
        // 15 of 30 on 25 cells is 12.5 cells: 13.
        #expect(buffer.lines() == [
            "####|########:::::::::::: 15 %",
            "    ^ référence 5 %",
        ])
        #expect(buffer[4, 0] == Cell(grapheme: "|", width: 1, role: .highlight))
        #expect(buffer[12, 0] == Cell(grapheme: "#", width: 1, role: .chart))
        #expect(buffer[13, 0] == Cell(grapheme: ":", width: 1, role: .muted))
        #expect(buffer[4, 1] == Cell(grapheme: "^", width: 1, role: .highlight))
    }

    @Test func markOnTheTrackWhenTheValueIsBelowIt() {
        var buffer = Buffer(size: Size(width: 20, height: 2))
        buffer.write("ancien", at: Position(x: 0, y: 1), role: .normal)
        Gauge(value: 2, maximum: 30, reference: 5).render(into: &buffer, area: buffer.bounds)
        // 2 of 30 on 20 cells is 10.67 eighths: 11; without a caption the second row is not the gauge's.
        #expect(buffer.lines() == ["█▍░│░░░░░░░░░░░░░░░░", "ancien"])
        #expect(buffer[1, 0] == Cell(grapheme: "▍", width: 1, role: .chart))
        #expect(buffer[2, 0].role == .muted)
        #expect(buffer[3, 0] == Cell(grapheme: "│", width: 1, role: .highlight))
    }

    @Test func valuePastTheMaximumDrawsFull() {
        var buffer = Buffer(size: Size(width: 12, height: 1))
        Gauge(value: 45, maximum: 30, reference: 5, text: "45 %").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["█│█████ 45 %"])
        #expect(buffer[6, 0].role == .chart)
        Gauge(value: 45, maximum: 30, reference: 5, text: "45 %").render(into: &buffer, area: buffer.bounds, glyphs: .ascii)
        #expect(buffer.lines() == ["#|##### 45 %"])
    }

    @Test func referenceAtTheMaximumTakesTheLastCell() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        Gauge(value: 0, maximum: 10, reference: 10).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["░░░░│"])
        #expect(buffer[0, 0].role == .muted)
    }

    @Test func captionGoesLeftOfTheMarkWhenTheRightIsShort() {
        var buffer = Buffer(size: Size(width: 20, height: 2))
        Gauge(value: 0, maximum: 10, reference: 9, caption: "réf. 9").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["░░░░░░░░░░░░░░░░░░│░", "           réf. 9 ▲"])
        #expect(buffer[18, 1].role == .highlight)
    }

    @Test func captionTooLongIsCutOnTheRoomierSide() {
        var buffer = Buffer(size: Size(width: 10, height: 2))
        Gauge(value: 10, maximum: 10, reference: 5, caption: "référence nationale").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["█████│████", "réf… ▲"])
    }

    @Test func noMarkWithoutReferenceOrOutsideTheScale() {
        var buffer = Buffer(size: Size(width: 8, height: 2))
        Gauge(value: 4, maximum: 8, reference: 40, caption: "réf. 40").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["████░░░░", "réf. 40"])
        Gauge(value: 4, maximum: 8, text: "50%").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["██░░ 50%", "réf. 40"])
        Gauge(value: 4, maximum: 0, reference: 0).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["░░░░░░░░", "réf. 40"])
    }

    @Test func tinyAreasDrawNothingOutside() {
        let expected: [Int: [String]] = [
            0: ["xxxxx", "xxxxx", "xxxxx", "xxxxx"],
            1: ["xxxxx", "x…xxx", "x xxx", "xxxxx"],
            3: ["xxxxx", "x15…x", "x   x", "xxxxx"],
        ]
        for (width, lines) in expected {
            var area = ChartTestArea(width: 5, height: 4)
            let rect = Rect(x: 1, y: 1, width: width, height: 2)
            telecoms.render(into: &area.buffer, area: rect)
            #expect(area.buffer.lines() == lines, "width \(width)")
            #expect(area.untouched(outside: rect), "width \(width)")
        }
        var bare = ChartTestArea(width: 5, height: 4)
        let rect = Rect(x: 1, y: 1, width: 3, height: 2)
        Gauge(value: 15, maximum: 30, reference: 5, caption: "réf").render(into: &bare.buffer, area: rect)
        #expect(bare.buffer.lines() == ["xxxxx", "x│▌░x", "x▲ …x", "xxxxx"])
        #expect(bare.untouched(outside: rect))
    }
}
