import Foundation
internal import GRDB
import GuichetCore

/// A whole file, as the card shows it.
public struct BeneficiaryRecord: Sendable, Equatable {
    public let id: Int64
    public let fileNumber: FileNumber
    public let beneficiary: ValidBeneficiary
    public let enrolment: Enrolment
    /// Why the file was closed, when it is (files closed before reasons were asked have none).
    public let closedReason: ClosingReason?
    public let createdAt: Date
    public let updatedAt: Date

    public init(id: Int64, fileNumber: FileNumber, beneficiary: ValidBeneficiary, enrolment: Enrolment,
                closedReason: ClosingReason? = nil, createdAt: Date, updatedAt: Date) {
        self.closedReason = closedReason
        self.id = id
        self.fileNumber = fileNumber
        self.beneficiary = beneficiary
        self.enrolment = enrolment
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    static func fetch(_ db: Database, id: Int64) throws -> BeneficiaryRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM beneficiaries WHERE id = ?", arguments: [id]).map(BeneficiaryRecord.init(row:))
    }

    init(row: Row) throws {
        guard let fileNumber = FileNumber(row["file_number"] as String),
              let createdAt = StoredTime.parse(row["created_at"]), let updatedAt = StoredTime.parse(row["updated_at"]) else {
            throw GuichetError.storage("unreadable beneficiaries row")
        }
        self.init(id: row["id"], fileNumber: fileNumber, beneficiary: try StoredBeneficiary.read(row),
                  enrolment: try StoredDay.enrolment(row),
                  closedReason: (row["closed_reason"] as String?).flatMap(ClosingReason.init(rawValue:)),
                  createdAt: createdAt, updatedAt: updatedAt)
    }
}

extension GuichetStore {
    /// The whole file; `.invalid` when no file has this id.
    public func beneficiary(id: Int64) throws(GuichetError) -> BeneficiaryRecord {
        guard let record = try read({ db in try BeneficiaryRecord.fetch(db, id: id) }) else {
            throw .invalid(BeneficiaryStoreText.unknownFile)
        }
        return record
    }
}
