/// A cell coordinate: column `x`, row `y`, both from zero at the top left.
public struct Position: Sendable, Equatable, Hashable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
