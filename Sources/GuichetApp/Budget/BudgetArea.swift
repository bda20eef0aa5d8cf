import GuichetCore
import GuichetStore

/// Telecom budget coaching (coaches and supervisors): the people followed, a
/// person's sessions, result, plan and history, the printed summary.
enum BudgetArea {
    static let module = AreaModule(
        label: AppText.areaBudget, permission: .budgetCoaching,
        homeFigures: [HomeFigure(label: AppText.figureBudgetSessions, count: .budgetSessions),
                      HomeFigure(label: AppText.figureOverdueSteps, count: .overduePlanSteps)],
        firstScreen: { _ in BudgetFollowUpScreen() },
        reportFigures: { store, actor, period, scope throws(GuichetError) in
            try store.budgetReportFigures(as: actor, period: period, scope: scope)
        })
}
