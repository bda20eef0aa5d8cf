import Testing
@testable import GuichetTerminal

@Suite struct InMemoryBackendTests {
    @Test func keysComeOutInOrderThenTimeout() {
        let backend = InMemoryBackend()
        backend.enqueue(.down, .enter)
        backend.type("é€")
        #expect(backend.pendingKeyCount == 4)
        #expect(backend.readKey(timeoutMilliseconds: 0) == .down)
        #expect(backend.readKey(timeoutMilliseconds: 0) == .enter)
        #expect(backend.readKey(timeoutMilliseconds: 0) == .character("é"))
        #expect(backend.readKey(timeoutMilliseconds: 0) == .character("€"))
        #expect(backend.readKey(timeoutMilliseconds: 10) == nil)
    }

    @Test func resizeChangesSizeAndQueuesResize() {
        let backend = InMemoryBackend()
        #expect(backend.size == Size(width: 80, height: 24))
        backend.resize(to: Size(width: 60, height: 20))
        #expect(backend.size == Size(width: 60, height: 20))
        #expect(backend.readKey(timeoutMilliseconds: 0) == .resize)
    }

    @Test func presentKeepsTheLastFrameAndCursor() {
        let backend = InMemoryBackend(size: Size(width: 10, height: 2))
        var frame = Buffer(size: backend.size)
        frame.write("Accueil", at: Position(x: 0, y: 0), role: .title)
        backend.present(frame, cursor: Position(x: 3, y: 1))
        #expect(backend.lastFrame?.lines() == ["Accueil", ""])
        #expect(backend.lastCursor == Position(x: 3, y: 1))
        backend.present(frame, cursor: nil)
        #expect(backend.lastCursor == nil)
    }
}
