/// How a role looks. A nil colour means "not set": roles take normal's colour,
/// and normal takes the terminal's default.
public struct Style: Sendable, Equatable {
    public var foreground: ThemeColor?
    public var background: ThemeColor?
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(foreground: ThemeColor? = nil, background: ThemeColor? = nil,
                bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// Whether this style needs colour support (a real colour, not the default).
    public var usesColor: Bool {
        [foreground, background].contains { if case .ansi = $0 { true } else { false } }
    }
}
