import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    /// Saves a diagnosis session with its resources, its lines (and the offer chosen
    /// for each) and the steps it adds to the plan, in ONE transaction journaled
    /// `budget.session` with the file number and counts only. Coaches and supervisors.
    public func saveBudgetSession(as actor: Actor, beneficiaryID: Int64, _ session: BudgetSession) throws(GuichetError)
        -> BudgetSessionRecord {
        try actor.require(.budgetCoaching)
        let session = try session.checked()
        let reference = budgetReference()
        let figures = session.figures(reference: reference)
        let now = Timestamp.utcText(clock.now())
        return try perform(as: actor, action: BudgetAction.sessionRecorded) { db in
            let fileNumber = try Self.budgetFileNumber(db, beneficiaryID)
            let sessionID = try Self.insertSession(db, session, beneficiaryID: beneficiaryID, figures: figures,
                                                   coachID: actor.userID, at: now)
            guard let record = try Self.budgetSessions(db, beneficiaryID: beneficiaryID).first(where: { $0.id == sessionID }) else {
                throw GuichetError.storage("saved session not found")
            }
            return Traced(record, subject: fileNumber,
                          summary: "session=\(sessionID) lines=\(session.lines.count) steps=\(session.newSteps.count)")
        }
    }

    /// Every session of the file, oldest first, with its resources and lines. Coaches and supervisors.
    public func budgetSessions(as actor: Actor, beneficiaryID: Int64) throws(GuichetError) -> [BudgetSessionRecord] {
        try actor.require(.budgetCoaching)
        return try read { db in try Self.budgetSessions(db, beneficiaryID: beneficiaryID) }
    }

    /// The reference share of the settings, in tenths of a percent; the national 5 % when unset or unreadable.
    public func budgetReference() -> Int {
        guard let stored = try? setting(.budgetReferenceShare), let tenths = try? ResourceShare.reference(stored) else {
            return ResourceShare.defaultReference
        }
        return tenths
    }

    /// Inserts the session, its resources, lines and new steps (by the form or the demo data); returns its id.
    static func insertSession(_ db: Database, _ session: BudgetSession, beneficiaryID: Int64, figures: BudgetFigures,
                              coachID: Int64?, at now: String) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO budget_sessions (beneficiary_id, session_on, next_appointment_on, coach_id, resources_cents,
                                         before_cents, after_cents, reference_tenths, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [beneficiaryID, session.header.day.iso, session.header.nextAppointment?.iso, coachID,
                                     figures.resources.cents, figures.before.cents, figures.after.cents, figures.reference, now])
        let sessionID = db.lastInsertedRowID
        for (kind, amount) in session.header.resources.listed {
            try db.cachedStatement(sql: "INSERT INTO budget_resources (session_id, kind, monthly_cents) VALUES (?, ?, ?)")
                .execute(arguments: [sessionID, kind.rawValue, amount.cents])
        }
        for (position, planned) in session.lines.enumerated() {
            try insertLine(db, planned, session: sessionID, position: position)
        }
        for step in session.newSteps {
            try insertStep(db, step, beneficiaryID: beneficiaryID, sessionID: sessionID, at: now, by: coachID)
        }
        return sessionID
    }

    /// The file number of `beneficiaryID`; refuses an unknown or anonymised file.
    static func budgetFileNumber(_ db: Database, _ beneficiaryID: Int64) throws -> String {
        guard let row = try Row.fetchOne(db, sql: "SELECT file_number, anonymised_on FROM beneficiaries WHERE id = ?",
                                         arguments: [beneficiaryID]) else {
            throw GuichetError.invalid(BeneficiaryStoreText.unknownFile)
        }
        guard (row["anonymised_on"] as String?) == nil else { throw GuichetError.refused(BudgetStoreText.fileAnonymised) }
        return row["file_number"]
    }

    static func insertLine(_ db: Database, _ planned: PlannedLine, session: Int64, position: Int) throws {
        let line = planned.line
        try db.cachedStatement(sql: """
            INSERT INTO budget_lines (session_id, position, kind, operator, offer_name, monthly_cents, commitment_start,
                                      commitment_end, unpaid_cents, phone, rio, notes, chosen_offer_id, chosen_operator,
                                      chosen_name, chosen_price_cents)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                session, position, line.kind.rawValue, line.operatorName, line.offerName, line.monthlyCost.cents,
                line.commitment?.start.iso, line.commitment?.end.iso, line.unpaid.cents, line.phone?.e164, line.rio?.value,
                line.notes, planned.choice?.offerID, planned.choice?.operatorName, planned.choice?.name,
                planned.choice?.monthlyPrice.cents,
            ])
    }

    static func budgetSessions(_ db: Database, beneficiaryID: Int64) throws -> [BudgetSessionRecord] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.*, u.display_name AS coach_name FROM budget_sessions s LEFT JOIN users u ON u.id = s.coach_id
            WHERE s.beneficiary_id = ? ORDER BY s.session_on, s.id
            """, arguments: [beneficiaryID])
        return try rows.enumerated().map { index, row in
            let id: Int64 = row["id"]
            var amounts: [BudgetResourceKind: Money] = [:]
            for resource in try Row.fetchAll(db, sql: "SELECT kind, monthly_cents FROM budget_resources WHERE session_id = ?",
                                             arguments: [id]) {
                guard let kind = BudgetResourceKind(rawValue: resource["kind"]) else { throw GuichetError.storage("unreadable resource") }
                amounts[kind] = Money(cents: resource["monthly_cents"])
            }
            let lines = try Row.fetchAll(db, sql: "SELECT * FROM budget_lines WHERE session_id = ? ORDER BY position", arguments: [id])
                .map(BudgetRows.line)
            let steps = try Row.fetchAll(db, sql: """
                SELECT \(BudgetRows.stepColumns) FROM budget_plan_steps WHERE session_id = ? ORDER BY id
                """, arguments: [id]).map(BudgetRows.step)
            let header = SessionHeader(day: try StoredDay.required(row["session_on"]),
                                       nextAppointment: try StoredDay.optional(row["next_appointment_on"]),
                                       resources: BudgetResources(amounts))
            guard let createdAt = StoredTime.parse(row["created_at"]) else { throw GuichetError.storage("unreadable session time") }
            return BudgetSessionRecord(id: id, beneficiaryID: beneficiaryID, number: index + 1,
                                       session: BudgetSession(header: header, lines: lines, newSteps: steps.map(\.step)),
                                       reference: row["reference_tenths"], coachName: row["coach_name"], createdAt: createdAt)
        }
    }
}

/// Messages of the rules the store enforces on budget coaching.
public enum BudgetStoreText {
    public static let fileAnonymised = Phrase(
        fr: "Cette fiche est anonymisée : plus de séance ni de plan",
        en: "This file is anonymised: no more session or plan")
    public static let unknownStep = Phrase(
        fr: "Cette étape n’existe pas (ou plus)",
        en: "This step does not exist (any more)")
    public static let unknownOffer = Phrase(
        fr: "Cette offre n’existe pas (ou plus)",
        en: "This offer does not exist (any more)")
    public static let unknownTemplate = Phrase(
        fr: "Ce modèle d’étape n’existe pas (ou plus)",
        en: "This step template does not exist (any more)")
    public static let templateFirst = Phrase(
        fr: "Ce modèle est déjà en tête de liste",
        en: "This template is already at the top of the list")
    public static let templateLast = Phrase(
        fr: "Ce modèle est déjà en fin de liste",
        en: "This template is already at the end of the list")
    public static let unknownSession = Phrase(
        fr: "Cette séance n’existe pas : le dossier en compte moins",
        en: "This session does not exist: the file has fewer")
    public static let noSession = Phrase(
        fr: "Aucune séance de budget pour ce dossier",
        en: "No budget session for this file")
}
