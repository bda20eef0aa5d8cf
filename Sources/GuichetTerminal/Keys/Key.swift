/// A key event, independent of the terminal library.
public enum Key: Sendable, Hashable {
    /// Any printable typed character, including é € œ.
    case character(Character)
    /// A lower-case letter a–z for Ctrl-A … Ctrl-Z, except Ctrl-H, I, J, M
    /// which arrive as backspace, tab and enter.
    case ctrl(Character)
    /// F1–F12.
    case function(Int)
    case up, down, left, right, home, end, pageUp, pageDown, insert, delete
    case tab, backTab, enter, escape, backspace, resize
}
