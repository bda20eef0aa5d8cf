/// Short ASCII texts made of zero-padded numbers and separators (`27/11/2026`,
/// `PAR-2026-00042`, `2026-11-27T09:15:02.123Z`), written byte by byte into
/// one string: lists format such fields for every row at every keystroke, and
/// joining small strings cost more than the rest of a row.
public struct ASCIIText {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    /// The text `body` writes, which must fit in `capacity` bytes (what does not
    /// fit is left out). Up to 15 bytes the string is built in place, without
    /// an allocation.
    public static func make(capacity: Int, _ body: (inout ASCIIText) -> Void) -> String {
        String(unsafeUninitializedCapacity: capacity) { buffer in
            var text = ASCIIText(buffer: buffer)
            body(&text)
            return text.count
        }
    }

    private init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// `value` in decimal, with zeros on the left up to `width` digits.
    public mutating func number(_ value: Int, width: Int = 1) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let total = max(width, digits)
        guard count + total <= buffer.count else { return }
        var remaining = magnitude
        for index in stride(from: count + total - 1, through: count, by: -1) {
            buffer[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        }
        count += total
    }

    /// One ASCII character.
    public mutating func byte(_ value: UInt8) {
        guard count < buffer.count else { return }
        buffer[count] = value
        count += 1
    }

    /// The UTF-8 bytes of `text` (ASCII in practice).
    public mutating func append(_ text: String) {
        for value in text.utf8 { byte(value) }
    }
}
