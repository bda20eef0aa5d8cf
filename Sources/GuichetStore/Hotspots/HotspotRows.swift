internal import GRDB
import GuichetCore

/// How the hotspot tables' rows read back into the core's values.
enum HotspotRows {
    static let deviceColumns = """
        d.id, d.code, d.model, d.imei, d.iccid, d.phone, d.acquisition, d.acquired_on, d.donor, d.notes, d.state
        """

    /// A key read from `deviceColumns`, by position from `start`.
    static func device(_ row: Row, from start: Int = 0) throws -> HotspotDevice {
        guard let imei = IMEI(storedText: row[start + 3]), let acquisition = Acquisition(rawValue: row[start + 6]),
              let state = DeviceState(rawValue: row[start + 10]) else { throw GuichetError.storage("unreadable key") }
        let iccid: String? = row[start + 4]
        let phone: String? = row[start + 5]
        return HotspotDevice(id: row[start], details: ValidDevice(
            code: row[start + 1], model: row[start + 2], imei: imei, iccid: iccid.flatMap(ICCID.init(storedText:)),
            phone: try StoredPhone.read(phone), acquisition: acquisition, acquiredOn: try StoredDay.optional(row[start + 7]),
            donor: row[start + 8], notes: row[start + 9]), state: state)
    }

    /// Needs `hotspot_loans l JOIN hotspot_devices d`.
    static let loanColumns = """
        l.id, l.device_id, d.code, l.beneficiary_id, l.file_number, l.started_on, l.due_on, l.renewals, l.deposit_cents,
        l.accessories_out, l.closed_on, l.outcome, l.accessories_in, l.deposit_returned_cents
        """
    static let loanColumnCount = 14

    static func loan(_ row: Row, from start: Int = 0) throws -> HotspotLoan {
        HotspotLoan(
            id: row[start], deviceID: row[start + 1], deviceCode: row[start + 2], beneficiaryID: row[start + 3],
            fileNumber: row[start + 4], startedOn: try StoredDay.required(row[start + 5]),
            dueOn: try StoredDay.optional(row[start + 6]), renewals: row[start + 7], deposit: Money(cents: row[start + 8]),
            accessoriesOut: Accessory.read(row[start + 9]), closedOn: try StoredDay.optional(row[start + 10]),
            outcome: (row[start + 11] as String?).flatMap(LoanOutcome.init(rawValue:)), accessoriesIn: Accessory.read(row[start + 12]),
            depositReturned: Money(cents: row[start + 13]))
    }

    /// The columns of a history row after `at` and `user_login`.
    static let eventColumns = "kind, event, device_code, file_number, due_on, outcome, amount_cents, note"

    static func event(_ row: Row, from start: Int) throws -> HotspotEvent {
        let kind: String = row[start]
        let event: String? = row[start + 1]
        let device: String = row[start + 2]
        let file: String = row[start + 3] ?? "—"
        let due = try StoredDay.optional(row[start + 4])
        let amount = Money(cents: row[start + 6])
        let note: String = row[start + 7]
        switch kind {
        case "added": return .added(event.flatMap(Acquisition.init(rawValue:)) ?? .donation)
        case "corrected": return .corrected
        case "state":
            guard let change = event.flatMap(DeviceEvent.init(rawValue:)) else { throw GuichetError.storage("unreadable key event") }
            return .stateChanged(change, reason: note)
        case "lent": return .lent(device: device, file: file, due: due, kind: .loan, deposit: amount)
        case "handover": return .lent(device: device, file: file, due: nil, kind: .handover, deposit: .zero)
        case "renewed":
            guard let due else { throw GuichetError.storage("unreadable key event") }
            return .renewed(device: device, file: file, due: due)
        case "ended":
            guard let outcome = (row[start + 5] as String?).flatMap(LoanOutcome.init(rawValue:)) else {
                throw GuichetError.storage("unreadable key event")
            }
            return .ended(device: device, file: file, outcome: outcome, refund: amount, note: note)
        default: throw GuichetError.storage("unreadable key event")
        }
    }

    /// One row of a key's history, appended in the action's transaction.
    struct NewEvent {
        var kind: String
        var event: String?
        var from: DeviceState?
        var to: DeviceState?
        var loanID: Int64?
        var beneficiaryID: Int64?
        var fileNumber: String?
        var due: CalendarDay?
        var outcome: LoanOutcome?
        var amount: Money = .zero
        var note = ""

        init(kind: String, event: String? = nil, from: DeviceState? = nil, to: DeviceState? = nil, loanID: Int64? = nil,
             beneficiaryID: Int64? = nil, fileNumber: String? = nil, due: CalendarDay? = nil, outcome: LoanOutcome? = nil,
             amount: Money = .zero, note: String = "") {
            self.kind = kind
            self.event = event
            self.from = from
            self.to = to
            self.loanID = loanID
            self.beneficiaryID = beneficiaryID
            self.fileNumber = fileNumber
            self.due = due
            self.outcome = outcome
            self.amount = amount
            self.note = note
        }
    }

    static func append(_ db: Database, _ event: NewEvent, device: (id: Int64, code: String), at: String, day: CalendarDay,
                       actor: Actor?) throws {
        try db.cachedStatement(sql: """
            INSERT INTO hotspot_events (device_id, device_code, at, day, user_id, user_login, kind, event, from_state, to_state,
                                        loan_id, beneficiary_id, file_number, due_on, outcome, amount_cents, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                device.id, device.code, at, day.iso, actor?.userID, actor?.login, event.kind, event.event, event.from?.rawValue,
                event.to?.rawValue, event.loanID, event.beneficiaryID, event.fileNumber, event.due?.iso, event.outcome?.rawValue,
                event.amount.cents, event.note,
            ])
    }

    /// Moves the key to `state` (the caller checked the transition) and records who did it.
    static func setState(_ db: Database, deviceID: Int64, to state: DeviceState, at: String, actor: Actor?) throws {
        try db.cachedStatement(sql: "UPDATE hotspot_devices SET state = ?, updated_at = ?, updated_by = ? WHERE id = ?")
            .execute(arguments: [state.rawValue, at, actor?.userID, deviceID])
    }

    static func fetchDevice(_ db: Database, id: Int64) throws -> HotspotDevice {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(deviceColumns) FROM hotspot_devices d WHERE d.id = ?"),
                                         arguments: [id]) else { throw GuichetError.invalid(HotspotText.unknownDevice) }
        return try device(row)
    }

    static func fetchLoan(_ db: Database, id: Int64) throws -> HotspotLoan {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT \(loanColumns) FROM hotspot_loans l JOIN hotspot_devices d ON d.id = l.device_id WHERE l.id = ?
            """), arguments: [id]) else { throw GuichetError.invalid(HotspotText.unknownLoan) }
        return try loan(row)
    }

    /// The open loan of the key `deviceID` or of the person `beneficiaryID`, if any.
    static func openLoan(_ db: Database, deviceID: Int64? = nil, beneficiaryID: Int64? = nil) throws -> HotspotLoan? {
        let (column, value) = deviceID.map { ("l.device_id", $0) } ?? ("l.beneficiary_id", beneficiaryID ?? 0)
        return try Row.fetchOne(db.cachedStatement(sql: """
            SELECT \(loanColumns) FROM hotspot_loans l JOIN hotspot_devices d ON d.id = l.device_id
            WHERE \(column) = ? AND l.closed_on IS NULL
            """), arguments: [value]).map { try loan($0) }
    }
}
