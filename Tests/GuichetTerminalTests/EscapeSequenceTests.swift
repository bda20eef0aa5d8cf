import GuichetTerminal
import Testing

@Suite struct EscapeSequenceTests {
    private func bytes(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func commonSequencesTheTerminfoMayNotKnowBecomeTheirKeys() {
        #expect(EscapeSequence.key(bytes("OP")) == .function(1))       // tmux's F1 under TERM=linux
        #expect(EscapeSequence.key(bytes("OS")) == .function(4))
        #expect(EscapeSequence.key(bytes("[[A")) == .function(1))      // the Linux console's F1
        #expect(EscapeSequence.key(bytes("[[E")) == .function(5))
        #expect(EscapeSequence.key(bytes("[21~")) == .function(10))
        #expect(EscapeSequence.key(bytes("[15;2~")) == .function(5))
        #expect(EscapeSequence.key(bytes("[1;5A")) == .up)
        #expect(EscapeSequence.key(bytes("OH")) == .home)
        #expect(EscapeSequence.key(bytes("[3~")) == .delete)
        #expect(EscapeSequence.key(bytes("[Z")) == .backTab)
    }

    @Test func otherSequencesAreDroppedWholeNeverEscPlusLetters() {
        #expect(EscapeSequence.key(bytes("o")) == nil)                  // Alt-o
        #expect(EscapeSequence.key(bytes("OX")) == nil)
        #expect(EscapeSequence.key(bytes("[99~")) == nil)
        #expect(EscapeSequence.key(bytes("[?1049h")) == nil)
        #expect(EscapeSequence.key(bytes("]0;title\u{07}")) == nil)
        #expect(EscapeSequence.key([]) == .escape)
    }

    @Test func aSequenceIsCompleteAtItsFinalByte() {
        #expect(!EscapeSequence.isComplete([]))
        #expect(!EscapeSequence.isComplete(bytes("[")))
        #expect(!EscapeSequence.isComplete(bytes("[1;5")))
        #expect(EscapeSequence.isComplete(bytes("[1;5A")))
        #expect(!EscapeSequence.isComplete(bytes("O")))
        #expect(EscapeSequence.isComplete(bytes("OP")))
        #expect(!EscapeSequence.isComplete(bytes("[[")))
        #expect(EscapeSequence.isComplete(bytes("[[A")))
        #expect(!EscapeSequence.isComplete(bytes("]0;title")))
        #expect(EscapeSequence.isComplete(bytes("]0;title\u{07}")))
        #expect(EscapeSequence.isComplete(bytes("x")))
        #expect(EscapeSequence.isComplete(Array(repeating: 0x31, count: EscapeSequence.maximumLength)))
    }
}
