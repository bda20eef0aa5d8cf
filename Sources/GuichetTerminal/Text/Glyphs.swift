/// Line-drawing and symbol characters, with an ASCII set for terminals whose
/// locale is not UTF-8.
public struct Glyphs: Sendable, Equatable {
    public let horizontal: String
    public let vertical: String
    public let topLeft: String
    public let topRight: String
    public let bottomLeft: String
    public let bottomRight: String
    public let ellipsis: String
    public let bullet: String
    public let fullBlock: String
    public let lightShade: String

    public init(horizontal: String, vertical: String, topLeft: String, topRight: String,
                bottomLeft: String, bottomRight: String, ellipsis: String, bullet: String,
                fullBlock: String, lightShade: String) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.ellipsis = ellipsis
        self.bullet = bullet
        self.fullBlock = fullBlock
        self.lightShade = lightShade
    }

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        ellipsis: "…", bullet: "•", fullBlock: "█", lightShade: "░")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        ellipsis: "...", bullet: "*", fullBlock: "#", lightShade: ":")
}
