internal import CNcursesw
import GuichetTerminal

/// Turns what ncurses' `wget_wch` returns into `Key` values.
public enum KeyDecoder {
    /// For a `wget_wch` result of OK: a character code.
    public static func decode(character code: UInt32) -> Key? {
        switch code {
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26:
            return .ctrl(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(code - 1))))
        case 0...31, 128...159:
            return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// For a `wget_wch` result of KEY_CODE_YES: a curses key code.
    public static func decode(keyCode: Int32) -> Key? {
        if keyCode > KEY_F0 && keyCode <= KEY_F0 + 12 {
            return .function(Int(keyCode - KEY_F0))
        }
        switch keyCode {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        // Keypad corners and the vt220 Find/Select keys stand for Home/End/PgUp/PgDn.
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return .resize
        default: return nil
        }
    }
}
