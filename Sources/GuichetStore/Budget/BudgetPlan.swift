import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    /// The person's plan: the steps to do by due date, then the others. Coaches and supervisors.
    public func budgetPlan(as actor: Actor, beneficiaryID: Int64) throws(GuichetError) -> [PlanStepRecord] {
        try actor.require(.budgetCoaching)
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(BudgetRows.stepColumns) FROM budget_plan_steps WHERE beneficiary_id = ?
                ORDER BY status <> 'todo', CASE status WHEN 'todo' THEN due_on END, due_on DESC, id
                """, arguments: [beneficiaryID]).map(BudgetRows.step)
        }
    }

    /// Adds a step to the person's plan outside a session, journaled `budget.plan_step`
    /// (`step=ID`, the step's text is not in the journal).
    public func addPlanStep(as actor: Actor, beneficiaryID: Int64, _ step: PlanStep) throws(GuichetError) -> PlanStepRecord {
        try actor.require(.budgetCoaching)
        let now = Timestamp.utcText(clock.now())
        return try perform(as: actor, action: BudgetAction.stepAdded) { db in
            let fileNumber = try Self.budgetFileNumber(db, beneficiaryID)
            let id = try Self.insertStep(db, step, beneficiaryID: beneficiaryID, sessionID: nil, at: now, by: actor.userID)
            let record = try Self.planStep(db, id)
            return Traced(record, subject: fileNumber, summary: "step=\(id) status=\(step.status.rawValue) due=\(step.due.iso)")
        }
    }

    /// Saves a changed step (done, given up, to do again, another day or text), journaled
    /// `budget.plan_step_update` with its new status; an unchanged step writes nothing.
    public func updatePlanStep(as actor: Actor, stepID: Int64, _ step: PlanStep) throws(GuichetError) -> PlanStepRecord {
        try actor.require(.budgetCoaching)
        let current = try read { db in try Self.planStep(db, stepID) }
        if current.step == step { return current }
        let now = Timestamp.utcText(clock.now())
        return try perform(as: actor, action: BudgetAction.stepUpdated) { db in
            let before = try Self.planStep(db, stepID)
            let fileNumber = try Self.budgetFileNumber(db, before.beneficiaryID)
            try db.execute(sql: """
                UPDATE budget_plan_steps SET text = ?, due_on = ?, who = ?, status = ?, updated_at = ?, updated_by = ? WHERE id = ?
                """, arguments: [step.text, step.due.iso, step.who.rawValue, step.status.rawValue, now, actor.userID, stepID])
            var changed: [String] = []
            if before.step.text != step.text { changed.append("text") }
            if before.step.due != step.due { changed.append("due") }
            if before.step.who != step.who { changed.append("who") }
            let fields = changed.isEmpty ? "" : " fields=" + changed.joined(separator: ",")
            return Traced(try Self.planStep(db, stepID), subject: fileNumber,
                          summary: "step=\(stepID) status=\(step.status.rawValue)" + fields)
        }
    }

    @discardableResult
    static func insertStep(_ db: Database, _ step: PlanStep, beneficiaryID: Int64, sessionID: Int64?, at now: String,
                           by userID: Int64?) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO budget_plan_steps (beneficiary_id, session_id, text, due_on, who, status, created_at, created_by,
                                           updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [beneficiaryID, sessionID, step.text, step.due.iso, step.who.rawValue, step.status.rawValue,
                                     now, userID, now, userID])
        return db.lastInsertedRowID
    }

    static func planStep(_ db: Database, _ id: Int64) throws -> PlanStepRecord {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(BudgetRows.stepColumns) FROM budget_plan_steps WHERE id = ?",
                                         arguments: [id]) else {
            throw GuichetError.invalid(BudgetStoreText.unknownStep)
        }
        return try BudgetRows.step(row)
    }
}
