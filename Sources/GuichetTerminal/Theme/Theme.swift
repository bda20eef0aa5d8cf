/// A named mapping from semantic roles to styles.
public struct Theme: Sendable, Equatable {
    public let name: String
    private let styles: [StyleRole: Style]

    /// Roles missing from `styles` look like `.normal`; roles given without a
    /// colour take normal's colours.
    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        let normal = styles[.normal] ?? Style()
        var resolved: [StyleRole: Style] = [:]
        for role in StyleRole.allCases {
            var style = styles[role] ?? normal
            if style.foreground == nil { style.foreground = normal.foreground }
            if style.background == nil { style.background = normal.background }
            resolved[role] = style
        }
        self.styles = resolved
    }

    public func style(for role: StyleRole) -> Style {
        styles[role] ?? Style()
    }

    /// True when some role has a real colour, so the backend must start colours.
    public var usesColor: Bool {
        styles.values.contains { $0.usesColor }
    }

    /// Attributes only, every state readable without colour; used when no theme file can be loaded.
    public static let builtinMonochrome = Theme(name: "monochrome", styles: [
        .normal: Style(),
        .title: Style(bold: true),
        .header: Style(bold: true, underline: true),
        .selection: Style(reverse: true),
        .muted: Style(dim: true),
        .error: Style(bold: true, underline: true),
        .warning: Style(bold: true),
        .success: Style(bold: true),
        .field: Style(underline: true),
        .fieldFocused: Style(reverse: true),
        .keyName: Style(bold: true),
        .keyLabel: Style(reverse: true),
        .keyDisabled: Style(dim: true),
        .border: Style(),
        .dialog: Style(),
        .highlight: Style(bold: true),
        .chart: Style(),
        .disabled: Style(dim: true),
    ])
}
