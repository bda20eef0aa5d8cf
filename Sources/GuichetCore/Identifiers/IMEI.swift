/// A device's IMEI: 14 digits and a Luhn check digit (15 in all).
/// Typed with or without separators (`35-209900-176148-1`); stored as 15 digits.
public struct IMEI: Sendable, Hashable, CustomStringConvertible {
    public let digits: String

    private init(digits: String) { self.digits = digits }

    public var description: String { digits }

    public static func parse(_ input: String) throws(GuichetError) -> IMEI {
        guard let digits = identifierDigits(input), digits.count == 15 else { throw .invalid(IdentifierText.imeiExpected) }
        guard Luhn.isValid(digits) else { throw .invalid(IdentifierText.imeiCheck) }
        return IMEI(digits: digits)
    }

    /// The check digit of a 14-digit IMEI body (3GPP TS 23.003 example: `26053179311383` → 7).
    public static func checkDigit(body: String) -> Int? {
        guard body.count == 14 else { return nil }
        return Luhn.checkDigit(for: body)
    }
}
