import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    static let productColumns = """
        p.id, p.code, p.operator, p.label, p.face_value_cents, p.minutes, p.data_mb, p.price_cents, p.low_stock, p.is_active,
        p.is_example, coalesce(s.quantity, 0)
        """

    static func product(_ row: Row) -> RechargeProduct {
        RechargeProduct(id: row[0], code: row[1], operatorName: row[2], label: row[3], faceValue: Money(cents: row[4]),
                        minutes: row[5], dataMB: row[6], price: Money(cents: row[7]), lowStock: row[8], isActive: row[9],
                        isExample: row[10], stock: row[11])
    }

    static func fetchProducts(_ db: Database, where condition: String = "1", _ arguments: StatementArguments = []) throws
        -> [RechargeProduct] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(productColumns) FROM recharge_products p LEFT JOIN recharge_stock s ON s.product_id = p.id
            WHERE \(condition) ORDER BY p.is_active DESC, p.operator, p.face_value_cents, p.code
            """), arguments: arguments).map(product)
    }

    static func fetchProduct(_ db: Database, id: Int64) throws -> RechargeProduct {
        guard let product = try fetchProducts(db, where: "p.id = ?", [id]).first else {
            throw GuichetError.invalid(RechargeText.unknownProduct)
        }
        return product
    }

    /// The products with their stock (derived from the ledger), active ones first.
    public func rechargeProducts(includeRetired: Bool = true) throws(GuichetError) -> [RechargeProduct] {
        try read { db in try Self.fetchProducts(db, where: includeRetired ? "1" : "p.is_active = 1") }
    }

    /// Products whose code, operator or label holds every word of `query` (folded), at most `limit`.
    public func searchRechargeProducts(_ query: String, limit: Int) throws(GuichetError) -> [RechargeProduct] {
        let words = NameFolding.fold(query).split(separator: " ")
        let found = try rechargeProducts().filter { product in
            let own = NameFolding.fold(product.code + " " + product.operatorName + " " + product.label)
            return words.allSatisfy { own.contains($0) }
        }
        return Array(found.prefix(max(0, limit)))
    }

    /// Active products at or under their low-stock threshold.
    public func lowStockProducts() throws(GuichetError) -> [RechargeProduct] {
        try read { db in
            try Self.fetchProducts(db, where: "p.is_active = 1 AND coalesce(s.quantity, 0) <= p.low_stock")
        }
    }

    /// Journals `recharge.product_create` with the product's code.
    public func createRechargeProduct(as actor: Actor, _ product: ProductDraft.Valid) throws(GuichetError) -> RechargeProduct {
        try actor.require(.manageStock)
        let now = Timestamp.utcText(clock.now())
        return try perform(as: actor, action: RechargeAction.productCreated) { db in
            guard try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM recharge_products WHERE code = ?)",
                                     arguments: [product.code])! else {
                throw GuichetError.invalid(RechargeText.productCodeTaken)
            }
            try db.execute(sql: """
                INSERT INTO recharge_products (code, operator, label, face_value_cents, minutes, data_mb, price_cents, low_stock,
                                               is_active, is_example, created_at, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
                """, arguments: [product.code, product.operatorName, product.label, product.faceValue.cents, product.minutes,
                                 product.dataMB, product.price.cents, product.lowStock, product.isActive, now, now, actor.userID])
            let created = try Self.fetchProduct(db, id: db.lastInsertedRowID)
            return Traced(created, subject: created.code, summary: Self.productSummary(product))
        }
    }

    /// Journals `recharge.product_update`. An example edited is no longer an example.
    public func updateRechargeProduct(as actor: Actor, id: Int64, _ product: ProductDraft.Valid) throws(GuichetError)
        -> RechargeProduct {
        try actor.require(.manageStock)
        let now = Timestamp.utcText(clock.now())
        return try perform(as: actor, action: RechargeAction.productUpdated) { db in
            _ = try Self.fetchProduct(db, id: id)
            guard try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM recharge_products WHERE code = ? AND id <> ?)",
                                     arguments: [product.code, id])! else {
                throw GuichetError.invalid(RechargeText.productCodeTaken)
            }
            try db.execute(sql: """
                UPDATE recharge_products SET code = ?, operator = ?, label = ?, face_value_cents = ?, minutes = ?, data_mb = ?,
                    price_cents = ?, low_stock = ?, is_active = ?, is_example = 0, updated_at = ?, updated_by = ?
                WHERE id = ?
                """, arguments: [product.code, product.operatorName, product.label, product.faceValue.cents, product.minutes,
                                 product.dataMB, product.price.cents, product.lowStock, product.isActive, now, actor.userID, id])
            let updated = try Self.fetchProduct(db, id: id)
            return Traced(updated, subject: updated.code, summary: Self.productSummary(product))
        }
    }

    private static func productSummary(_ product: ProductDraft.Valid) -> String {
        "face=\(product.faceValue.cents) price=\(product.price.cents) minutes=\(product.minutes) data_mb=\(product.dataMB) "
            + "low=\(product.lowStock) active=\(product.isActive ? 1 : 0)"
    }
}
