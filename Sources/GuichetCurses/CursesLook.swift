internal import CNcursesw
import GuichetTerminal

/// The curses attributes and colour pair of each role, built from a theme.
struct CursesLook: Equatable {
    var attributes: attr_t
    var pair: Int16

    static let plain = CursesLook(attributes: guichet_a_normal(), pair: 0)

    /// One colour pair per role (pair number = role index + 1) when `colors`;
    /// otherwise attributes only, so no colour escape is ever sent.
    /// The looks in the order of `StyleRole.allCases`, indexed by `StyleRole.ordinal`.
    static func table(for theme: Theme, colors: Bool, defaultColors: Bool) -> [CursesLook] {
        var table: [CursesLook] = []
        let available = Int(guichet_colors())
        for (index, role) in StyleRole.allCases.enumerated() {
            let style = theme.style(for: role)
            var attributes = guichet_a_normal()
            if style.bold { attributes |= guichet_a_bold() }
            if style.reverse { attributes |= guichet_a_reverse() }
            if style.underline { attributes |= guichet_a_underline() }
            if style.dim { attributes |= guichet_a_dim() }
            var pair: Int16 = 0
            if colors, index + 1 < Int(guichet_color_pairs()) {
                let fg = number(style.foreground, available: available, fallback: defaultColors ? -1 : 7)
                let bg = number(style.background, available: available, fallback: defaultColors ? -1 : 0)
                // Bright colours on an 8-colour terminal (TERM=linux) become bold base colours.
                if fg.brightened { attributes |= guichet_a_bold() }
                pair = Int16(index + 1)
                init_pair(pair, fg.value, bg.value)
            }
            table.append(CursesLook(attributes: attributes, pair: pair))
        }
        return table
    }

    private static func number(_ color: ThemeColor?, available: Int, fallback: Int16) -> (value: Int16, brightened: Bool) {
        guard case .ansi(let n)? = color else { return (fallback, false) }
        if n < available { return (Int16(n), false) }
        if (8...15).contains(n) { return (Int16(n - 8), true) }
        return (fallback, false)
    }
}
