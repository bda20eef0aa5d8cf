/// The kinds of entries of the ledger. The raw codes are stored and hashed: never change one.
public enum LedgerKind: String, Sendable, CaseIterable, Codable {
    case open
    case sale
    case reversal
    case reception
    case loss
    case stockReturn = "return"
    case correction
    case cashIn = "cash_in"
    case cashOut = "cash_out"
    case close

    public var label: Phrase {
        switch self {
        case .open: return Phrase(fr: "ouverture", en: "opening")
        case .sale: return Phrase(fr: "vente", en: "sale")
        case .reversal: return Phrase(fr: "annulation", en: "reversal")
        case .reception: return Phrase(fr: "réception", en: "reception")
        case .loss: return Phrase(fr: "perte", en: "loss")
        case .stockReturn: return Phrase(fr: "retour", en: "return")
        case .correction: return Phrase(fr: "correction", en: "correction")
        case .cashIn: return Phrase(fr: "apport", en: "cash in")
        case .cashOut: return Phrase(fr: "retrait", en: "cash out")
        case .close: return Phrase(fr: "clôture", en: "closing")
        }
    }

    /// A mistake in these is corrected by a reversal; openings, closings and reversals are final.
    public var isReversible: Bool {
        switch self {
        case .open, .close, .reversal: return false
        default: return true
        }
    }

    /// Entries that move cash: they need the day's cash box open.
    public var needsOpenCashBox: Bool {
        switch self {
        case .sale, .reversal, .cashIn, .cashOut: return true
        default: return false
        }
    }
}

/// The stock movements other than sales a supervisor records.
public enum StockMovementKind: String, Sendable, CaseIterable {
    case reception
    case loss
    case stockReturn = "return"
    case correction

    public var ledgerKind: LedgerKind {
        switch self {
        case .reception: return .reception
        case .loss: return .loss
        case .stockReturn: return .stockReturn
        case .correction: return .correction
        }
    }

    public var label: Phrase {
        switch self {
        case .reception: return Phrase(fr: "réception (don)", en: "reception (donation)")
        case .loss: return Phrase(fr: "perte", en: "loss")
        case .stockReturn: return Phrase(fr: "retour au donateur", en: "return to the donor")
        case .correction: return Phrase(fr: "correction d’inventaire", en: "inventory correction")
        }
    }
}

/// How a sale is paid. The raw codes are stored.
public enum PaymentMethod: String, Sendable, CaseIterable, Codable {
    case cash
    case cheque
    case free

    public var label: Phrase {
        switch self {
        case .cash: return Phrase(fr: "espèces", en: "cash")
        case .cheque: return Phrase(fr: "chèque", en: "cheque")
        case .free: return Phrase(fr: "gratuit", en: "free")
        }
    }
}

/// Cash put into or taken out of the box by a supervisor, with a reason.
public enum CashMovementKind: String, Sendable, CaseIterable {
    case cashOut = "cash_out"
    case cashIn = "cash_in"

    public var ledgerKind: LedgerKind { self == .cashIn ? .cashIn : .cashOut }

    public var label: Phrase {
        switch self {
        case .cashOut: return Phrase(fr: "retrait (dépôt en banque…)", en: "removal (bank deposit…)")
        case .cashIn: return Phrase(fr: "apport (monnaie…)", en: "addition (change…)")
        }
    }
}

/// A stock movement's quantity and note as typed: a reception, a loss or a return
/// takes 1 to `maximumQuantity` cards; a correction may be negative (never 0).
public enum StockMovementRule {
    public static let maximumQuantity = 10_000

    /// The change of stock the movement makes (negative for losses and returns).
    public static func delta(_ input: String, kind: StockMovementKind) throws(GuichetError) -> Int {
        var text = input.trimmingWhitespace()
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        guard !text.isEmpty, text.count <= 5, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text),
              (1...maximumQuantity).contains(value), !negative || kind == .correction else {
            throw .invalid(RechargeText.movementQuantityExpected.filled(maximumQuantity))
        }
        switch kind {
        case .reception: return value
        case .loss, .stockReturn: return -value
        case .correction: return negative ? -value : value
        }
    }

    /// The donor of a reception or the reason of another movement: one line, required.
    public static func note(_ input: String) throws(GuichetError) -> String {
        try CashMovementRule.reason(input)
    }
}
