import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    /// The templates a session proposes: the active ones, in the list's order.
    public func activeStepTemplates() throws(GuichetError) -> [PlanStepTemplate] {
        try read { db in try Self.stepTemplates(db, where: "active = 1") }
    }

    /// Every template in the list's order, the retired ones in their place (the catalog).
    public func stepTemplates() throws(GuichetError) -> [PlanStepTemplate] {
        try read { db in try Self.stepTemplates(db, where: "1") }
    }

    /// Adds a template at the end of the list (`id` nil) or saves an edited one, journaled
    /// `budget.template_add` / `budget.template_edit` with its number (`#8`). An edited
    /// default is no longer marked the programme's. The list is the site's set-up: supervisors.
    public func saveStepTemplate(as actor: Actor, id: Int64?, _ template: PlanStepTemplate) throws(GuichetError) -> PlanStepTemplate {
        try actor.require(.changeSettings)
        let now = Timestamp.utcText(clock.now())
        return try perform(as: actor, action: id == nil ? BudgetAction.templateAdded : .templateEdited) { db in
            var values: [(String, (any DatabaseValueConvertible)?)] = [
                ("text_fr", template.french), ("text_en", template.english), ("delay_days", template.delayDays),
                ("who", template.who.rawValue), ("is_default", 0),
            ]
            if id == nil {
                let last = try Int.fetchOne(db, sql: "SELECT max(position) FROM budget_step_templates") ?? 0
                values.append(("position", last + 1))
            }
            let saved = try BudgetRows.save(db, table: "budget_step_templates", id: id, values, at: now, by: actor.userID,
                                            unknown: BudgetStoreText.unknownTemplate)
            return Traced(try Self.stepTemplate(db, saved), subject: "#\(saved)",
                          summary: "delay=\(template.delayDays) who=\(template.who.rawValue)")
        }
    }

    /// Retires a template (no longer proposed; the steps made from it stay as they are) or
    /// puts it back, journaled `budget.template_retire` / `budget.template_restore`. Supervisors.
    public func setStepTemplateRetired(as actor: Actor, id: Int64, retired: Bool) throws(GuichetError) -> PlanStepTemplate {
        try actor.require(.changeSettings)
        let now = Timestamp.utcText(clock.now())
        return try perform(as: actor, action: retired ? BudgetAction.templateRetired : .templateRestored) { db in
            _ = try Self.stepTemplate(db, id)
            try db.execute(sql: "UPDATE budget_step_templates SET active = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                           arguments: [retired ? 0 : 1, now, actor.userID, id])
            return Traced(try Self.stepTemplate(db, id), subject: "#\(id)", summary: retired ? "retired" : "restored")
        }
    }

    /// Swaps a template with the one above or below it in the list (retired ones count,
    /// they keep their place), journaled `budget.template_move` with its new place.
    /// Refused at the top going up or at the bottom going down. Supervisors.
    @discardableResult
    public func moveStepTemplate(as actor: Actor, id: Int64, _ move: PlanStepTemplate.Move) throws(GuichetError) -> PlanStepTemplate {
        try actor.require(.changeSettings)
        let now = Timestamp.utcText(clock.now())
        return try perform(as: actor, action: BudgetAction.templateMoved) { db in
            guard let position = try Int.fetchOne(db, sql: "SELECT position FROM budget_step_templates WHERE id = ?", arguments: [id]) else {
                throw GuichetError.invalid(BudgetStoreText.unknownTemplate)
            }
            let neighbour = try Row.fetchOne(db, sql: move == .up
                ? "SELECT id, position FROM budget_step_templates WHERE position < ? ORDER BY position DESC LIMIT 1"
                : "SELECT id, position FROM budget_step_templates WHERE position > ? ORDER BY position LIMIT 1",
                arguments: [position])
            guard let neighbour else {
                throw GuichetError.refused(move == .up ? BudgetStoreText.templateFirst : BudgetStoreText.templateLast)
            }
            let other: Int64 = neighbour[0]
            let place: Int = neighbour[1]
            // Positions are UNIQUE: the moved template waits on a place no row holds (its id negated).
            let swap = "UPDATE budget_step_templates SET position = ?, updated_at = ?, updated_by = ? WHERE id = ?"
            try db.execute(sql: swap, arguments: [-id, now, actor.userID, id])
            try db.execute(sql: swap, arguments: [position, now, actor.userID, other])
            try db.execute(sql: swap, arguments: [place, now, actor.userID, id])
            return Traced(try Self.stepTemplate(db, id), subject: "#\(id)", summary: "from=\(position) to=\(place)")
        }
    }

    /// Every text the site's templates hold, in both languages, retired ones too, and the
    /// programme's seven default texts (a step made before its template was edited keeps
    /// them): what an anonymisation keeps of a plan step (`Anonymisation.stepText`).
    static func stepTemplateTexts(_ db: Database) throws -> Set<String> {
        let defaults = DefaultStepTemplate.allCases.flatMap { [$0.text.french, $0.text.english] }
        return Set(try String.fetchAll(db, sql: """
            SELECT text_fr FROM budget_step_templates UNION SELECT text_en FROM budget_step_templates WHERE text_en <> ''
            """)).union(defaults)
    }

    private static func stepTemplates(_ db: Database, where condition: String) throws -> [PlanStepTemplate] {
        try Row.fetchAll(db, sql: """
            SELECT \(BudgetRows.templateColumns) FROM budget_step_templates WHERE \(condition) ORDER BY position
            """).map(BudgetRows.template)
    }

    static func stepTemplate(_ db: Database, _ id: Int64) throws -> PlanStepTemplate {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(BudgetRows.templateColumns) FROM budget_step_templates WHERE id = ?",
                                         arguments: [id]) else {
            throw GuichetError.invalid(BudgetStoreText.unknownTemplate)
        }
        return try BudgetRows.template(row)
    }
}

extension BudgetRows {
    static let templateColumns = "id, text_fr, text_en, delay_days, who, active, is_default"

    static func template(_ row: Row) throws -> PlanStepTemplate {
        guard let who = StepActor(rawValue: row["who"]) else { throw GuichetError.storage("unreadable step template") }
        return PlanStepTemplate(id: row["id"], french: row["text_fr"], english: row["text_en"], delayDays: row["delay_days"],
                                who: who, isDefault: row["is_default"], isRetired: !(row["active"] as Bool))
    }

    /// Writes a catalog's row: `values` over the row `id` (refused with `unknown` when there
    /// is none), or a new row with them; `updated_*` always, `created_*` for a new row.
    /// The new or saved row's id.
    static func save(_ db: Database, table: String, id: Int64?, _ values: [(String, (any DatabaseValueConvertible)?)],
                     at now: String, by user: Int64, unknown: Phrase) throws -> Int64 {
        var values = values + [("updated_at", now), ("updated_by", user)]
        if let id {
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [id]) == true else {
                throw GuichetError.invalid(unknown)
            }
            try db.execute(sql: "UPDATE \(table) SET " + values.map { "\($0.0) = ?" }.joined(separator: ", ") + " WHERE id = ?",
                           arguments: StatementArguments(values.map(\.1) + [id]))
            return id
        }
        values += [("created_at", now), ("created_by", user)]
        try db.execute(sql: "INSERT INTO \(table) (" + values.map(\.0).joined(separator: ", ") + ") VALUES ("
                       + values.map { _ in "?" }.joined(separator: ", ") + ")",
                       arguments: StatementArguments(values.map(\.1)))
        return db.lastInsertedRowID
    }
}
