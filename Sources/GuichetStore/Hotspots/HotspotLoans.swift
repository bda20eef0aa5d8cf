import Foundation
internal import GRDB
import GuichetCore

/// What the loan form shows before anything is written: the person, whether they may
/// borrow (the core's reason when not), the keys available, the deposit and the cash box.
public struct LoanContext: Sendable {
    public let fileNumber: FileNumber
    public let enrolment: Enrolment
    public let housing: Housing?
    public let openLoan: HotspotLoan?
    public let devices: [HotspotDevice]
    public let settings: HotspotSettings
    public let cashBox: CashBoxState

    /// Why the person may not borrow a key on `today`, or nil.
    public func refusal(on today: CalendarDay) -> GuichetError? {
        do throws(GuichetError) {
            try LoanEligibility.check(enrolment: enrolment, housing: housing, openLoan: openLoan, today: today, settings: settings)
            return nil
        } catch {
            return error
        }
    }
}

/// What a loan wrote: the receipt of its deposit, when one was taken.
public struct LoanReceipt: Sendable, Equatable {
    public let loanID: Int64
    public let deviceCode: String
    public let dueOn: CalendarDay?
    public let deposit: Money
    public let receipt: String?
}

/// What the end of a loan wrote: the key's new state and the deposit given back.
public struct LoanEnd: Sendable, Equatable {
    public let deviceCode: String
    public let state: DeviceState
    public let refund: Money
    public let receipt: String?
}

/// An open loan as the lists of the area show it: the loan, the person to call, when
/// they were last seen.
public struct OpenLoanRow: Sendable, Equatable, Identifiable {
    public let loan: HotspotLoan
    public let lastName: String
    public let firstName: String
    public let phone: PhoneNumber?
    /// The last day the person came (a visit, or the loan and its renewals).
    public let lastContact: CalendarDay?
    public var id: Int64 { loan.id }
}

/// Which open loans a list shows.
public enum OpenLoanFilter: String, Sendable, CaseIterable {
    case overdue
    case dueSoon
    case all
}

extension GuichetStore {
    public func loanContext(beneficiaryID: Int64) throws(GuichetError) -> LoanContext {
        let today = try today()
        return try read { db in
            let row = try Self.loanFile(db, id: beneficiaryID)
            guard let number = FileNumber(row["file_number"] as String) else { throw GuichetError.storage("unreadable file number") }
            let devices = try Row.fetchAll(db, sql: """
                SELECT \(HotspotRows.deviceColumns) FROM hotspot_devices d WHERE d.state = 'available' ORDER BY d.code
                """).map { try HotspotRows.device($0) }
            return LoanContext(fileNumber: number, enrolment: try StoredDay.enrolment(row),
                               housing: (row["housing"] as String?).flatMap(Housing.init(rawValue:)),
                               openLoan: try HotspotRows.openLoan(db, beneficiaryID: beneficiaryID), devices: devices,
                               settings: try Self.hotspotSettings(db), cashBox: try Self.cashBoxState(db, today: today))
        }
    }

