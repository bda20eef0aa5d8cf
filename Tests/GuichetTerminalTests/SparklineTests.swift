import Testing
@testable import GuichetTerminal

@Suite struct SparklineTests {
    @Test func oneLevelPerValueFromZeroToTheMaximum() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7]).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["▁▂▃▄▅▆▇█"])
        #expect(buffer[0, 0] == Cell(grapheme: "▁", width: 1, role: .chart))
        #expect(buffer[7, 0].role == .chart)
        #expect(buffer[8, 0].role == .normal)
    }

    @Test func labelThenLevelsInUnicodeAndAscii() {
        // On 0...10: 5 is level 3.5, drawn 4; 3 is 2.1, drawn 2; 8 is 5.6, drawn 6 (ASCII: 2, 1.2, 3.2).
        let visits = Sparkline(values: [0, 5, 10, 3, 8], label: "Visites")
        var buffer = Buffer(size: Size(width: 20, height: 1))
        visits.render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["Visites ▁▅█▃▇"])
        #expect(buffer[0, 0].role == .normal)
        #expect(buffer[7, 0].role == .normal)
        #expect(buffer[8, 0].role == .chart)
        #expect(buffer[12, 0] == Cell(grapheme: "▇", width: 1, role: .chart))
        visits.render(into: &buffer, area: buffer.bounds, glyphs: .ascii)
        #expect(buffer.lines() == ["Visites _-#.="])
        #expect(buffer[10, 0] == Cell(grapheme: "#", width: 1, role: .chart))
    }

    @Test func longSeriesKeepsTheMostRecentValues() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        let month = Sparkline(values: [9, 9, 9, 9, 9, 0, 1, 2, 3])
        month.render(into: &buffer, area: buffer.bounds)
        // Scaled to the values drawn (0...3), not to the 9s that did not fit.
        #expect(buffer.lines() == ["▁▃▆█"])
        Sparkline(values: month.values, maximum: 9).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["▁▂▃▃"])
        var labelled = Buffer(size: Size(width: 12, height: 1))
        Sparkline(values: Array(1...30), label: "Visites").render(into: &labelled, area: labelled.bounds, glyphs: .ascii)
        // The label gets half the width; days 26 to 30 on 0...30 are 3.47, 3.6 and more of 4 steps up.
        #expect(labelled.lines() == ["Vis... =####"])
        Sparkline(values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], label: "V").render(into: &labelled, area: labelled.bounds)
        #expect(labelled.lines() == ["V ▂▂▃▄▅▅▆▇▇█"])
    }

    @Test func zerosNegativesSingleAndEmpty() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        Sparkline(values: [0, 0, 0]).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["▁▁▁"])
        Sparkline(values: [-4, 0, 2]).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["▁▁█"])
        Sparkline(values: [5]).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["█"])
        Sparkline(values: [], label: "Visites").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["Visites"])
        Sparkline(values: []).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == [""])
    }

    @Test func labelIsCutOnlyWhereTheValuesNeedTheRoom() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        Sparkline(values: [1, 2], label: "Visites du mois").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["Visite… ▅█"])
        Sparkline(values: Array(repeating: 1, count: 20), label: "Visites").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["Visi… ████"])
    }

    @Test func wideLabelIsMeasuredInColumns() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        Sparkline(values: [1, 2], label: "訪問").render(into: &buffer, area: buffer.bounds)
        // 1 of 2 is level 3.5 of 7: drawn 4.
        #expect(buffer.lines() == ["訪問 ▅█"])
        #expect(buffer[4, 0] == Cell(grapheme: " ", width: 1, role: .normal))
        #expect(buffer[5, 0] == Cell(grapheme: "▅", width: 1, role: .chart))
    }

    @Test func tinyAreasDrawNothingOutside() {
        let visits = Sparkline(values: [3, 0, 6], label: "Visites")
        let expected: [Int: [String]] = [
            0: ["xxxxx", "xxxxx", "xxxxx"],
            1: ["xxxxx", "x█xxx", "xxxxx"],
            3: ["xxxxx", "x… █x", "xxxxx"],
        ]
        for (width, lines) in expected {
            var area = ChartTestArea(width: 5, height: 3)
            let rect = Rect(x: 1, y: 1, width: width, height: 2)
            visits.render(into: &area.buffer, area: rect)
            #expect(area.buffer.lines() == lines, "width \(width)")
            #expect(area.untouched(outside: Rect(x: 1, y: 1, width: width, height: 1)), "width \(width)")
        }
    }
}
