/// Why the ncurses backend could not start.
public enum NcursesError: Error, Sendable, Equatable, CustomStringConvertible {
    case notATerminal
    case cannotStart(term: String)

    public var description: String {
        switch self {
        case .notATerminal: return "standard input and output must be a terminal"
        case .cannotStart(let term): return "cannot start the terminal (TERM=\(term))"
        }
    }
}
