/// The journal actions of the supervisors' review. The raw values are stored in the
/// journal: never change one. The subject is the period (`2026-11-01..2026-11-30`);
/// the summary says what left the database and where (`what=daily format=csv rows=30 to=file`).
public enum ReviewAction: String, JournalAction {
    case exported = "report.export"
    case reportWritten = "report.write"

    public static var area: AreaID { .journal }

    public var wording: Phrase {
        switch self {
        case .exported: return Phrase(fr: "export CSV de la période {1}", en: "CSV export of the period {1}")
        case .reportWritten: return Phrase(fr: "rapport de la période {1}", en: "report of the period {1}")
        }
    }
}
