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
    /// The fills of a bar's last cell, thinnest first, the last one full: a bar
    /// is drawn in steps of 1/`count` cell (eighths in UTF-8, whole cells in ASCII).
    public let barBlocks: [String]
    /// A sparkline's levels, lowest first.
    public let sparkLevels: [String]
    /// The reference mark of a gauge, drawn over its bar.
    public let referenceMark: String
    /// Points up at the reference mark from the caption line under a gauge.
    public let referencePointer: String

    public init(horizontal: String, vertical: String, topLeft: String, topRight: String,
                bottomLeft: String, bottomRight: String, ellipsis: String, bullet: String,
                fullBlock: String, lightShade: String, barBlocks: [String], sparkLevels: [String],
                referenceMark: String, referencePointer: String) {
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
        self.barBlocks = barBlocks
        self.sparkLevels = sparkLevels
        self.referenceMark = referenceMark
        self.referencePointer = referencePointer
    }

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        ellipsis: "…", bullet: "•", fullBlock: "█", lightShade: "░",
        barBlocks: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        referenceMark: "│", referencePointer: "▲")

    /// Bars in whole cells of `#`. The sparkline levels rise by the height of
    /// their ink: `_` under the baseline, `.` on it, `-` at mid-height, `=` a
    /// little taller, `#` full.
    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        ellipsis: "...", bullet: "*", fullBlock: "#", lightShade: ":",
        barBlocks: ["#"], sparkLevels: ["_", ".", "-", "=", "#"],
        referenceMark: "|", referencePointer: "^")
}
