import Foundation
internal import GRDB
import GuichetCore

/// The columns of a `beneficiaries` row that hold a `ValidBeneficiary`, and the way back.
enum StoredBeneficiary {
    /// The person's columns and their derived search columns, by name.
    static func values(_ b: ValidBeneficiary) -> [String: (any DatabaseValueConvertible)?] {
        let keys = SearchTokens.keys(lastName: b.lastName, firstName: b.firstName)
        return [
            "last_name": b.lastName,
            "first_name": b.firstName,
            "birth_date": b.birthDate?.iso,
            "phone": b.phone?.e164,
            "phone_key": b.phone?.searchKey,
            "email": b.email?.value,
            "housing": b.housing?.rawValue,
            "activity": b.activity?.rawValue,
            "resource_kind": b.resourceKind?.rawValue,
            "monthly_resources_cents": b.monthlyResources?.cents,
            "referral_kind": b.referral.structureKind?.rawValue,
            "referral_structure": b.referral.structureName,
            "referral_social_worker": b.referral.socialWorker,
            "referral_contact": b.referral.contact,
            "referral_date": b.referral.date?.iso,
            "consent_date": b.consent?.date.iso,
            "consent_recorded_by": b.consent?.recordedBy,
            "notes": b.notes,
            "search_key": keys.searchKey,
            "swapped_key": keys.swappedKey,
            "name_tokens": keys.words,
        ]
    }

    /// Each field of the form and the columns that hold it, for the list of changed fields.
    static let fieldColumns: [(BeneficiaryField, String)] = [
        (.lastName, "last_name"), (.firstName, "first_name"), (.birthDate, "birth_date"), (.phone, "phone"),
        (.email, "email"), (.housing, "housing"), (.activity, "activity"), (.resourceKind, "resource_kind"),
        (.monthlyResources, "monthly_resources_cents"), (.referralStructureKind, "referral_kind"),
        (.referralStructureName, "referral_structure"), (.referralSocialWorker, "referral_social_worker"),
        (.referralContact, "referral_contact"), (.referralDate, "referral_date"), (.consentDate, "consent_date"),
        (.consentRecordedBy, "consent_recorded_by"), (.notes, "notes"),
    ]

    /// The names of the fields whose stored values differ (`phone`, `housing`…), in form order.
    static func changedFields(from old: ValidBeneficiary, to new: ValidBeneficiary) -> [BeneficiaryField] {
        let before = values(old), after = values(new)
        return fieldColumns.filter { field, column in
            (before[column] ?? nil)?.databaseValue != (after[column] ?? nil)?.databaseValue
        }.map(\.0)
    }

    /// The person back from a row. A `ValidBeneficiary` is only made by validation,
    /// so the stored values go through the form's check again, on a reference day
    /// where they were valid (the rules on ages and past dates depend on the day).
    static func read(_ row: Row) throws -> ValidBeneficiary {
        var draft = BeneficiaryDraft()
        draft.lastName = row["last_name"]
        draft.firstName = row["first_name"]
        let birth = try StoredDay.optional(row["birth_date"])
        draft.birthDate = birth?.formatted(.french) ?? ""
        draft.phone = row["phone"] ?? ""
        draft.email = row["email"] ?? ""
        draft.housing = row["housing"] ?? ""
        draft.activity = row["activity"] ?? ""
        draft.resourceKind = row["resource_kind"] ?? ""
        if let cents: Int64 = row["monthly_resources_cents"] {
            draft.monthlyResources = "\(cents / 100)," + (cents % 100 < 10 ? "0" : "") + "\(cents % 100)"
        }
        draft.referralStructureKind = row["referral_kind"] ?? ""
        draft.referralStructureName = row["referral_structure"] ?? ""
        draft.referralSocialWorker = row["referral_social_worker"] ?? ""
        draft.referralContact = row["referral_contact"] ?? ""
        let referral = try StoredDay.optional(row["referral_date"])
        draft.referralDate = referral?.formatted(.french) ?? ""
        let consent = try StoredDay.optional(row["consent_date"])
        draft.consentDate = consent?.formatted(.french) ?? ""
        draft.consentRecordedBy = row["consent_recorded_by"] ?? ""
        draft.notes = row["notes"]
        // The latest of the dates that must be past, and a day when the person was at least 15.
        var reference = CalendarDay(year: 2000, month: 1, day: 1)!
        for day in [referral, consent, birth?.adding(months: 12 * BirthDate.ages.lowerBound + 1)] {
            if let day, day > reference { reference = day }
        }
        do {
            return try draft.validated(today: reference)
        } catch {
            throw GuichetError.storage("stored beneficiary no longer valid: \(error.fields.map(\.rawValue).joined(separator: ","))")
        }
    }
}
