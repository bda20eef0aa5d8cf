import Foundation
internal import GRDB
import GuichetCore

/// A stored session: what was entered, who entered it, and its place among the person's sessions.
public struct BudgetSessionRecord: Sendable, Equatable, Identifiable {
    public let id: Int64
    public let beneficiaryID: Int64
    /// 1 for the person's first session, 2 for the next… (by day, then by entry).
    public let number: Int
    public let session: BudgetSession
    /// The reference share in force when the session was saved, in tenths of a percent.
    public let reference: Int
    public let coachName: String?
    public let createdAt: Date

    public var figures: BudgetFigures { session.figures(reference: reference) }
    public var day: CalendarDay { session.header.day }
}

/// A step of a person's plan, as stored.
public struct PlanStepRecord: Sendable, Equatable, Identifiable {
    public let id: Int64
    public let beneficiaryID: Int64
    /// The session that added it; nil when added to the plan afterwards.
    public let sessionID: Int64?
    public let step: PlanStep
}

/// What anyone at the counter may know of a person's budget coaching — a volunteer
/// included: whether a plan is under way and its next step. No amount.
public struct BudgetGlance: Sendable, Equatable {
    public let sessionCount: Int
    public let openSteps: Int
    public let overdueSteps: Int
    /// The open step due first.
    public let nextStep: PlanStep?

    public static let empty = BudgetGlance(sessionCount: 0, openSteps: 0, overdueSteps: 0, nextStep: nil)
}

/// Rows as the budget tables store them, read back into the core's values.
enum BudgetRows {
    static func line(_ row: Row) throws -> PlannedLine {
        guard let kind = TelecomLineKind(rawValue: row["kind"]) else { throw GuichetError.storage("unreadable line kind") }
        var commitment: Commitment?
        if let start = try StoredDay.optional(row["commitment_start"]), let end = try StoredDay.optional(row["commitment_end"]) {
            do throws(GuichetError) { commitment = try Commitment(start: start, end: end) } catch {
                throw GuichetError.storage("unreadable commitment")
            }
        }
        let phone = try StoredPhone.read(row["phone"])
        var rio: RIO?
        if let text: String = row["rio"] {
            guard let phone, let value = try? RIO.parse(text, phone: phone) else { throw GuichetError.storage("unreadable RIO") }
            rio = value
        }
        let line = TelecomLine(kind: kind, operatorName: row["operator"], offerName: row["offer_name"],
                               monthlyCost: Money(cents: row["monthly_cents"]), commitment: commitment,
                               unpaid: Money(cents: row["unpaid_cents"]), phone: phone, rio: rio, notes: row["notes"])
        var choice: ChosenOffer?
        if let name: String = row["chosen_name"], let price: Int64 = row["chosen_price_cents"] {
            choice = ChosenOffer(offerID: row["chosen_offer_id"], operatorName: row["chosen_operator"] ?? "", name: name,
                                 monthlyPrice: Money(cents: price))
        }
        return PlannedLine(line: line, choice: choice)
    }

    static let stepColumns = "id, beneficiary_id, session_id, text, due_on, who, status"

    static func step(_ row: Row) throws -> PlanStepRecord {
        guard let who = StepActor(rawValue: row["who"]), let status = StepStatus(rawValue: row["status"]) else {
            throw GuichetError.storage("unreadable plan step")
        }
        return PlanStepRecord(id: row["id"], beneficiaryID: row["beneficiary_id"], sessionID: row["session_id"],
                              step: PlanStep(text: row["text"], due: try StoredDay.required(row["due_on"]), who: who, status: status))
    }

    static let offerColumns = """
        id, operator, name, service, monthly_price_cents, minutes, sms, data_mb, benefits, commitment_months,
        valid_from, valid_to, is_example, retired_at
        """

    static func offer(_ row: Row) throws -> BudgetOffer {
        guard let service = OfferService(rawValue: row["service"]), let benefits = Benefit.read(stored: row["benefits"]) else {
            throw GuichetError.storage("unreadable offer")
        }
        return BudgetOffer(
            id: row["id"], operatorName: row["operator"], name: row["name"], service: service,
            monthlyPrice: Money(cents: row["monthly_price_cents"]),
            content: OfferContent(minutes: row["minutes"], sms: row["sms"], dataMB: row["data_mb"]),
            benefits: benefits, commitmentMonths: row["commitment_months"],
            validFrom: try StoredDay.optional(row["valid_from"]), validTo: try StoredDay.optional(row["valid_to"]),
            isExample: row["is_example"], isRetired: (row["retired_at"] as String?) != nil)
    }
}
