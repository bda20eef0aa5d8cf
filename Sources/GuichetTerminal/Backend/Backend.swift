/// Where frames are shown and keys come from. `NcursesBackend` drives a real
/// terminal; `InMemoryBackend` serves tests.
public protocol Backend: AnyObject {
    var size: Size { get }
    var glyphs: Glyphs { get }
    /// Shows `buffer`; the cursor is hidden when `cursor` is nil.
    func present(_ buffer: Buffer, cursor: Position?)
    /// The next key, or nil when none came within the timeout (negative: wait forever).
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// True once the terminal is gone (window closed, connection lost): the
    /// program should end instead of waiting for keys that cannot come.
    var isClosed: Bool { get }
}

extension Backend {
    public var isClosed: Bool { false }
}
