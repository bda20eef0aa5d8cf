import Foundation

/// The editable text of a one-line field. The cursor counts graphemes.
public struct TextFieldState: Sendable, Equatable {
    public var text: String
    public var cursor: Int
    public var isMasked: Bool
    /// Maximum number of graphemes, if any.
    public var maxLength: Int?
    /// True when the last key was a character refused because the field is full
    /// (a paste longer than the field): the form says so instead of dropping it silently.
    public private(set) var isFull = false

    public init(text: String = "", isMasked: Bool = false, maxLength: Int? = nil) {
        var initial = CanonicalForm.nfc(text)
        if let maxLength, initial.count > maxLength { initial = String(initial.prefix(max(0, maxLength))) }
        self.text = initial
        self.cursor = initial.count
        self.isMasked = isMasked
        self.maxLength = maxLength
    }

    /// Edits for printable characters, Backspace, Delete, ←, →, Home, End and
    /// Ctrl-U (clear); returns true when the key was used.
    public mutating func handle(_ key: Key) -> Bool {
        cursor = min(max(0, cursor), text.count)
        isFull = false
        switch key {
        case .character(let character):
            guard !character.unicodeScalars.contains(where: DisplayText.isControl) else { return false }
            insert(character)
        case .backspace:
            guard cursor > 0 else { return true }
            let i = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: i)
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .home:
            cursor = 0
        case .end:
            cursor = text.count
        case .ctrl("u"):
            text = ""
            cursor = 0
        default:
            return false
        }
        return true
    }

    /// Inserts at the cursor and renormalises, so a combining mark typed after
    /// its letter (NFD input) merges into one grapheme.
    private mutating func insert(_ character: Character) {
        let split = text.index(text.startIndex, offsetBy: cursor)
        let head = CanonicalForm.nfc(String(text[..<split]) + String(character))
        let joined = CanonicalForm.nfc(head + text[split...])
        if let maxLength, joined.count > maxLength {
            isFull = true
            return
        }
        text = joined
        cursor = head.count
    }
}
