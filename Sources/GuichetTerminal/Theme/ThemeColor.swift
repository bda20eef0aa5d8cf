/// A colour in a theme: the terminal's own default, or an ANSI/xterm index 0–255.
public enum ThemeColor: Sendable, Equatable {
    case terminalDefault
    case ansi(Int)

    static let baseNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses "default", a base name, "bright-<base name>" or a number 0–255.
    public init?(name: String) {
        let word = name.lowercased()
        if word == "default" {
            self = .terminalDefault
        } else if let i = Self.baseNames.firstIndex(of: word) {
            self = .ansi(i)
        } else if word.hasPrefix("bright-"), let i = Self.baseNames.firstIndex(of: String(word.dropFirst(7))) {
            self = .ansi(i + 8)
        } else if let n = Int(word), (0...255).contains(n), word.allSatisfy(\.isASCII) {
            self = .ansi(n)
        } else {
            return nil
        }
    }
}
