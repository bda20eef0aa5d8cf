/// Horizontal placement of text inside a width.
public enum Alignment: Sendable {
    case left, center, right
}
