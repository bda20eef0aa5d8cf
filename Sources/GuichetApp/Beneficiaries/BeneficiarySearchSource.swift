import GuichetCore
import GuichetStore
import GuichetTerminal

/// The beneficiary file as a searchable list: names in any order and spelling,
/// file numbers, phones in any writing (`GuichetStore.searchBeneficiaries`).
struct BeneficiarySearchSource: SearchSource {
    func search(_ query: String, limit: Int, store: GuichetStore, context: AppContext) throws(GuichetError) -> [BeneficiarySummary] {
        try store.searchBeneficiaries(query, limit: limit)
    }

    func id(of row: BeneficiarySummary) -> Int64 { row.id }

    func header(_ context: AppContext) -> ListItem { BeneficiaryRow.header(context) }

    var columnWidths: [Int] { BeneficiaryRow.columnWidths }

    func items(_ rows: ArraySlice<BeneficiarySummary>, context: AppContext) -> [ListItem] {
        let today = context.today
        return rows.map { BeneficiaryRow.item($0, context, today: today) }
    }

    func closest(_ query: String, limit: Int, store: GuichetStore, context: AppContext) throws(GuichetError) -> [BeneficiarySummary] {
        try store.closestBeneficiaries(query, limit: limit)
    }

    var closestStatus: Phrase { AppText.closestFiles }

    var queryHint: Phrase { AppText.searchHint }
    var emptyQueryStatus: Phrase { AppText.recentFiles }
    var queryMaximumLength: Int { 60 }
}

extension PickerScreen where Source == BeneficiarySearchSource {
    /// « Choisir un·e bénéficiaire »: the file list in pick mode, for another area.
    static func beneficiary(title: Phrase = AppText.pickBeneficiaryTitle) -> PickerScreen {
        PickerScreen(title: title, source: BeneficiarySearchSource(), noResult: AppText.noFileMatches) { .beneficiary($0) }
    }
}
