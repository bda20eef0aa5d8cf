import GuichetCore

/// Telecom budget coaching (not built yet: greyed on the home screen).
enum BudgetArea {
    static let module = AreaModule(label: AppText.areaBudget, permission: .budgetCoaching)
}
