import GuichetCore
import GuichetStore
import GuichetTerminal

/// A file of the list, marked when a step of its budget plan is overdue.
struct BeneficiaryListRow: Sendable {
    let summary: BeneficiarySummary
    let planOverdue: Bool
}

/// The beneficiary file as a searchable list: names in any order and spelling,
/// file numbers, phones in any writing (`GuichetStore.searchBeneficiaries`).
struct BeneficiarySearchSource: SearchSource {
    func search(_ query: String, limit: Int, store: GuichetStore, context: AppContext) throws(GuichetError) -> [BeneficiaryListRow] {
        try marked(store.searchBeneficiaries(query, limit: limit), store: store, context: context)
    }

    /// The files with the marker of an overdue plan step (one indexed query for the screenful).
    private func marked(_ files: [BeneficiarySummary], store: GuichetStore, context: AppContext) throws(GuichetError) -> [BeneficiaryListRow] {
        let overdue = try store.filesWithOverdueSteps(among: files.map(\.id), on: context.today)
        return files.map { BeneficiaryListRow(summary: $0, planOverdue: overdue.contains($0.id)) }
    }

    func id(of row: BeneficiaryListRow) -> Int64 { row.summary.id }

    func header(_ context: AppContext) -> ListItem { BeneficiaryRow.header(context) }

    var columnWidths: [Int] { BeneficiaryRow.columnWidths }

    func items(_ rows: ArraySlice<BeneficiaryListRow>, context: AppContext) -> [ListItem] {
        let today = context.today
        return rows.map { BeneficiaryRow.item($0.summary, context, today: today, planOverdue: $0.planOverdue) }
    }

    var offersClosest: Bool { true }

    func closest(_ query: String, limit: Int, store: GuichetStore, context: AppContext) throws(GuichetError) -> [BeneficiaryListRow] {
        try marked(store.closestBeneficiaries(query, limit: limit), store: store, context: context)
    }

    var closestStatus: Phrase { AppText.closestFiles }

    var queryHint: Phrase { AppText.searchHint }
    var emptyQueryStatus: Phrase { AppText.recentFiles }
    var queryMaximumLength: Int { 60 }
}

extension PickerScreen where Source == BeneficiarySearchSource {
    /// « Choisir un·e bénéficiaire »: the file list in pick mode, for another area.
    static func beneficiary(title: Phrase = AppText.pickBeneficiaryTitle) -> PickerScreen {
        PickerScreen(title: title, source: BeneficiarySearchSource(), noResult: AppText.noFileMatches) { .beneficiary($0.summary) }
    }
}
