import Testing
@testable import GuichetTerminal

@Suite struct ChartScaleTests {
    @Test func roundsToTheNearestStepHalvesUp() {
        #expect(ChartScale.nearest(75, of: 400, steps: 104) == 20) // 19.5
        #expect(ChartScale.nearest(74, of: 400, steps: 104) == 19) // 19.24
        #expect(ChartScale.nearest(1, of: 100, steps: 88) == 1) // 0.88
        #expect(ChartScale.nearest(1, of: 100, steps: 8) == 0) // 0.08
        #expect(ChartScale.nearest(15, of: 30, steps: 25) == 13) // 12.5
    }

    @Test func clampsNegativesAndValuesPastTheMaximum() {
        #expect(ChartScale.nearest(-5, of: 10, steps: 8) == 0)
        #expect(ChartScale.nearest(50, of: 10, steps: 8) == 8)
        #expect(ChartScale.nearest(5, of: 0, steps: 8) == 0)
        #expect(ChartScale.nearest(5, of: -3, steps: 8) == 0)
        #expect(ChartScale.nearest(5, of: 10, steps: 0) == 0)
    }

    @Test func hugeAmountsDoNotOverflow() {
        #expect(ChartScale.nearest(Int.max / 2, of: Int.max, steps: 800) == 400)
        #expect(ChartScale.nearest(Int.max, of: Int.max, steps: 800) == 800)
        #expect(ChartScale.floor(Int.max / 3, of: Int.max, steps: 30) == 9)
    }

    @Test func floorTakesTheStepThatStartsAtTheValue() {
        #expect(ChartScale.floor(5, of: 30, steps: 25) == 4) // 4.17
        #expect(ChartScale.floor(5, of: 10, steps: 10) == 5)
        #expect(ChartScale.floor(-1, of: 10, steps: 10) == 0)
    }
}
