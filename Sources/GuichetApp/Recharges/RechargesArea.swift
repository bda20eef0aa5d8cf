import GuichetCore

/// Prepaid recharges at a solidarity price (not built yet: greyed on the home screen).
enum RechargesArea {
    static let module = AreaModule(label: AppText.areaRecharges, permission: .useCounter)
}
