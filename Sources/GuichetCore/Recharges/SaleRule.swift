/// A sale ready to be written: checked against the product, not yet against
/// the stock, the cap and the cash box (the store checks those in the transaction).
public struct ValidSale: Sendable, Equatable {
    public let quantity: Int
    public let unitPrice: Money
    public let payment: PaymentMethod
    /// Why a card is given for free; empty otherwise.
    public let reason: String

    public var amount: Money { Money(cents: unitPrice.cents * Int64(quantity)) }
}

/// What a sale at the counter must respect, field by field, each error saying what is expected.
///
/// - Quantity: a whole number from 1 to `maximumQuantity`.
/// - Price: the solidarity price by default; a price typed instead goes from 0,01 € to the
///   card's face value (more is a typing mistake). `gratuit` has no price and needs a reason.
public enum SaleRule {
    public static let maximumQuantity = 10
    public static let reasonMaximumLength = 120

    public static func quantity(_ input: String) throws(GuichetError) -> Int {
        let text = input.trimmingWhitespace()
        guard !text.isEmpty, text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text),
              (1...maximumQuantity).contains(value) else {
            throw .invalid(RechargeText.quantityExpected.filled(maximumQuantity))
        }
        return value
    }

    public static func unitPrice(_ input: String, product: RechargeProduct) throws(GuichetError) -> Money {
        guard let value = Money.parse(input), value.cents > 0, value <= product.faceValue else {
            throw .invalid(RechargeText.priceExpected.filled(product.faceValue.formatted(.french)))
        }
        return value
    }

    public static func reason(_ input: String, payment: PaymentMethod) throws(GuichetError) -> String {
        guard payment == .free else { return "" }
        let checked = FreeText.validate(input, maximum: reasonMaximumLength)
        guard let value = checked.value, !checked.tooLong, !checked.badCharacter else {
            throw .invalid(RechargeText.freeReasonExpected.filled(reasonMaximumLength))
        }
        return value
    }

    public static func validated(product: RechargeProduct, quantity: String, unitPrice: String, payment: PaymentMethod,
                                 reason: String) throws(GuichetError) -> ValidSale {
        guard product.isActive else { throw .refused(RechargeText.productRetired.filled(product.code)) }
        let count = try Self.quantity(quantity)
        let price = payment == .free ? Money.zero : try Self.unitPrice(unitPrice, product: product)
        return ValidSale(quantity: count, unitPrice: price, payment: payment, reason: try Self.reason(reason, payment: payment))
    }

    /// Refused before anything is written when the stock does not hold `quantity` cards.
    public static func requireStock(_ product: RechargeProduct, quantity: Int) throws(GuichetError) {
        guard product.stock >= quantity else {
            throw .refused(RechargeText.outOfStock.filled(product.code, product.stock))
        }
    }

    /// What a sale counts toward the person's monthly cap: the solidarity price of the
    /// cards, whatever was asked or paid (a card given free counts like a card sold).
    public static func capValue(_ product: RechargeProduct, quantity: Int) -> Money {
        Money(cents: product.price.cents * Int64(quantity))
    }
}

/// At most so much (default 30 €, a setting) of solidarity price per person per
/// calendar month, the site's local month of the sale's day.
public enum MonthlyCap {
    public static let defaultAmount = Money(cents: 30_00)
    public static let allowed = Money(cents: 1_00)...Money(cents: 500_00)

    /// What is left this month after `spent`; never below zero.
    public static func remaining(cap: Money, spent: Money) -> Money {
        Money(cents: max(0, cap.cents - spent.cents))
    }

    /// Refused, saying what is left, when `adding` goes over the cap.
    public static func check(cap: Money, spent: Money, adding: Money) throws(GuichetError) {
        let left = remaining(cap: cap, spent: spent)
        guard adding <= left else {
            throw .refused(Phrase(fr: RechargeText.overCap.text(.french, adding.formatted(.french), left.formatted(.french),
                                                                 cap.formatted(.french)),
                                  en: RechargeText.overCap.text(.english, adding.formatted(.english), left.formatted(.english),
                                                                 cap.formatted(.english))))
        }
    }

    /// The first and last day of the month of `day`.
    public static func month(of day: CalendarDay) -> ClosedRange<CalendarDay> {
        let first = CalendarDay(year: day.year, month: day.month, day: 1)!
        return first...CalendarDay(year: day.year, month: day.month, day: CalendarDay.daysIn(month: day.month, year: day.year))!
    }

    /// The cap typed in the settings (`30`, `30,00`), or why it is refused.
    public static func amount(_ input: String) throws(GuichetError) -> Money {
        guard let value = Money.parse(input), allowed.contains(value) else {
            throw .invalid(RechargeText.capExpected.filled(allowed.lowerBound.formatted(.french), allowed.upperBound.formatted(.french)))
        }
        return value
    }
}

/// The number a sale or a reversal gives to the person: `PAR-R-2026-000123`, the site,
/// `R`, the year, and a sequence per site and year.
public struct ReceiptNumber: Sendable, Hashable, CustomStringConvertible {
    public static let sequences = 1...999_999
    public let site: SiteCode
    public let year: Int
    public let sequence: Int

    public init?(site: SiteCode, year: Int, sequence: Int) {
        guard FileNumber.years.contains(year), Self.sequences.contains(sequence) else { return nil }
        self.site = site
        self.year = year
        self.sequence = sequence
    }

    /// Reads `PAR-R-2026-000123`, in any case, with or without the leading zeros.
    public init?(_ input: String) {
        let parts = input.trimmingWhitespace().uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[1] == "R", let site = SiteCode(String(parts[0])), parts[2].count == 4,
              let year = Int(parts[2]), (1...6).contains(parts[3].count), parts[3].allSatisfy({ $0.isASCII && $0.isNumber }),
              let sequence = Int(parts[3]) else { return nil }
        self.init(site: site, year: year, sequence: sequence)
    }

    public var description: String {
        ASCIIText.make(capacity: 20) { text in
            text.append(site.value)
            text.append("-R-")
            text.number(year, width: 4)
            text.byte(UInt8(ascii: "-"))
            text.number(sequence, width: 6)
        }
    }
}
