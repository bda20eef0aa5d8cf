import Foundation
internal import GRDB
import GuichetCore

/// What an anonymisation did: how many files, and how many were no longer due when
/// their turn came (a person came back meanwhile) and were left as they were.
public struct AnonymisationResult: Sendable, Equatable {
    public var anonymised: [FileNumber] = []
    public var skipped = 0
}

extension GuichetStore {
    /// How many files one transaction anonymises. A kill in the middle leaves each batch
    /// whole or untouched, so each file anonymised or untouched, and 10,000 files cost
    /// 100 commits (each a `synchronous = FULL` sync) instead of 10,000.
    public static let anonymisationBatch = 100

    /// Anonymises the files `ids` that are still due (`retentionCandidates`, asked again in
    /// each batch's transaction), by batches of `anonymisationBatch` files, one transaction
    /// each; every file journaled `protection.anonymise` with the reason and its last
    /// contact. `progress(done, total)` after each batch.
    @discardableResult
    public func anonymise(as actor: Actor, ids: [Int64], progress: ((Int, Int) -> Void)? = nil) throws(GuichetError)
        -> AnonymisationResult {
        try actor.require(.protectData)
        let settings = protectionSettings()
        var result = AnonymisationResult()
        var done = 0
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(ids.count, start + Self.anonymisationBatch)])
            start += batch.count
            let today = try today()
            let now = clock.now()
            do throws(GuichetError) {
                let numbers = try perform(as: actor, action: ProtectionAction.anonymised) { db -> Traced<[FileNumber]> in
                    let list = batch.map(String.init).joined(separator: ",")
                    let due = try RetentionQuery.candidates(db, extra: "AND b.id IN (\(list))", today: today, now: now, settings: settings)
                    guard let last = due.last else { throw GuichetError.refused(ProtectionStoreText.nothingDue) }
                    for candidate in due {
                        try Anonymiser.anonymise(db, id: candidate.id, on: today, at: now, by: actor)
                        if candidate.id != last.id {
                            try JournalWriter.append(db, at: now, actor: actor, siteCode: actor.siteCode.value,
                                                     action: ProtectionAction.anonymised.code, subject: candidate.fileNumber.formatted,
                                                     summary: Anonymiser.summary(candidate))
                        }
                    }
                    return Traced(due.map(\.fileNumber), subject: last.fileNumber.formatted, summary: Anonymiser.summary(last))
                }
                result.anonymised += numbers
                result.skipped += batch.count - numbers.count
            } catch .refused(let phrase) where phrase == ProtectionStoreText.nothingDue {
                result.skipped += batch.count
            }
            done += batch.count
            progress?(done, ids.count)
        }
        return result
    }

    /// Erases a file at the person's request (supervisors): the same fields as an
    /// anonymisation, at once, whatever its last contact; what the ledger must keep stays
    /// under the file number. Refused while the person has a key on loan. Journaled
    /// `protection.erase` with the reason and who asked, as codes.
    public func eraseBeneficiary(as actor: Actor, id: Int64, reason: ErasureReason, requester: ErasureRequester)
        throws(GuichetError) -> BeneficiaryRecord {
        try actor.require(.protectData)
        let today = try today()
        let now = clock.now()
        return try perform(as: actor, action: ProtectionAction.erased) { db in
            guard let before = try BeneficiaryRecord.fetch(db, id: id) else { throw GuichetError.invalid(BeneficiaryStoreText.unknownFile) }
            guard before.enrolment.anonymisedOn == nil else { throw GuichetError.refused(ProtectionText.alreadyAnonymised) }
            if let code = try String.fetchOne(db, sql: """
                SELECT d.code FROM hotspot_loans l JOIN hotspot_devices d ON d.id = l.device_id
                WHERE l.beneficiary_id = ? AND l.closed_on IS NULL
                """, arguments: [id]) {
                throw GuichetError.refused(ProtectionText.keyStillLent.filled(code))
            }
            try Anonymiser.anonymise(db, id: id, on: today, at: now, by: actor)
            guard let record = try BeneficiaryRecord.fetch(db, id: id) else { throw GuichetError.storage("erased file not found") }
            return Traced(record, subject: before.fileNumber.formatted,
                          summary: "reason=\(reason.rawValue) requester=\(requester.rawValue)")
        }
    }
}

/// The writes of one file's anonymisation, in the caller's transaction (`Anonymisation`
/// in the core says what goes and what stays).
enum Anonymiser {
    static func summary(_ candidate: RetentionCandidate) -> String {
        "reason=\(candidate.reason.rawValue) last_contact=\(candidate.lastContact.iso)"
    }

    static func anonymise(_ db: Database, id: Int64, on today: CalendarDay, at now: Date, by actor: Actor) throws {
        guard let record = try BeneficiaryRecord.fetch(db, id: id) else { throw GuichetError.invalid(BeneficiaryStoreText.unknownFile) }
        _ = try record.enrolment.anonymised(on: today)
        var values = StoredBeneficiary.values(Anonymisation.anonymised(record.beneficiary))
        // The search no longer finds the file by a name: no words, no keys (the file number stays in `id_tokens`).
        values["search_key"] = ""
        values["swapped_key"] = ""
        values["name_tokens"] = ""
        values["birth_year"] = Anonymisation.birthYear(record.beneficiary)
        values["anonymised_on"] = today.iso
        values["updated_at"] = Timestamp.utcText(now)
        values["updated_by"] = actor.userID
        let columns = values.keys.sorted()
        try db.execute(sql: "UPDATE beneficiaries SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?",
                       arguments: StatementArguments(columns.map { values[$0] ?? nil } + [id]))
        try db.execute(sql: "UPDATE visits SET note = '' WHERE beneficiary_id = ? AND note <> ''", arguments: [id])
        try db.execute(sql: """
            UPDATE budget_lines SET phone = NULL, rio = NULL, notes = ''
            WHERE session_id IN (SELECT id FROM budget_sessions WHERE beneficiary_id = ?)
            """, arguments: [id])
        let templates = try GuichetStore.stepTemplateTexts(db)
        for step in try Row.fetchAll(db, sql: "SELECT id, text FROM budget_plan_steps WHERE beneficiary_id = ?", arguments: [id]) {
            let text = Anonymisation.stepText(step[1], templates: templates)
            if text != step[1] as String {
                try db.execute(sql: "UPDATE budget_plan_steps SET text = ? WHERE id = ?", arguments: [text, step[0] as Int64])
            }
        }
        try db.execute(sql: "UPDATE hotspot_loans SET return_note = '' WHERE beneficiary_id = ? AND return_note <> ''", arguments: [id])
    }
}
