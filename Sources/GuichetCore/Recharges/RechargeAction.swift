/// The journal actions of the recharges and the cash box. The raw values are
/// stored in the journal: never change one. The subject is a product code, a
/// file number or a cash-box day; the summary holds the receipt and entry
/// numbers, codes and amounts — never a name.
public enum RechargeAction: String, JournalAction {
    case productCreated = "recharge.product_create"
    case productUpdated = "recharge.product_update"
    case stockReceived = "recharge.reception"
    case stockMoved = "recharge.stock_movement"
    case sold = "recharge.sale"
    case reversed = "recharge.reversal"
    case demoGenerated = "recharge.demo"
    case cashBoxOpened = "cashbox.open"
    case cashMoved = "cashbox.cash_movement"
    case cashBoxClosed = "cashbox.close"

    public static var area: AreaID { .recharges }

    public var wording: Phrase {
        switch self {
        case .productCreated: return Phrase(fr: "produit {1} créé", en: "product {1} created")
        case .productUpdated: return Phrase(fr: "produit {1} modifié", en: "product {1} edited")
        case .stockReceived: return Phrase(fr: "réception de stock ({1})", en: "stock received ({1})")
        case .stockMoved: return Phrase(fr: "mouvement de stock ({1})", en: "stock movement ({1})")
        case .sold: return Phrase(fr: "vente de recharge, dossier {1}", en: "recharge sold, file {1}")
        case .reversed: return Phrase(fr: "écriture annulée ({1})", en: "entry reversed ({1})")
        case .demoGenerated: return Phrase(fr: "registre de démonstration créé", en: "demo ledger generated")
        case .cashBoxOpened: return Phrase(fr: "caisse ouverte ({1})", en: "cash box opened ({1})")
        case .cashMoved: return Phrase(fr: "mouvement de caisse ({1})", en: "cash movement ({1})")
        case .cashBoxClosed: return Phrase(fr: "caisse clôturée ({1})", en: "cash box closed ({1})")
        }
    }
}
