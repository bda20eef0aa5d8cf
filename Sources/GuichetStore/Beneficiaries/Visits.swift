import Foundation
import GRDB
import GuichetCore

extension GuichetStore {
    public static let visitNoteMaximumLength = 200

    /// Records a visit (passage). `beneficiaryID` nil is an anonymous visit, only for
    /// information. Journaled `visit.record` with the file number (or none) and the
    /// reason codes.
    public func recordVisit(as actor: Actor, beneficiaryID: Int64?, reasons: [VisitReason], note: String) throws(GuichetError) {
        try actor.require(.recordVisits)
        var unique: [VisitReason] = []
        for reason in reasons where !unique.contains(reason) { unique.append(reason) }
        guard !unique.isEmpty else { throw .invalid(BeneficiaryStoreText.reasonsExpected) }
        if beneficiaryID == nil && unique != [.information] { throw .invalid(BeneficiaryStoreText.anonymousOnlyInformation) }
        let text = note.trimmingWhitespace().precomposedStringWithCanonicalMapping
        guard text.count <= Self.visitNoteMaximumLength,
              !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .invalid(BeneficiaryStoreText.noteTooLong.filled(Self.visitNoteMaximumLength))
        }
        let now = clock.now()
        let day = CalendarDay(now, in: try site().timeZone)
        let codes = unique.map(\.rawValue).joined(separator: ",")
        try perform(as: actor, action: .visitRecorded) { db in
            var subject: String?
            if let beneficiaryID {
                guard let number = try String.fetchOne(
                    db, sql: "SELECT file_number FROM beneficiaries WHERE id = ?", arguments: [beneficiaryID]) else {
                    throw GuichetError.invalid(BeneficiaryStoreText.unknownFile)
                }
                subject = number
            }
            try Self.insertVisit(db, beneficiaryID: beneficiaryID, at: Timestamp.utcText(now), day: day,
                                 reasons: codes, note: text, by: actor.userID)
            return Traced((), subject: subject, summary: "reasons=" + codes)
        }
    }

    static func insertVisit(_ db: Database, beneficiaryID: Int64?, at: String, day: CalendarDay,
                            reasons: String, note: String, by userID: Int64?) throws {
        try db.cachedStatement(sql: """
            INSERT INTO visits (beneficiary_id, at, local_day, reasons, note, recorded_by) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [beneficiaryID, at, day.iso, reasons, note, userID])
    }
}
