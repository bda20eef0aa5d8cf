/// A backend without a terminal: keys come from a queue, frames are kept.
public final class InMemoryBackend: Backend {
    public private(set) var size: Size
    public let glyphs: Glyphs
    public private(set) var lastFrame: Buffer?
    public private(set) var lastCursor: Position?
    public private(set) var presentCount = 0
    private var keys: [Key] = []

    public init(size: Size = Size(width: 80, height: 24), glyphs: Glyphs = .unicode) {
        self.size = size
        self.glyphs = glyphs
    }

    public var pendingKeyCount: Int { keys.count }

    public func enqueue(_ keys: Key...) {
        enqueue(keys)
    }

    public func enqueue(_ keys: [Key]) {
        self.keys.append(contentsOf: keys)
    }

    /// Queues each character of `text` as a `.character` key.
    public func type(_ text: String) {
        enqueue(text.map { Key.character($0) })
    }

    /// Changes the size and queues `.resize`, like a terminal window being resized.
    public func resize(to newSize: Size) {
        size = newSize
        enqueue(.resize)
    }

    public func present(_ buffer: Buffer, cursor: Position?) {
        lastFrame = buffer
        lastCursor = cursor
        presentCount += 1
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }
}
