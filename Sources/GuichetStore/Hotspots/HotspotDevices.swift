import Foundation
internal import GRDB
import GuichetCore

/// A key as the stock list shows it: its details and its open loan, if any.
public struct DeviceListRow: Sendable, Equatable, Identifiable {
    public let device: HotspotDevice
    public let loan: HotspotLoan?
    public var id: Int64 { device.id }
}

/// One line of a key's history.
public struct DeviceHistoryEntry: Sendable, Equatable {
    public let at: Date
    public let userLogin: String?
    public let event: HotspotEvent
}

extension GuichetStore {
    /// The loans' settings; the defaults for those never changed or unreadable.
    public func hotspotSettings() -> HotspotSettings {
        (try? read { db in try Self.hotspotSettings(db) }) ?? HotspotSettings()
    }

    static func hotspotSettings(_ db: Database) throws -> HotspotSettings {
        let stored = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db.cachedStatement(sql: """
            SELECT key, value FROM settings WHERE key IN (?, ?, ?, ?)
            """), arguments: [SettingKey.hotspotEligibleHousings.rawValue, SettingKey.hotspotLoanDays.rawValue,
                              SettingKey.hotspotDeposit.rawValue, SettingKey.hotspotRenewalLimit.rawValue])
            .map { ($0[0] as String, $0[1] as String) })
        var settings = HotspotSettings()
        if let value = stored[SettingKey.hotspotEligibleHousings.rawValue], let housings = try? HotspotSettings.housings(value) {
            settings.eligibleHousings = housings
        }
        if let value = stored[SettingKey.hotspotLoanDays.rawValue], let days = try? HotspotSettings.loanDays(value) {
            settings.loanDays = days
        }
        if let value = stored[SettingKey.hotspotDeposit.rawValue], let deposit = try? HotspotSettings.deposit(value) {
            settings.deposit = deposit
        }
        if let value = stored[SettingKey.hotspotRenewalLimit.rawValue], let limit = try? HotspotSettings.renewalLimit(value) {
            settings.renewalLimit = limit
        }
        return settings
    }

    /// Adds a key to the fleet, available (supervisors). Journaled `hotspot.device_add`.
    public func addDevice(as actor: Actor, _ device: ValidDevice) throws(GuichetError) -> HotspotDevice {
        try actor.require(.manageDevices)
        return try momentAction(as: actor, action: HotspotAction.deviceAdded) { db, moment in
            try Self.requireUnique(db, device, except: nil)
            let id = try Self.insertDevice(db, device, at: moment.at, actor: actor)
            try HotspotRows.append(db, .init(kind: "added", event: device.acquisition.rawValue, to: .available),
                                   device: (id, device.code), at: moment.at, day: moment.today, actor: actor)
            return Traced(try HotspotRows.fetchDevice(db, id: id), subject: device.code,
                          summary: "imei_end=\(device.imei.digits.suffix(4)) acquisition=\(device.acquisition.rawValue)")
        }
    }

    static func insertDevice(_ db: Database, _ device: ValidDevice, at: String, actor: Actor?) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO hotspot_devices (code, model, imei, iccid, phone, acquisition, acquired_on, donor, notes, state,
                                         created_at, created_by, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'available', ?, ?, ?, ?)
            """).execute(arguments: [device.code, device.model, device.imei.digits, device.iccid?.digits, device.phone?.e164,
                                     device.acquisition.rawValue, device.acquiredOn?.iso, device.donor, device.notes,
                                     at, actor?.userID, at, actor?.userID])
        return db.lastInsertedRowID
    }

    /// Corrects a key's details (supervisors); its state and history stay. Journaled
    /// `hotspot.device_correct` with the names of the fields changed.
    public func correctDevice(as actor: Actor, id: Int64, _ device: ValidDevice) throws(GuichetError) -> HotspotDevice {
        try actor.require(.manageDevices)
        return try momentAction(as: actor, action: HotspotAction.deviceCorrected) { db, moment in
            let before = try HotspotRows.fetchDevice(db, id: id)
            try Self.requireUnique(db, device, except: id)
            try db.execute(sql: """
                UPDATE hotspot_devices SET code = ?, model = ?, imei = ?, iccid = ?, phone = ?, acquisition = ?, acquired_on = ?,
                    donor = ?, notes = ?, updated_at = ?, updated_by = ? WHERE id = ?
                """, arguments: [device.code, device.model, device.imei.digits, device.iccid?.digits, device.phone?.e164,
                                 device.acquisition.rawValue, device.acquiredOn?.iso, device.donor, device.notes, moment.at,
                                 actor.userID, id])
            let (old, new) = (DeviceDraft(before), DeviceDraft(HotspotDevice(id: id, details: device, state: before.state)))
            let changed: [String] = DeviceField.allCases.filter { old[$0] != new[$0] }.map(\.rawValue)
            try HotspotRows.append(db, .init(kind: "corrected", note: changed.joined(separator: ",")),
                                   device: (id, device.code), at: moment.at, day: moment.today, actor: actor)
            let summary = "fields=" + (changed.isEmpty ? "none" : changed.joined(separator: ","))
                + (before.code != device.code ? " was=\(before.code)" : "")
            return Traced(try HotspotRows.fetchDevice(db, id: id), subject: device.code, summary: summary)
        }
    }

    /// Refused with the field at fault when another key has the same code, IMEI, ICCID or number.
    static func requireUnique(_ db: Database, _ device: ValidDevice, except id: Int64?) throws {
        let checks: [(String, String?, Phrase)] = [
            ("code", device.code, HotspotText.codeTaken), ("imei", device.imei.digits, HotspotText.imeiTaken),
            ("iccid", device.iccid?.digits, HotspotText.iccidTaken), ("phone", device.phone?.e164, HotspotText.phoneTaken),
        ]
        for (column, value, message) in checks {
            guard let value, let other = try String.fetchOne(db, sql: """
                SELECT code FROM hotspot_devices WHERE \(column) = ? AND id IS NOT ?
                """, arguments: [value, id]) else { continue }
            throw GuichetError.invalid(column == "code" ? message.filled(value) : message.filled(other))
        }
    }

    /// A supervisor's change of a key's state by hand (repair, back from repair, lost, found,
    /// retired), with a reason; the core's state machine says whether it is allowed.
    /// Journaled `hotspot.state_change`.
    public func changeDeviceState(as actor: Actor, id: Int64, event: DeviceEvent, reason: String) throws(GuichetError) -> DeviceState {
        try actor.require(.manageDevices)
        let reason = try DeviceStateChangeRule.reason(reason)
        return try momentAction(as: actor, action: HotspotAction.stateChanged) { db, moment in
            let device = try HotspotRows.fetchDevice(db, id: id)
            let next = try DeviceTransition.manual(from: device.state, event)
            try HotspotRows.setState(db, deviceID: id, to: next, at: moment.at, actor: actor)
            try HotspotRows.append(db, .init(kind: "state", event: event.rawValue, from: device.state, to: next, note: reason),
                                   device: (id, device.code), at: moment.at, day: moment.today, actor: actor)
            return Traced(next, subject: device.code, summary: "event=\(event.rawValue) from=\(device.state.rawValue) to=\(next.rawValue)")
        }
    }

    /// The key of an inventory code (`CLE-017`), as the journal names it.
    public func deviceID(code: String) throws(GuichetError) -> Int64 {
        guard let id = try read({ db in
            try Int64.fetchOne(db, sql: "SELECT id FROM hotspot_devices WHERE code = ?", arguments: [code])
        }) else { throw .invalid(HotspotText.unknownDevice) }
        return id
    }

    public func device(id: Int64) throws(GuichetError) -> DeviceListRow {
        try read { db in
            DeviceListRow(device: try HotspotRows.fetchDevice(db, id: id), loan: try HotspotRows.openLoan(db, deviceID: id))
        }
    }

    /// The key's whole history, newest first.
    public func deviceHistory(id: Int64, limit: Int = 500) throws(GuichetError) -> [DeviceHistoryEntry] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT at, user_login, \(HotspotRows.eventColumns) FROM hotspot_events WHERE device_id = ?
                ORDER BY at DESC, id DESC LIMIT ?
                """, arguments: [id, max(0, limit)]).map { row in
                guard let at = StoredTime.parse(row[0]) else { throw GuichetError.storage("unreadable key event time") }
                return DeviceHistoryEntry(at: at, userLogin: row[1], event: try HotspotRows.event(row, from: 2))
            }
        }
    }

    /// How many keys are in each state (every state present, 0 when none).
    public func deviceCounts() throws(GuichetError) -> [DeviceState: Int] {
        try read { db in
            var counts = Dictionary(uniqueKeysWithValues: DeviceState.allCases.map { ($0, 0) })
            for row in try Row.fetchAll(db, sql: "SELECT state, count(*) FROM hotspot_devices GROUP BY state") {
                if let state = DeviceState(rawValue: row[0]) { counts[state] = row[1] }
            }
            return counts
        }
    }

    /// The keys, by code: all for an empty query; else by inventory code (`CLE-017`, `17`),
    /// the end of the IMEI or of the SIM's number, or the borrower (file number or name,
    /// as the file search finds them).
    public func searchDevices(_ query: String, limit: Int) throws(GuichetError) -> [DeviceListRow] {
        let text = query.trimmingWhitespace()
        let limit = max(0, limit)
        let digits = text.filter { !$0.isWhitespace && $0 != "." && $0 != "-" }
        let allDigits = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        let code = (try? InventoryCode.parse(text)) ?? text.uppercased()
        var people: [Int64] = []
        if !text.isEmpty && !allDigits { people = try searchBeneficiaries(text, limit: 50).map(\.id) }
        let file = FileNumber(text)?.formatted ?? ""
        let phoneDigits = PhoneNumber.searchDigits(text) ?? ""
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(HotspotRows.deviceColumns), \(HotspotRows.loanColumns)
                FROM hotspot_devices d LEFT JOIN hotspot_loans l ON l.device_id = d.id AND l.closed_on IS NULL
                WHERE :text = '' OR d.code LIKE :code || '%' OR d.code LIKE '%' || :text || '%'
                    OR (:digits <> '' AND (d.imei LIKE '%' || :digits OR d.code LIKE '%' || :digits || '%'))
                    OR (length(:phone) >= 3 AND d.phone LIKE '%' || :phone || '%')
                    OR l.beneficiary_id IN (SELECT value FROM json_each(:people)) OR l.file_number = :file
                ORDER BY d.code LIKE :code || '%' DESC, d.code LIMIT :limit
                """, arguments: ["text": text, "code": code, "digits": allDigits && digits.count >= 2 ? digits : "",
                                 "phone": phoneDigits, "people": "[" + people.map(String.init).joined(separator: ",") + "]",
                                 "file": file, "limit": limit])
            return try rows.map { row in
                let loanID: Int64? = row[11]
                return DeviceListRow(device: try HotspotRows.device(row), loan: loanID == nil ? nil : try HotspotRows.loan(row, from: 11))
            }
        }
    }
}
