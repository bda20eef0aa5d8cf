import GuichetCore
import GuichetStore

/// The beneficiary file: search, files, visits.
enum BeneficiaryArea {
    static let module = AreaModule(
        label: AppText.areaBeneficiaries, permission: .editBeneficiaries,
        homeFigures: [HomeFigure(label: AppText.figureVisits, count: .visits),
                      HomeFigure(label: AppText.figureNewFiles, count: .newFiles)],
        firstScreen: { _ in BeneficiaryListScreen() },
        reportFigures: { store, actor, period, scope throws(GuichetError) in
            try store.beneficiaryReportFigures(as: actor, period: period, scope: scope)
        })
}
