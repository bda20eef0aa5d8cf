import Foundation
internal import GRDB
import GuichetCore

/// What a device import found and did.
public struct DeviceImportReport: Sendable, Equatable {
    public let encoding: DetectedEncoding
    /// Header notices and problems, then each refused row's issues, in file order.
    public let issues: [ImportIssue]
    public let refusedLines: [Int]
    /// The codes of the keys added (or that would be, in a dry run or a blocked import).
    public let imported: [String]
    public let committed: Bool
    /// True when the header could not be read, or rows were refused and not skipped: nothing is stored.
    public let blocked: Bool
}

extension GuichetStore {
    /// Adds the keys of a batch read by `DeviceImportFile` (supervisors), like the import of
    /// beneficiaries: if the header is unusable, or any row is refused and `skipInvalid` is
    /// false, nothing is stored. A row whose code, IMEI, ICCID or number another key already
    /// has is refused at that column. All keys are added in ONE transaction with ONE journal
    /// event `import.devices` (counts only), each with its history row. `dryRun` writes nothing.
    public func importDevices(as actor: Actor, file: DeviceImportFile, skipInvalid: Bool, dryRun: Bool)
        throws(GuichetError) -> DeviceImportReport {
        try actor.require(.importData)
        try actor.require(.manageDevices)
        let headerBlocked = file.headerIssues.contains(where: \.blocking)
        let valid = file.rows.compactMap { row in row.device.map { (line: row.line, device: $0) } }

        /// The rows whose values another key already has, with their issues.
        func conflicts(_ db: Database) throws -> [Int: [ImportIssue]] {
            var found: [Int: [ImportIssue]] = [:]
            for (line, device) in valid {
                do {
                    try Self.requireUnique(db, device, except: nil)
                } catch let error as GuichetError {
                    let column = [DeviceImportColumn.code, .imei, .iccid, .phone].first {
                        error.message(.french).hasPrefix($0.fieldLabel.french + " :")
                    }
                    found[line] = [ImportIssue(line: line, column: column?.rawValue, message: error.phrase)]
                }
            }
            return found
        }

        func report(_ conflicting: [Int: [ImportIssue]], committed: Bool) -> DeviceImportReport {
            let refused = (file.rows.filter { $0.device == nil }.map(\.line) + conflicting.keys).sorted()
            let blocked = headerBlocked || (!refused.isEmpty && !skipInvalid)
            var issues = file.headerIssues
            for row in file.rows { issues += row.issues + (conflicting[row.line] ?? []) }
            let imported = valid.filter { conflicting[$0.line] == nil }.map(\.device.code)
            return DeviceImportReport(encoding: file.encoding, issues: issues, refusedLines: refused,
                                      imported: blocked && committed ? [] : imported, committed: committed, blocked: blocked)
        }

        if headerBlocked { return report([:], committed: false) }
        let checked = report(try read { db in try conflicts(db) }, committed: false)
        if dryRun || checked.blocked { return checked }
        return try momentAction(as: actor, action: HotspotAction.imported) { db, moment in
            // Checked again in the transaction: a key added meanwhile at a counter counts too.
            let conflicting = try conflicts(db)
            let result = report(conflicting, committed: true)
            if result.blocked { throw GuichetError.refused(HotspotImportText.changedMeanwhile) }
            for (line, device) in valid where conflicting[line] == nil {
                let id = try Self.insertDevice(db, device, at: moment.at, actor: actor)
                try HotspotRows.append(db, .init(kind: "added", event: device.acquisition.rawValue, to: .available, note: "import"),
                                       device: (id, device.code), at: moment.at, day: moment.today, actor: actor)
            }
            return Traced(result, subject: nil, summary: "imported=\(result.imported.count) refused=\(result.refusedLines.count) "
                          + "encoding=\(file.encoding.rawValue)")
        }
    }
}

enum HotspotImportText {
    static let changedMeanwhile = Phrase(
        fr: "Des clés ont été ajoutées pendant l’import : relancez-le pour voir les lignes en cause. Rien n’a été importé.",
        en: "Keys were added during the import: run it again to see the lines at fault. Nothing was imported.")
}

extension DeviceImportColumn {
    var fieldLabel: Phrase {
        switch self {
        case .code: return DeviceField.code.label
        case .imei: return DeviceField.imei.label
        case .iccid: return DeviceField.iccid.label
        case .phone: return DeviceField.phone.label
        default: return DeviceField.notes.label
        }
    }
}
