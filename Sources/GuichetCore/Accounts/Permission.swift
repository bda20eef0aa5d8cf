/// Every guarded capability, with the least role that holds it (DOMAIN.md, "Who uses it").
public enum Permission: String, Sendable, CaseIterable {
    case useCounter
    case editBeneficiaries
    case recordVisits
    case renewEnrolment
    case closeEnrolment
    case budgetCoaching
    case manageUsers
    case changeSettings
    case readWholeJournal
    case importData
    /// Recharges: sell, and open the cash box with the previous counted close as float.
    case sellRecharges
    /// Recharges: products, stock receptions and other stock movements.
    case manageStock
    /// Recharges: reversals, a first float, cash put in or taken out.
    case correctLedger
    /// Recharges: the daily closing (a coach too when the setting allows it).
    case closeCashBox
    /// 3G keys: lend, renew and take back.
    case lendHotspots
    /// 3G keys: add, correct, retire and change the state of a key by hand, import a batch.
    case manageDevices
    /// Data protection: anonymise, erase and export a file, purge connection logs, back up and restore.
    case protectData

    public var minimumRole: Role {
        switch self {
        case .useCounter, .editBeneficiaries, .recordVisits, .renewEnrolment, .sellRecharges, .lendHotspots: return .volunteer
        case .budgetCoaching: return .coach
        case .closeEnrolment, .manageUsers, .changeSettings, .readWholeJournal, .importData,
             .manageStock, .correctLedger, .closeCashBox, .manageDevices, .protectData: return .supervisor
        }
    }
}
