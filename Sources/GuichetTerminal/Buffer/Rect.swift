/// A rectangle of cells. Layout helpers never produce negative sizes.
public struct Rect: Sendable, Equatable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    public var isEmpty: Bool { width <= 0 || height <= 0 }
    /// One past the last column.
    public var maxX: Int { x + width }
    /// One past the last row.
    public var maxY: Int { y + height }

    public func contains(_ p: Position) -> Bool {
        p.x >= x && p.x < maxX && p.y >= y && p.y < maxY
    }

    /// Shrinks every side by `n`; the size stops at zero.
    public func inset(by n: Int) -> Rect {
        let w = max(0, width - 2 * n)
        let h = max(0, height - 2 * n)
        return Rect(x: x + min(n, width / 2), y: y + min(n, height / 2), width: w, height: h)
    }

    /// The one-line rect at row `i` of self; empty (height 0) when `i` is outside.
    public func row(_ i: Int) -> Rect {
        let inside = i >= 0 && i < height
        return Rect(x: x, y: y + i, width: max(0, width), height: inside ? 1 : 0)
    }

    /// A rect of the given size, clamped to self, centred in self.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = max(0, min(w, width))
        let ch = max(0, min(h, height))
        return Rect(x: x + (max(0, width) - cw) / 2, y: y + (max(0, height) - ch) / 2, width: cw, height: ch)
    }

    /// The common part of two rects (empty, with zero size, when they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
    }

    /// The rows below the first `n` rows.
    public func dropping(rows n: Int) -> Rect {
        let k = max(0, min(n, height))
        return Rect(x: x, y: y + k, width: width, height: max(0, height - k))
    }
}
