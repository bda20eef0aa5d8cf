import Foundation
import GuichetCore
import GuichetStore

/// The right of access as JSON, for the person to take elsewhere: the same data as the
/// page, with stable English keys, codes rather than labels, ISO days, UTC instants and
/// amounts in cents; a value the file does not have is `null`.
public enum AccessExportJSON {
    public static let format = "guichet-access-1"

    public static func bytes(_ data: PersonalData, siteCode: String, exportedAt: Date) -> [UInt8] {
        let object = document(data, siteCode: siteCode, exportedAt: exportedAt)
        let json = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return Array(json) + [0x0A]
    }

    static func document(_ data: PersonalData, siteCode: String, exportedAt: Date) -> [String: Any] {
        let record = data.record
        let person = record.beneficiary
        let enrolment = record.enrolment
        return [
            "format": format,
            "site": siteCode,
            "exported_at": Timestamp.utcText(exportedAt),
            "file_number": record.fileNumber.formatted,
            "identity": [
                "last_name": person.lastName, "first_name": person.firstName, "birth_date": value(person.birthDate?.iso),
                "phone": value(person.phone?.e164), "email": value(person.email?.value),
            ],
            "situation": [
                "housing": value(person.housing?.rawValue), "activity": value(person.activity?.rawValue),
                "resource_kind": value(person.resourceKind?.rawValue), "monthly_resources_cents": value(person.monthlyResources?.cents),
            ],
            "referral": [
                "structure_kind": value(person.referral.structureKind?.rawValue), "structure_name": value(person.referral.structureName),
                "social_worker": value(person.referral.socialWorker), "contact": value(person.referral.contact),
                "date": value(person.referral.date?.iso),
            ],
            "consent": person.consent.map { ["date": $0.date.iso, "recorded_by": $0.recordedBy] as [String: Any] } ?? NSNull(),
            "notes": person.notes,
            "enrolment": [
                "enrolled_on": enrolment.startDate.iso, "renewed_on": value(enrolment.renewedOn?.iso),
                "closed_on": value(enrolment.closedOn?.iso), "closed_reason": value(record.closedReason?.rawValue),
                "anonymised_on": value(enrolment.anonymisedOn?.iso), "active_until": enrolment.endDate.iso,
            ],
            "visits": data.visits.map { visit -> [String: Any] in
                ["at": Timestamp.utcText(visit.at), "reasons": visit.reasons.map(\.rawValue), "note": visit.note,
                 "recorded_by": value(visit.userLogin)]
            },
            "budget_sessions": data.sessions.map { session -> [String: Any] in
                let figures = session.figures
                return [
                    "day": session.day.iso, "resources_cents": figures.resources.cents, "total_cents": figures.before.cents,
                    "total_with_plan_cents": figures.after.cents, "coach": value(session.coachName),
                    "next_appointment": value(session.session.header.nextAppointment?.iso),
                    "lines": session.session.lines.map { planned -> [String: Any] in
                        ["kind": planned.line.kind.rawValue, "operator": planned.line.operatorName, "offer": planned.line.offerName,
                         "monthly_cents": planned.line.monthlyCost.cents, "unpaid_cents": planned.line.unpaid.cents,
                         "phone": value(planned.line.phone?.e164), "rio": value(planned.line.rio?.value), "notes": planned.line.notes,
                         "chosen_offer": value(planned.choice?.title), "chosen_monthly_cents": value(planned.choice?.monthlyPrice.cents)]
                    },
                ]
            },
            "plan": data.plan.map { step -> [String: Any] in
                ["text": step.step.text, "due": step.step.due.iso, "who": step.step.who.rawValue, "status": step.step.status.rawValue]
            },
            "ledger": data.purchases.map { entry -> [String: Any] in
                ["at": entry.at, "day": entry.day.iso, "kind": entry.kind.rawValue, "receipt": value(entry.receipt),
                 "product": value(entry.productCode), "units": entry.units, "amount_cents": entry.amount.cents,
                 "cash_cents": entry.cash.cents, "payment": value(entry.payment?.rawValue), "note": entry.note]
            },
            "loans": data.loans.map { loan -> [String: Any] in
                ["key": loan.deviceCode, "started_on": loan.startedOn.iso, "due_on": value(loan.dueOn?.iso),
                 "renewals": loan.renewals, "deposit_cents": loan.deposit.cents, "ended_on": value(loan.closedOn?.iso),
                 "outcome": value(loan.outcome?.rawValue), "deposit_returned_cents": loan.depositReturned.cents]
            },
            "journal": data.journal.map { event -> [String: Any] in
                ["at": Timestamp.utcText(event.at), "user": value(event.userLogin), "action": event.action, "summary": event.summary]
            },
        ]
    }

    private static func value(_ optional: (any Sendable)?) -> Any { optional ?? NSNull() }
}

/// Where the right of access goes: the page and its JSON, private files (0600) of the
/// printouts' folder (`impressions/` beside the database) or of a folder asked for,
/// named after the file number, `acces-PAR-2026-00042.txt` and `.json`.
public enum AccessExportOutput {
    public static func baseName(_ number: FileNumber) -> String { "acces-" + number.formatted }

    /// Writes both files; their paths.
    public static func write(page: [UInt8], json: [UInt8], number: FileNumber, folder: String) throws(GuichetError)
        -> (text: String, json: String) {
        try BudgetPrintOutput.makeFolder(folder)
        let base = folder + "/" + baseName(number)
        return (try BudgetPrintOutput.write(page, to: base + ".txt"), try BudgetPrintOutput.write(json, to: base + ".json"))
    }
}
