/// The recharges in a person's history: each sale and each reversal of one.
public enum RechargeEvent: TimelineEvent, Equatable {
    case sale(units: Int, product: String, amount: Money, payment: PaymentMethod, receipt: String)
    case reversal(receipt: String, reversedReceipt: String?, amount: Money, reason: String)

    public func text(_ language: Language) -> String {
        switch self {
        case .sale(let units, let product, let amount, let payment, let receipt):
            return Self.sold.text(language, units, product, amount.formatted(language), payment.label.text(language), receipt)
        case .reversal(let receipt, let reversed, let amount, let reason):
            return Self.reversed.text(language, reversed ?? "—", amount.formatted(language), receipt)
                + (reason.isEmpty ? "" : " — " + reason)
        }
    }

    /// {1} cards, {2} the product, {3} the amount, {4} the payment, {5} the receipt.
    static let sold = Phrase(fr: "Recharge : {1} × {2}, {3} ({4}), reçu {5}",
                             en: "Recharge: {1} × {2}, {3} ({4}), receipt {5}")
    /// {1} the receipt reversed, {2} the amount, {3} the reversal's receipt.
    static let reversed = Phrase(fr: "Vente {1} annulée : {2}, reçu {3}",
                                 en: "Sale {1} reversed: {2}, receipt {3}")
}
