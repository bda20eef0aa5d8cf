/// The journal actions of data protection (Administration): anonymisation, erasure,
/// the right of access, the purge of connection logs, backups and restores. The raw
/// values are stored in the journal: never change one. Like every event, they name
/// file numbers and codes, never a person.
public enum ProtectionAction: String, JournalAction {
    case anonymised = "protection.anonymise"
    case erased = "protection.erase"
    case exported = "protection.export"
    case logsPurged = "protection.purge_logs"
    case backedUp = "protection.backup"
    case restored = "protection.restore"

    public static var area: AreaID { .administration }

    public var wording: Phrase {
        switch self {
        case .anonymised: return Phrase(fr: "fiche {1} anonymisée", en: "file {1} anonymised")
        case .erased: return Phrase(fr: "fiche {1} effacée à la demande", en: "file {1} erased on request")
        case .exported: return Phrase(fr: "fiche {1} exportée (droit d’accès)", en: "file {1} exported (right of access)")
        case .logsPurged: return Phrase(fr: "journaux de connexion purgés", en: "connection logs purged")
        case .backedUp: return Phrase(fr: "sauvegarde faite", en: "backup made")
        case .restored: return Phrase(fr: "sauvegarde restaurée", en: "backup restored")
        }
    }
}
