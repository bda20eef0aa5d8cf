/// Why a theme could not be used, with the file and line (0 when not about a line).
public struct ThemeProblem: Sendable, Equatable, Error, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let reason: ThemeProblemReason

    public init(file: String, line: Int, reason: ThemeProblemReason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        return "\(place): \(reason)"
    }
}
