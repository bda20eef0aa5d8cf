// Generated from Themes/*.theme by BuiltinThemesTests: do not edit by hand;
// GUICHET_UPDATE_GOLDEN=1 swift test writes it again from the files.

/// The standard themes, built into the executable so that a copy of it alone
/// has them; a `Themes/` file of the same name overrides one (`ThemeLoader`).
enum BuiltinThemes {
    static let texts: [String: String] = [
        "classique": #"""
            # Guichet theme "classique" — the default.
            #
            # Keeps the terminal's own background ("default") and only colours the text.
            #
            # Format, one role per line:
            #   <role> = [<colour>] [on <background colour>] [, <attribute>]...
            # Examples:
            #   title     = yellow on default, bold
            #   selection = reverse
            #   error     = bright-red, bold
            # Roles: normal title header selection muted error warning success field
            #   fieldFocused keyName keyLabel keyDisabled border dialog highlight chart
            #   disabled (case and "-" are ignored: field-focused works too).
            # Colours: default (the terminal's own), black red green yellow blue magenta
            #   cyan white, bright-<one of those>, or a number 0-255 (256-colour terminals).
            # Attributes: bold reverse underline dim, or plain for none.
            # A role not listed looks like "normal"; a role without a colour takes
            # normal's colours. Everything after "#" is a comment.

            normal       = default on default
            title        = yellow, bold
            header       = cyan, bold, underline
            selection    = black on cyan
            muted        = bright-black
            error        = bright-red, bold
            warning      = yellow, bold
            success      = green, bold
            field        = default, underline
            fieldFocused = black on white
            keyName      = default, bold
            keyLabel     = black on cyan
            keyDisabled  = bright-black on cyan
            border       = cyan
            dialog       = default, bold
            highlight    = bright-yellow, bold
            chart        = green
            disabled     = bright-black

            """#,
        "contraste": #"""
            # Guichet theme "contraste" — strong contrast for low vision and bright rooms.
            #
            # White text on a black background everywhere, bold accents, no dim text.
            #
            # Format, one role per line:
            #   <role> = [<colour>] [on <background colour>] [, <attribute>]...
            # Examples:
            #   title     = yellow on default, bold
            #   selection = reverse
            #   error     = bright-red, bold
            # Roles: normal title header selection muted error warning success field
            #   fieldFocused keyName keyLabel keyDisabled border dialog highlight chart
            #   disabled (case and "-" are ignored: field-focused works too).
            # Colours: default (the terminal's own), black red green yellow blue magenta
            #   cyan white, bright-<one of those>, or a number 0-255 (256-colour terminals).
            # Attributes: bold reverse underline dim, or plain for none.
            # A role not listed looks like "normal"; a role without a colour takes
            # normal's colours. Everything after "#" is a comment.

            normal       = bright-white on black
            title        = bright-yellow, bold
            header       = bright-white, bold, underline
            selection    = black on bright-yellow, bold
            muted        = white
            error        = bright-white on red, bold
            warning      = black on bright-yellow, bold
            success      = bright-green, bold
            field        = bright-white, underline
            fieldFocused = black on bright-white, bold
            keyName      = bright-white, bold
            keyLabel     = black on bright-cyan
            keyDisabled  = white on black, underline
            border       = bright-white
            dialog       = bright-white on blue, bold
            highlight    = bright-yellow, bold, underline
            chart        = bright-green, bold
            disabled     = white, underline

            """#,
        "monochrome": #"""
            # Guichet theme "monochrome" — no colour at all, attributes only.
            #
            # Used automatically when the terminal has no colours or NO_COLOR is set.
            # Every state must stay readable without colour: selection is reverse,
            # errors are bold and underlined (and start with "!"), fields are underlined.
            #
            # Format, one role per line:
            #   <role> = [<colour>] [on <background colour>] [, <attribute>]...
            # Here only attributes are used: bold reverse underline dim, or plain.
            # A role not listed looks like "normal". Everything after "#" is a comment.

            normal       = plain
            title        = bold
            header       = bold, underline
            selection    = reverse
            muted        = dim
            error        = bold, underline
            warning      = bold
            success      = bold
            field        = underline
            fieldFocused = reverse
            keyName      = bold
            keyLabel     = reverse
            keyDisabled  = dim
            border       = plain
            dialog       = plain
            highlight    = bold
            chart        = plain
            disabled     = dim

            """#,
    ]
}
