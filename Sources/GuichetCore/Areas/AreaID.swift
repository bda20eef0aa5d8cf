/// The areas of the counter, in the order of the home menu; the raw value is the
/// number that opens an area from home.
///
/// This is the one registry of areas. Adding a case makes the compiler ask, in
/// each layer, for that area's part: its journal actions here (`journalActions`),
/// its schema and timeline sources in the store, its module (label, permission,
/// first screen, home figures) in the app.
public enum AreaID: Int, CaseIterable, Sendable, Comparable {
    case beneficiaries = 1
    case budget
    case recharges
    case hotspots
    case journal
    case administration

    public static func < (lhs: AreaID, rhs: AreaID) -> Bool { lhs.rawValue < rhs.rawValue }
}
