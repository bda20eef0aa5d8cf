import Testing
@testable import GuichetStore

@Suite struct ConstantTimeTests {
    @Test func comparesWholeArrays() {
        #expect(ConstantTime.equal(Array("$y$abc".utf8), Array("$y$abc".utf8)))
        #expect(!ConstantTime.equal(Array("$y$abc".utf8), Array("$y$abd".utf8)))
        #expect(!ConstantTime.equal(Array("$y$ab".utf8), Array("$y$abc".utf8)))
        #expect(!ConstantTime.equal([], [0]))
        #expect(ConstantTime.equal([], []))
    }
}
