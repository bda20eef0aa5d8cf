import GuichetCore
import GuichetStore
import GuichetTerminal

/// What a searchable list searches, and how its rows read: beneficiaries,
/// users, and the devices, products and offers of the areas to come.
protocol SearchSource {
    associatedtype Row: Sendable

    /// At most `limit` rows for `query`, best first; an empty query gives the recent rows.
    func search(_ query: String, limit: Int, store: GuichetStore, context: AppContext) throws(GuichetError) -> [Row]
    /// A stable identity, to keep the selection on its row when more rows are fetched.
    func id(of row: Row) -> Int64
    func header(_ context: AppContext) -> ListItem
    var columnWidths: [Int] { get }
    /// The rows on screen as list items. This runs at every keystroke: only the
    /// visible rows are formatted, and what they share is computed once.
    func items(_ rows: ArraySlice<Row>, context: AppContext) -> [ListItem]
    /// Under the search field: what can be typed.
    var queryHint: Phrase { get }
    /// The status line while nothing is typed (« Fiches récentes »).
    var emptyQueryStatus: Phrase { get }
    /// The longest query that can be typed.
    var queryMaximumLength: Int { get }
    /// When the search found nothing: the rows that come closest (« Fiches proches »), if the source has such a notion.
    func closest(_ query: String, limit: Int, store: GuichetStore, context: AppContext) throws(GuichetError) -> [Row]
    /// Whether `closest` can find anything (the list then asks for it once typing pauses).
    var offersClosest: Bool { get }
    /// The status line above the closest rows.
    var closestStatus: Phrase { get }
}

extension SearchSource {
    func closest(_ query: String, limit: Int, store: GuichetStore, context: AppContext) throws(GuichetError) -> [Row] { [] }
    var offersClosest: Bool { false }
    var closestStatus: Phrase { AppText.closestRows }
}