    static func loanFile(_ db: Database, id: Int64) throws -> Row {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT file_number, housing, enrolled_on, renewed_on, closed_on, anonymised_on FROM beneficiaries WHERE id = ?
            """), arguments: [id]) else { throw GuichetError.invalid(BeneficiaryStoreText.unknownFile) }
        return row
    }

    /// Lends a key (or hands it over for good) in ONE transaction, every rule checked
    /// first so that a refused loan writes nothing: the person's enrolment, housing and
    /// open loan, the key's state (the core's state machine), the day due; the deposit
    /// (a setting) goes into the cash box as a cash movement with its receipt.
    /// Journaled `hotspot.loan` (file number, key code, day due, deposit, ledger entry).
    public func lendHotspot(as actor: Actor, beneficiaryID: Int64, loan: ValidLoan) throws(GuichetError) -> LoanReceipt {
        try actor.require(.lendHotspots)
        return try momentAction(as: actor, action: HotspotAction.lent) { db, moment in
            let settings = try Self.hotspotSettings(db)
            let file = try Self.loanFile(db, id: beneficiaryID)
            let fileNumber: String = file["file_number"]
            try LoanEligibility.check(enrolment: try StoredDay.enrolment(file),
                                      housing: (file["housing"] as String?).flatMap(Housing.init(rawValue:)),
                                      openLoan: try HotspotRows.openLoan(db, beneficiaryID: beneficiaryID), today: moment.today,
                                      settings: settings)
            let device = try HotspotRows.fetchDevice(db, id: loan.deviceID)
            let handover = loan.kind == .handover
            var next = try DeviceTransition.next(from: device.state, .lend)
            if handover { next = try DeviceTransition.next(from: next, .handOver) }
            var due: CalendarDay?
            if !handover {
                guard let typed = loan.dueOn else { throw GuichetError.invalid(HotspotText.dueToday.filled(moment.today.adding(days: 1))) }
                due = try LoanDraft.dueDay(typed.formatted(.french), today: moment.today)
            }
            let deposit = handover ? Money.zero : settings.deposit
            let cash = try Self.depositMovement(db, moment: moment, kind: .cashIn, amount: deposit, device: device.code,
                                                beneficiaryID: beneficiaryID, fileNumber: fileNumber, actor: actor)
            let (receipt, depositEntry, trace) = (cash?.receipt, cash?.entryID, cash?.trace ?? "")
            try db.execute(sql: """
                INSERT INTO hotspot_loans (device_id, beneficiary_id, file_number, kind, started_on, started_at, due_on, deposit_cents,
                                           deposit_entry, accessories_out, agreement_signed, lent_by, closed_on, closed_at, outcome,
                                           closed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)
                """, arguments: [device.id, beneficiaryID, fileNumber, loan.kind.rawValue, moment.today.iso, moment.at, due?.iso,
                                 deposit.cents, depositEntry, Accessory.stored(loan.accessories), actor.userID,
                                 handover ? moment.today.iso : nil, handover ? moment.at : nil,
                                 handover ? LoanOutcome.handedOver.rawValue : nil, handover ? actor.userID : nil])
            let loanID = db.lastInsertedRowID
            try HotspotRows.setState(db, deviceID: device.id, to: next, at: moment.at, actor: actor)
            try HotspotRows.append(db, .init(kind: handover ? "handover" : "lent", event: DeviceEvent.lend.rawValue, from: device.state,
                                             to: next, loanID: loanID, beneficiaryID: beneficiaryID, fileNumber: fileNumber, due: due,
                                             amount: deposit, note: Accessory.stored(loan.accessories)),
                                   device: (device.id, device.code), at: moment.at, day: moment.today, actor: actor)
            let result = LoanReceipt(loanID: loanID, deviceCode: device.code, dueOn: due, deposit: deposit, receipt: receipt)
            return Traced(result, subject: fileNumber, summary: "device=\(device.code) loan=\(loanID) kind=\(loan.kind.rawValue) "
                          + "due=\(due?.iso ?? "none") deposit=\(deposit.cents)" + trace)
        }
    }

    /// Renews an open loan: `loanDays` more from the day due (from today when late), at
    /// most `renewalLimit` times, for a person still eligible. Journaled `hotspot.renew`.
    public func renewLoan(as actor: Actor, loanID: Int64) throws(GuichetError) -> CalendarDay {
        try actor.require(.lendHotspots)
        return try momentAction(as: actor, action: HotspotAction.renewed) { db, moment in
            let settings = try Self.hotspotSettings(db)
            let loan = try HotspotRows.fetchLoan(db, id: loanID)
            guard loan.isOpen else { throw GuichetError.refused(HotspotText.loanNotOpen) }
            let file = try Self.loanFile(db, id: loan.beneficiaryID)
            try StoredDay.enrolment(file).requireActive(on: moment.today)
            try LoanEligibility.checkHousing((file["housing"] as String?).flatMap(Housing.init(rawValue:)), settings: settings)
            let due = try LoanRenewal.newDueDate(of: loan, today: moment.today, settings: settings)
            try db.execute(sql: "UPDATE hotspot_loans SET due_on = ?, renewals = renewals + 1 WHERE id = ?", arguments: [due.iso, loanID])
            try HotspotRows.append(db, .init(kind: "renewed", loanID: loanID, beneficiaryID: loan.beneficiaryID,
                                             fileNumber: loan.fileNumber, due: due),
                                   device: (loan.deviceID, loan.deviceCode), at: moment.at, day: moment.today, actor: actor)
            return Traced(due, subject: loan.fileNumber,
                          summary: "device=\(loan.deviceCode) loan=\(loanID) due=\(due.iso) renewals=\(loan.renewals + 1)")
        }
    }

    /// Ends an open loan: the key comes back (in good condition, with accessories missing,
    /// damaged: to repair), is declared lost (the deposit is kept) or is handed over for good.
    /// The key's next state comes from the core's state machine; the deposit goes back out
    /// of the cash box with a receipt. Journaled `hotspot.return`.
    public func endLoan(as actor: Actor, loanID: Int64, _ end: ValidReturn) throws(GuichetError) -> LoanEnd {
        try actor.require(.lendHotspots)
        return try momentAction(as: actor, action: HotspotAction.returned) { db, moment in
            let loan = try HotspotRows.fetchLoan(db, id: loanID)
            guard loan.isOpen else { throw GuichetError.refused(HotspotText.loanNotOpen) }
            let device = try HotspotRows.fetchDevice(db, id: loan.deviceID)
            let next = try DeviceTransition.next(from: device.state, end.outcome.event)
            let refund = end.outcome.refund(of: loan.deposit)
            let cash = try Self.depositMovement(db, moment: moment, kind: .cashOut, amount: refund, device: device.code,
                                                beneficiaryID: loan.beneficiaryID, fileNumber: loan.fileNumber, actor: actor)
            let (receipt, refundEntry, trace) = (cash?.receipt, cash?.entryID, cash?.trace ?? "")
            let back = end.accessoriesBack.intersection(loan.accessoriesOut)
            try db.execute(sql: """
                UPDATE hotspot_loans SET closed_on = ?, closed_at = ?, outcome = ?, accessories_in = ?, deposit_returned_cents = ?,
                    refund_entry = ?, return_note = ?, closed_by = ? WHERE id = ?
                """, arguments: [moment.today.iso, moment.at, end.outcome.rawValue, Accessory.stored(back), refund.cents, refundEntry,
                                 end.note, actor.userID, loanID])
            try HotspotRows.setState(db, deviceID: device.id, to: next, at: moment.at, actor: actor)
            try HotspotRows.append(db, .init(kind: "ended", event: end.outcome.event.rawValue, from: device.state, to: next,
                                             loanID: loanID, beneficiaryID: loan.beneficiaryID, fileNumber: loan.fileNumber,
                                             outcome: end.outcome, amount: refund, note: end.note),
                                   device: (device.id, device.code), at: moment.at, day: moment.today, actor: actor)
            return Traced(LoanEnd(deviceCode: device.code, state: next, refund: refund, receipt: receipt), subject: loan.fileNumber,
                          summary: "device=\(device.code) loan=\(loanID) outcome=\(end.outcome.rawValue) refund=\(refund.cents)" + trace)
        }
    }

    /// A key's deposit taken into (`cashIn`) or given back out of (`cashOut`) today's cash box,
    /// with its receipt for the person: a cash movement of the ledger. Nil for no amount.
    static func depositMovement(_ db: Database, moment: LedgerMoment, kind: CashMovementKind, amount: Money, device: String,
                                beneficiaryID: Int64, fileNumber: String, actor: Actor) throws
        -> (receipt: String, entryID: Int64, trace: String)? {
        guard amount.cents > 0 else { return nil }
        let receipt = try nextReceipt(db, site: moment.site, day: moment.today).description
        let note = (kind == .cashIn ? HotspotStoreText.depositNote : HotspotStoreText.refundNote).text(.french, device)
        let (entry, hash) = try appendCashMovement(
            db, moment: moment, kind: kind, amount: amount, note: note, receipt: receipt, beneficiaryID: beneficiaryID,
            fileNumber: fileNumber, detail: (kind == .cashIn ? "hotspot_deposit=" : "hotspot_refund=") + device, actor: actor)
        return (receipt, entry.id, " receipt=\(receipt) " + LedgerWriter.trace(entry, hash: hash))
    }

    public func loan(id: Int64) throws(GuichetError) -> HotspotLoan {
        try read { db in try HotspotRows.fetchLoan(db, id: id) }
    }

    /// The open loan of a person, if any (the card's key action).
    public func openLoan(beneficiaryID: Int64) throws(GuichetError) -> HotspotLoan? {
        try read { db in try HotspotRows.openLoan(db, beneficiaryID: beneficiaryID) }
    }

    /// The open loans (handovers aside): late ones (most days late first), due within
    /// `LoanDays.dueSoon` days, or all by day due; each with the person's phone and
    /// last contact. `day` is the site's today.
    public func openLoans(_ filter: OpenLoanFilter, on day: CalendarDay, limit: Int = 500) throws(GuichetError) -> [OpenLoanRow] {
        let condition: String
        switch filter {
        case .overdue: condition = "AND l.due_on < :day"
        case .dueSoon: condition = "AND l.due_on >= :day AND l.due_on <= :soon"
        case .all: condition = ""
        }
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(HotspotRows.loanColumns), b.last_name, b.first_name, b.phone,
                    max(l.started_on, coalesce((SELECT max(e.day) FROM hotspot_events e WHERE e.loan_id = l.id), l.started_on),
                        coalesce((SELECT max(v.local_day) FROM visits v WHERE v.beneficiary_id = l.beneficiary_id), l.started_on))
                FROM hotspot_loans l JOIN hotspot_devices d ON d.id = l.device_id JOIN beneficiaries b ON b.id = l.beneficiary_id
                WHERE l.closed_on IS NULL AND l.kind = 'loan' \(condition)
                ORDER BY l.due_on, d.code LIMIT :limit
                """, arguments: ["day": day.iso, "soon": day.adding(days: LoanDays.dueSoon).iso, "limit": max(0, limit)]).map { row in
                let count = HotspotRows.loanColumnCount
                return OpenLoanRow(loan: try HotspotRows.loan(row), lastName: row[count], firstName: row[count + 1],
                                   phone: try StoredPhone.read(row[count + 2]), lastContact: try StoredDay.optional(row[count + 3]))
            }
        }
    }
}

/// Texts the store writes into the ledger (French: the ledger is the site's record).
enum HotspotStoreText {
    /// {1} the key.
    static let depositNote = Phrase(fr: "Caution de la clé 3G {1}", en: "Deposit of 3G key {1}")
    /// {1} the key.
    static let refundNote = Phrase(fr: "Caution de la clé 3G {1} rendue", en: "Deposit of 3G key {1} given back")
}
