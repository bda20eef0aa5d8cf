import Testing
@testable import GuichetTerminal

@Suite struct BarChartTests {
    private let budget = BarChart(bars: [
        .init(label: "Loyer", value: 400, text: "400,00 €"),
        .init(label: "Télécom", value: 75, text: "75,00 €"),
        .init(label: "Énergie", value: 0, text: "0,00 €"),
        .init(label: "Dette", value: -20, text: "-0,20 €"),
    ])

    @Test func barsInEighthsWithValuesRightAligned() {
        var buffer = Buffer(size: Size(width: 30, height: 5))
        budget.render(into: &buffer, area: buffer.bounds)
        // Bars of 13 cells: 75 of 400 is 19.5 eighths, drawn 20 (2 cells and a half).
        #expect(buffer.lines() == [
            "Loyer   █████████████ 400,00 €",
            "Télécom ██▌            75,00 €",
            "Énergie                 0,00 €",
            "Dette                  -0,20 €",
            "",
        ])
        #expect(buffer[0, 0].role == .normal)
        #expect(buffer[7, 0].role == .normal)
        #expect(buffer[8, 0] == Cell(grapheme: "█", width: 1, role: .chart))
        #expect(buffer[20, 0].role == .chart)
        #expect(buffer[21, 0].role == .normal)
        #expect(buffer[22, 0] == Cell(grapheme: "4", width: 1, role: .normal))
        #expect(buffer[10, 1] == Cell(grapheme: "▌", width: 1, role: .chart))
        #expect(buffer[11, 1].role == .normal)
        #expect(buffer[8, 2].role == .normal) // zero: no bar
        #expect(buffer[8, 3].role == .normal) // negative: no bar
    }

    @Test func asciiBarsRoundToWholeCells() {
        var buffer = Buffer(size: Size(width: 30, height: 4))
        budget.render(into: &buffer, area: buffer.bounds, glyphs: .ascii)
        // 75 of 400 on 13 cells is 2.44 cells: 2, not the 2.5 cells of the eighths rounded again.
        #expect(buffer.lines() == [
            "Loyer   ############# 400,00 €",
            "Télécom ##             75,00 €",
            "Énergie                 0,00 €",
            "Dette                  -0,20 €",
        ])
        #expect(buffer[8, 1] == Cell(grapheme: "#", width: 1, role: .chart))
        #expect(buffer[10, 1].role == .normal)
    }

    @Test func wideLabelsGivenMaximumAndValueOverIt() {
        let chart = BarChart(bars: [
            .init(label: "漢字", value: 50, text: "50"),
            .init(label: "Éa", value: 150, text: "150", role: .warning),
            .init(label: "x", value: 1, text: "1"),
        ], maximum: 100)
        var buffer = Buffer(size: Size(width: 20, height: 3))
        chart.render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == [
            "漢字 █████▌       50",
            "Éa   ███████████ 150",
            "x    ▏             1",
        ])
        #expect(buffer[0, 0] == Cell(grapheme: "漢", width: 2, role: .normal))
        #expect(buffer[5, 0].role == .chart)
        #expect(buffer[10, 0] == Cell(grapheme: "▌", width: 1, role: .chart))
        #expect(buffer[5, 1].role == .warning) // the bar's own role
        #expect(buffer[15, 1].role == .warning)
        #expect(buffer[16, 1].role == .normal)
        #expect(buffer[5, 2] == Cell(grapheme: "▏", width: 1, role: .chart))
    }

    @Test func longLabelsAreCutSoBarsKeepHalfTheRoom() {
        let chart = BarChart(bars: [.init(label: "Abonnement internet", value: 10, text: "10,00 €")])
        var buffer = Buffer(size: Size(width: 20, height: 1))
        chart.render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["Abonn… █████ 10,00 €"])
        chart.render(into: &buffer, area: buffer.bounds, glyphs: .ascii)
        #expect(buffer.lines() == ["Abo... ##### 10,00 €"])
    }

    @Test func singleBarWithoutLabelOrTextFillsTheWidth() {
        var buffer = Buffer(size: Size(width: 4, height: 2))
        BarChart(bars: [.init(label: "", value: 3, text: "")]).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["████", ""])
        #expect(buffer[3, 0].role == .chart)
    }

    @Test func onlyTheBarsThatFitInTheHeightAreDrawn() {
        var area = ChartTestArea(width: 32, height: 4)
        let rect = Rect(x: 1, y: 1, width: 30, height: 2)
        budget.render(into: &area.buffer, area: rect)
        #expect(area.buffer.lines() == [
            String(repeating: "x", count: 32),
            "xLoyer   █████████████ 400,00 €x",
            "xTélécom ██▌            75,00 €x",
            String(repeating: "x", count: 32),
        ])
        #expect(area.untouched(outside: rect))
    }

    @Test func tinyAreasDrawNothingOutside() {
        let chart = BarChart(bars: [.init(label: "Télécom", value: 5, text: "5 €"), .init(label: "漢", value: 2, text: "2 €")])
        let expected: [Int: [String]] = [
            0: ["xxxxx", "xxxxx", "xxxxx"],
            1: ["xxxxx", "x…xxx", "xxxxx"],
            3: ["xxxxx", "x5 €x", "xxxxx"],
        ]
        for (width, lines) in expected {
            var area = ChartTestArea(width: 5, height: 3)
            let rect = Rect(x: 1, y: 1, width: width, height: 1)
            chart.render(into: &area.buffer, area: rect)
            #expect(area.buffer.lines() == lines, "width \(width)")
            #expect(area.untouched(outside: rect), "width \(width)")
        }
        var flat = ChartTestArea(width: 5, height: 3)
        chart.render(into: &flat.buffer, area: Rect(x: 0, y: 1, width: 5, height: 0))
        #expect(flat.untouched(outside: Rect(x: 0, y: 0, width: 0, height: 0)))
    }

    @Test func areaPastTheBufferEdgeIsClipped() {
        var buffer = Buffer(size: Size(width: 10, height: 2))
        budget.render(into: &buffer, area: Rect(x: 4, y: 1, width: 30, height: 4))
        #expect(buffer.lines() == ["", "    Loyer"])
    }
}
