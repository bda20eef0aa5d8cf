internal import GRDB
import GuichetCore

/// A row of the search list: enough to recognise a person and see the file's status.
public struct BeneficiarySummary: Sendable, Equatable, Identifiable {
    public let id: Int64
    public let fileNumber: FileNumber
    public let lastName: String
    public let firstName: String
    public let birthDate: CalendarDay?
    public let phone: PhoneNumber?
    public let enrolment: Enrolment

    public init(id: Int64, fileNumber: FileNumber, lastName: String, firstName: String,
                birthDate: CalendarDay?, phone: PhoneNumber?, enrolment: Enrolment) {
        self.id = id
        self.fileNumber = fileNumber
        self.lastName = lastName
        self.firstName = firstName
        self.birthDate = birthDate
        self.phone = phone
        self.enrolment = enrolment
    }

    public func status(on today: CalendarDay) -> EnrolmentStatus { enrolment.status(on: today) }

    /// The columns `init(row:)` reads, in this order, first in the row.
    static let columns = """
        id, file_number, last_name, first_name, birth_date, phone, search_key,
        enrolled_on, renewed_on, closed_on, anonymised_on
        """

    /// How many `columns` there are, and the position of `search_key` among them.
    static let columnCount = 11
    static let searchKeyIndex = 6

    /// Reads `columns` by position (a look-up by name lowercases and compares column names).
    init(row: Row) throws {
        try self.init(stored: StoredSummary(
            id: row[0], fileNumber: row[1], lastName: row[2], firstName: row[3], birthDate: row[4], phone: row[5],
            enrolledOn: row[7], renewedOn: row[8], closedOn: row[9], anonymisedOn: row[10]))
    }

    /// The summary of a row's stored text; throws when a value cannot be read back.
    init(stored: StoredSummary) throws {
        guard let fileNumber = FileNumber(stored.fileNumber) else {
            throw GuichetError.storage("unreadable file number")
        }
        self.init(
            id: stored.id, fileNumber: fileNumber, lastName: stored.lastName, firstName: stored.firstName,
            birthDate: try StoredDay.optional(stored.birthDate),
            phone: try StoredPhone.read(stored.phone),
            enrolment: Enrolment(startDate: try StoredDay.required(stored.enrolledOn),
                                 renewedOn: try StoredDay.optional(stored.renewedOn),
                                 closedOn: try StoredDay.optional(stored.closedOn),
                                 anonymisedOn: try StoredDay.optional(stored.anonymisedOn)))
    }
}

/// The `BeneficiarySummary.columns` of one row, as stored.
struct StoredSummary {
    var id: Int64
    var fileNumber: String
    var lastName: String
    var firstName: String
    var birthDate: String?
    var phone: String?
    var enrolledOn: String
    var renewedOn: String?
    var closedOn: String?
    var anonymisedOn: String?
}

/// Days and phones as the beneficiary tables store them.
enum StoredDay {
    static func optional(_ text: String?) throws -> CalendarDay? {
        guard let text else { return nil }
        guard let day = CalendarDay(iso: text) else { throw GuichetError.storage("unreadable day") }
        return day
    }

    static func required(_ text: String) throws -> CalendarDay {
        guard let day = CalendarDay(iso: text) else { throw GuichetError.storage("unreadable day") }
        return day
    }

    static func enrolment(_ row: Row) throws -> Enrolment {
        Enrolment(startDate: try required(row["enrolled_on"]), renewedOn: try optional(row["renewed_on"]),
                  closedOn: try optional(row["closed_on"]), anonymisedOn: try optional(row["anonymised_on"]))
    }
}

enum StoredPhone {
    static func read(_ e164: String?) throws -> PhoneNumber? {
        guard let e164 else { return nil }
        guard let phone = PhoneNumber(storedE164: e164) else { throw GuichetError.storage("unreadable phone") }
        return phone
    }
}
