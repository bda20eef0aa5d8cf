import GuichetCore
import GuichetStore

/// Prepaid recharges at a solidarity price: sales, stock, the cash box and its closing.
enum RechargesArea {
    static let module = AreaModule(
        label: AppText.areaRecharges, permission: .sellRecharges,
        homeFigures: [HomeFigure(label: AppText.figureRechargeUnits, count: .rechargeUnits),
                      HomeFigure(label: AppText.figureRechargeMinutes, count: .rechargeMinutes)],
        firstScreen: { _ in RechargesScreen() },
        homeAlerts: { store, context throws(GuichetError) in try homeAlerts(store, context) },
        reportFigures: { store, actor, period, scope throws(GuichetError) in
            try store.rechargeReportFigures(as: actor, period: period, scope: scope)
        })

    /// How many of the last entries the counter checks each time home is shown.
    static let startCheckEntries = 200

    /// Low stock, for everyone; a broken ledger (the check of its last entries), for supervisors.
    static func homeAlerts(_ store: GuichetStore, _ context: AppContext) throws(GuichetError) -> [HomeAlert] {
        var alerts: [HomeAlert] = []
        if context.actor?.role.may(.correctLedger) == true {
            let check = try store.verifyLedger(lastEntries: startCheckEntries)
            if !check.isIntact {
                let entry = check.firstBrokenEntry.map(String.init) ?? "?"
                alerts.append(HomeAlert(text: context.text(AppText.ledgerAlert, entry), isError: true))
            }
        }
        let low = try store.lowStockProducts()
        if !low.isEmpty {
            alerts.append(HomeAlert(text: lowStockLine(low, width: 76, context), isError: false))
        }
        return alerts
    }

    /// « Stock bas : EX-SFR-10 (2), EX-ORANGE-5 (0) et 3 autres » within `width` columns.
    static func lowStockLine(_ products: [RechargeProduct], width: Int, _ context: AppContext) -> String {
        var shown: [String] = []
        for (index, product) in products.enumerated() {
            let candidate = shown + ["\(product.code) (\(product.stock))"]
            let rest = products.count - index - 1
            let line = context.text(AppText.lowStockAlert, candidate.joined(separator: ", "))
                + (rest > 0 ? context.text(AppText.lowStockMore, rest) : "")
            guard line.count <= width || shown.isEmpty else { break }
            shown = candidate
        }
        let rest = products.count - shown.count
        return context.text(AppText.lowStockAlert, shown.joined(separator: ", ")) + (rest > 0 ? context.text(AppText.lowStockMore, rest) : "")
    }
}
