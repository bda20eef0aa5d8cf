import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    /// The whole catalog, retired offers included (last): the session keeps what is
    /// available (`OfferMatching`), the administration shows everything.
    public func budgetOffers() throws(GuichetError) -> [BudgetOffer] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(BudgetRows.offerColumns) FROM budget_offers
                ORDER BY retired_at IS NOT NULL, service, monthly_price_cents, name, id
                """).map(BudgetRows.offer)
        }
    }

    /// Adds an offer (`id` nil) or saves an edited one, journaled `budget.offer_create`
    /// or `budget.offer_update` with the offer's number (`#12`). Saving an example
    /// offer once marks it checked. The catalog is the site's set-up: supervisors.
    public func saveBudgetOffer(as actor: Actor, id: Int64?, _ offer: BudgetOffer) throws(GuichetError) -> BudgetOffer {
        try actor.require(.changeSettings)
        let now = Timestamp.utcText(clock.now())
        let action: BudgetAction = id == nil ? .offerCreated : .offerUpdated
        return try perform(as: actor, action: action) { db in
            let values: [(String, (any DatabaseValueConvertible)?)] = [
                ("operator", offer.operatorName), ("name", offer.name), ("service", offer.service.rawValue),
                ("monthly_price_cents", offer.monthlyPrice.cents), ("minutes", offer.content.minutes), ("sms", offer.content.sms),
                ("data_mb", offer.content.dataMB), ("benefits", Benefit.stored(offer.benefits)),
                ("commitment_months", offer.commitmentMonths), ("valid_from", offer.validFrom?.iso), ("valid_to", offer.validTo?.iso),
                ("is_example", 0),
            ]
            let offerID = try BudgetRows.save(db, table: "budget_offers", id: id, values, at: now, by: actor.userID,
                                              unknown: BudgetStoreText.unknownOffer)
            return Traced(try Self.budgetOffer(db, offerID), subject: "#\(offerID)",
                          summary: "price=\(offer.monthlyPrice.cents) service=\(offer.service.rawValue)")
        }
    }

    /// Retires an offer (no longer proposed; the sessions that chose it keep it) or
    /// puts it back, journaled `budget.offer_retire` / `budget.offer_restore`. Supervisors.
    public func setBudgetOfferRetired(as actor: Actor, id: Int64, retired: Bool) throws(GuichetError) -> BudgetOffer {
        try actor.require(.changeSettings)
        let now = Timestamp.utcText(clock.now())
        return try perform(as: actor, action: retired ? BudgetAction.offerRetired : .offerRestored) { db in
            _ = try Self.budgetOffer(db, id)
            try db.execute(sql: "UPDATE budget_offers SET retired_at = ?, retired_by = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                           arguments: [retired ? now : nil, retired ? actor.userID : nil, now, actor.userID, id])
            return Traced(try Self.budgetOffer(db, id), subject: "#\(id)", summary: retired ? "retired" : "restored")
        }
    }

    static func budgetOffer(_ db: Database, _ id: Int64) throws -> BudgetOffer {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(BudgetRows.offerColumns) FROM budget_offers WHERE id = ?", arguments: [id]) else {
            throw GuichetError.invalid(BudgetStoreText.unknownOffer)
        }
        return try BudgetRows.offer(row)
    }
}
