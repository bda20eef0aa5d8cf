/// A reception point's code: three capital letters (`PAR`), the prefix of its file numbers.
public struct SiteCode: Sendable, Hashable, Codable, CustomStringConvertible {
    public let value: String

    /// Accepts three ASCII letters in any case and keeps them upper-cased.
    public init?(_ input: String) {
        let trimmed = input.trimmingWhitespace()
        guard trimmed.count == 3, trimmed.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        value = trimmed.uppercased()
    }

    /// Three letters already checked to be ASCII A–Z (file numbers read back from the store).
    init(checkedUppercase value: String) {
        self.value = value
    }

    public var description: String { value }
}
