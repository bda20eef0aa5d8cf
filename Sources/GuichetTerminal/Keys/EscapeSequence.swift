/// The bytes a terminal sends after ESC for a key that its terminfo entry (and
/// so ncurses) does not know — tmux's F1 `ESC O P` under `TERM=linux`, an
/// xterm's `ESC [ 1 5 ~` on an old console. A sequence is always taken whole:
/// a common one becomes its key, any other is dropped, and none ever acts as
/// Esc followed by letters (« O » answering « oui » to « Quitter ? »).
public enum EscapeSequence {
    /// The longest sequence read; anything longer is dropped whole.
    public static let maximumLength = 32

    /// Whether `body` (what followed ESC) is a whole sequence: CSI (`[` … a final
    /// byte), the Linux console's `[[A`…`[[E`, SS3 (`O` and one more), a string
    /// (`]` or `P` … BEL or ESC `\`), or one character (Alt plus a key).
    public static func isComplete(_ body: [UInt32]) -> Bool {
        guard let first = body.first else { return false }
        if body.count >= maximumLength { return true }
        switch first {
        case 0x5B: // [
            if body.count >= 2 && body[1] == 0x5B { return body.count >= 3 }
            return body.dropFirst().contains { (0x40...0x7E).contains($0) }
        case 0x4F: // O
            return body.count >= 2
        case 0x5D, 0x50, 0x5F, 0x5E: // ] P _ ^: strings, to BEL or ST
            return body.last == 0x07 || (body.count >= 2 && body[body.count - 2] == 0x1B && body.last == 0x5C)
        default:
            return true
        }
    }

    /// The key of a whole sequence, or nil for one this program does not use (dropped).
    public static func key(_ body: [UInt32]) -> Key? {
        guard let first = body.first else { return .escape }
        switch first {
        case 0x4F where body.count == 2: return ss3Keys[body[1]]
        case 0x5B where body.count == 3 && body[1] == 0x5B:
            // The Linux console's F1–F5: ESC [ [ A … E.
            guard (0x41...0x45).contains(body[2]) else { return nil }
            return .function(Int(body[2] - 0x40))
        case 0x5B:
            return csiKey(Array(body.dropFirst()))
        default:
            return nil
        }
    }

    private static let ss3Keys: [UInt32: Key] = [
        0x41: .up, 0x42: .down, 0x43: .right, 0x44: .left, 0x48: .home, 0x46: .end, 0x4D: .enter,
        0x50: .function(1), 0x51: .function(2), 0x52: .function(3), 0x53: .function(4),
    ]

    private static let tildeKeys: [Int: Key] = [
        1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
        17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
        23: .function(11), 24: .function(12),
    ]

    /// `[` then parameters (digits and `;`, modifiers ignored) and a final byte.
    private static func csiKey(_ rest: [UInt32]) -> Key? {
        guard let final = rest.last else { return nil }
        let parameters = rest.dropLast()
        guard parameters.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x3B }) else { return nil }
        let numbers = String(String.UnicodeScalarView(parameters.compactMap(Unicode.Scalar.init)))
            .split(separator: ";").map { Int($0) }
        switch final {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        case 0x5A: return .backTab
        case 0x50...0x53:
            return .function(Int(final - 0x4F))
        case 0x7E:
            guard let first = numbers.first, let number = first else { return nil }
            return tildeKeys[number]
        default:
            return nil
        }
    }
}
