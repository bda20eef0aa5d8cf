/// An amount of money in integer euro cents. Never a floating-point value.
public struct Money: Sendable, Hashable, Comparable, Codable {
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }

    public static let zero = Money(cents: 0)

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }

    /// `12,50 €` in French, `€12.50` in English; thousands grouped (`1 234,00 €`).
    public func formatted(_ language: Language) -> String {
        let negative = cents < 0
        let magnitude = cents.magnitude
        let euros = String(magnitude / 100)
        let rest = magnitude % 100
        let centsText = rest < 10 ? "0\(rest)" : "\(rest)"
        let separator: Character = language == .french ? "\u{202F}" : ","
        var grouped = ""
        for (offset, digit) in euros.reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        let body = String(grouped.reversed())
        switch language {
        case .french: return (negative ? "-" : "") + body + "," + centsText + " €"
        case .english: return (negative ? "-" : "") + "€" + body + "." + centsText
        }
    }

    /// Parses `12,50`, `12.50`, `12`, `12,5`, `1 234,50`, optionally followed by `€`.
    /// Returns nil for anything else (more than two decimals, letters, empty).
    public static func parse(_ input: String) -> Money? {
        var text = input.trimmingWhitespace()
        if text.hasSuffix("€") { text = String(text.dropLast()).trimmingWhitespace() }
        text.removeAll { $0 == " " || $0 == "\u{202F}" || $0 == "\u{00A0}" }
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        guard !text.isEmpty else { return nil }
        let parts = text.split(separator: text.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholeText = parts.first, !wholeText.isEmpty,
              wholeText.allSatisfy({ $0.isASCII && $0.isNumber }), wholeText.count <= 12 else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), decimals.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            fraction = Int64(decimals)! * (decimals.count == 1 ? 10 : 1)
        }
        let cents = Int64(wholeText)! * 100 + fraction
        return Money(cents: negative ? -cents : cents)
    }
}

extension String {
    /// The string without leading and trailing white space (Foundation-free, grapheme-safe).
    public func trimmingWhitespace() -> String {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
