/// A SIM card's ICCID: 19 or 20 digits, starting with 89 (telecom), Luhn check digit last.
/// French cards start with 8933. Typed with or without spaces.
public struct ICCID: Sendable, Hashable, CustomStringConvertible {
    public let digits: String

    private init(digits: String) { self.digits = digits }

    public var description: String { digits }

    public static func parse(_ input: String) throws(GuichetError) -> ICCID {
        guard let digits = identifierDigits(input), (19...20).contains(digits.count), digits.hasPrefix("89") else {
            throw .invalid(IdentifierText.iccidExpected)
        }
        guard Luhn.isValid(digits) else { throw .invalid(IdentifierText.iccidCheck) }
        return ICCID(digits: digits)
    }
}
