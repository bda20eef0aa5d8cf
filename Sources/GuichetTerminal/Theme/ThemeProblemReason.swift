/// What is wrong in a theme file.
public enum ThemeProblemReason: Sendable, Equatable, Error, CustomStringConvertible {
    case unknownRole(String)
    case unknownColor(String)
    case unknownAttribute(String)
    case malformedLine
    case missingFile
    case unreadable

    public var description: String {
        switch self {
        case .unknownRole(let word): return "unknown role \"\(word)\""
        case .unknownColor(let word): return "unknown colour \"\(word)\""
        case .unknownAttribute(let word): return "unknown attribute \"\(word)\""
        case .malformedLine: return "expected: role = colour [on colour][, attribute…]"
        case .missingFile: return "theme file not found"
        case .unreadable: return "theme file cannot be read as UTF-8 text"
        }
    }
}
