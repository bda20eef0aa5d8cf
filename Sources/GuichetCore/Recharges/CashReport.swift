/// The sums of one group of a day's entries (same kind, product and payment), as
/// the store's one GROUP BY query gives them. The X report, the Z report and the
/// check of a closing are all made from these by `CashReport.init(rows:)`.
public struct LedgerSums: Sendable, Equatable {
    public var kind: LedgerKind
    public var productID: Int64?
    public var payment: PaymentMethod?
    public var entries: Int
    public var quantity: Int
    public var units: Int
    public var amount: Money
    public var cash: Money
    public var minutes: Int

    public init(kind: LedgerKind, productID: Int64?, payment: PaymentMethod?, entries: Int, quantity: Int, units: Int,
                amount: Money, cash: Money, minutes: Int) {
        self.kind = kind
        self.productID = productID
        self.payment = payment
        self.entries = entries
        self.quantity = quantity
        self.units = units
        self.amount = amount
        self.cash = cash
        self.minutes = minutes
    }
}

/// The X report (at any time) and the Z report (at closing) of a cash-box day: one
/// calculation over the day's entries, the closing itself left out.
public struct CashReport: Sendable, Equatable {
    public struct ProductLine: Sendable, Equatable {
        public let productID: Int64
        public var units: Int
        public var amount: Money
        public var minutes: Int
    }

    public struct PaymentLine: Sendable, Equatable {
        public let payment: PaymentMethod
        public var sales: Int
        public var amount: Money
    }

    public private(set) var float = Money.zero
    /// Sales as made (reversals apart), by product and by payment method.
    public private(set) var products: [ProductLine] = []
    public private(set) var payments: [PaymentLine] = []
    public private(set) var sales = 0
    public private(set) var salesAmount = Money.zero
    /// Reversals written this day (of this day's sales or earlier ones): count and sums (negative).
    public private(set) var reversals = 0
    public private(set) var reversedAmount = Money.zero
    public private(set) var reversedCash = Money.zero
    /// Net over the day, reversals included.
    public private(set) var netUnits = 0
    public private(set) var netAmount = Money.zero
    public private(set) var minutes = 0
    /// Cash a supervisor put in or took out (the latter negative).
    public private(set) var cashIn = Money.zero
    public private(set) var cashOut = Money.zero
    /// Cards received and other stock movements of the day (units, signed).
    public private(set) var received = 0
    public private(set) var otherStock = 0
    public private(set) var entries = 0
    /// Float + cash in − cash out, sales and refunds included.
    public private(set) var expectedCash = Money.zero

    public init(rows: [LedgerSums]) {
        for row in rows where row.kind != .close {
            entries += row.entries
            expectedCash = expectedCash + row.cash
            if row.kind == .sale || row.kind == .reversal {
                netUnits += row.units
                netAmount = netAmount + row.amount
                minutes += row.minutes
            }
            switch row.kind {
            case .open:
                float = float + row.cash
            case .sale:
                sales += row.entries
                salesAmount = salesAmount + row.amount
                if let id = row.productID {
                    if let index = products.firstIndex(where: { $0.productID == id }) {
                        products[index].units += row.units
                        products[index].amount = products[index].amount + row.amount
                        products[index].minutes += row.minutes
                    } else {
                        products.append(ProductLine(productID: id, units: row.units, amount: row.amount, minutes: row.minutes))
                    }
                }
                if let payment = row.payment {
                    if let index = payments.firstIndex(where: { $0.payment == payment }) {
                        payments[index].sales += row.entries
                        payments[index].amount = payments[index].amount + row.amount
                    } else {
                        payments.append(PaymentLine(payment: payment, sales: row.entries, amount: row.amount))
                    }
                }
            case .reversal:
                reversals += row.entries
                reversedAmount = reversedAmount + row.amount
                reversedCash = reversedCash + row.cash
                otherStock += row.units == 0 ? row.quantity : 0
            case .cashIn: cashIn = cashIn + row.cash
            case .cashOut: cashOut = cashOut + row.cash
            case .reception: received += row.quantity
            case .loss, .stockReturn, .correction: otherStock += row.quantity
            case .close: break
            }
        }
        products.sort { $0.productID < $1.productID }
        payments.sort { PaymentMethod.allCases.firstIndex(of: $0.payment)! < PaymentMethod.allCases.firstIndex(of: $1.payment)! }
    }

    /// Hours distributed, as `12 h 30`.
    public var hoursText: String { Self.hours(minutes) }

    public static func hours(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : ""
        let magnitude = abs(minutes)
        return sign + "\(magnitude / 60) h " + (magnitude % 60 < 10 ? "0" : "") + "\(magnitude % 60)"
    }

    /// The totals a closing keeps, in a fixed text: `verify` computes them again from the
    /// day's entries and compares the texts.
    public var totals: String {
        var parts = ["entries=\(entries)", "float=\(float.cents)", "sales=\(sales)", "sales_amount=\(salesAmount.cents)"]
        parts += payments.map { "paid_\($0.payment.rawValue)=\($0.sales)/\($0.amount.cents)" }
        parts += products.map { "product_\($0.productID)=\($0.units)/\($0.amount.cents)/\($0.minutes)" }
        parts += ["reversals=\(reversals)", "reversed_amount=\(reversedAmount.cents)", "reversed_cash=\(reversedCash.cents)",
                  "net_units=\(netUnits)", "net_amount=\(netAmount.cents)", "minutes=\(minutes)",
                  "cash_in=\(cashIn.cents)", "cash_out=\(cashOut.cents)", "received=\(received)", "other_stock=\(otherStock)",
                  "expected=\(expectedCash.cents)"]
        return parts.joined(separator: ";")
    }
}

/// The programme's figures over a period: cards handed out, their value, hours of
/// communication distributed, people served (reversals subtracted).
public struct RechargeIndicators: Sendable, Equatable {
    public let units: Int
    public let amount: Money
    public let minutes: Int
    public let people: Int

    public init(units: Int, amount: Money, minutes: Int, people: Int) {
        self.units = units
        self.amount = amount
        self.minutes = minutes
        self.people = people
    }
}
