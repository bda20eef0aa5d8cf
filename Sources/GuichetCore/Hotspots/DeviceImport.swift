/// The columns of a device import (`guichet import devices`): the batch of keys a
/// donor or a supplier delivers.
public enum DeviceImportColumn: String, ImportColumnName {
    case code
    case model = "modele"
    case imei
    case iccid
    case phone = "telephone"
    case acquisition = "provenance"
    case acquiredOn = "date_reception"
    case donor = "donateur"
    case notes = "remarques"

    public var isRequired: Bool { self == .code || self == .model || self == .imei }

    public var aliases: [String] {
        switch self {
        case .code: return ["code d'inventaire", "code inventaire", "inventaire", "numéro d'inventaire"]
        case .model: return ["modèle", "model", "appareil"]
        case .imei: return ["numéro IMEI"]
        case .iccid: return ["ICCID SIM", "SIM", "carte SIM"]
        case .phone: return ["tél", "tel", "numéro", "numéro SIM", "phone"]
        case .acquisition: return ["origine", "don ou achat"]
        case .acquiredOn: return ["date", "reçue le", "date de réception"]
        case .donor: return ["donateur ou fournisseur", "fournisseur", "donor"]
        case .notes: return ["remarque", "notes", "commentaire"]
        }
    }

    var field: DeviceField {
        switch self {
        case .code: return .code
        case .model: return .model
        case .imei: return .imei
        case .iccid: return .iccid
        case .phone: return .phone
        case .acquisition: return .acquisition
        case .acquiredOn: return .acquiredOn
        case .donor: return .donor
        case .notes: return .notes
        }
    }
}

/// One data row of a device import, read and checked.
public enum DeviceImportRow: Sendable, Equatable {
    case valid(line: Int, device: ValidDevice)
    case invalid(line: Int, issues: [ImportIssue])

    public var line: Int {
        switch self {
        case .valid(let line, _), .invalid(let line, _): return line
        }
    }

    public var issues: [ImportIssue] {
        if case .invalid(_, let issues) = self { return issues }
        return []
    }

    public var device: ValidDevice? {
        if case .valid(_, let device) = self { return device }
        return nil
    }
}

/// A device import file checked whole, like a beneficiary import: the encoding decided
/// on the whole file, the header, every row checked by the key form's own rules, and
/// the codes, IMEI, ICCID and numbers given twice in the file refused at their later line.
public struct DeviceImportFile: Sendable {
    public let encoding: DetectedEncoding
    public let separator: Character
    public let headerIssues: [ImportIssue]
    public let rows: [DeviceImportRow]

    public init(bytes: [UInt8], today: CalendarDay, encoding choice: EncodingChoice? = nil) throws(GuichetError) {
        let file = try CSVFile(bytes: bytes, encoding: choice)
        encoding = file.encoding
        separator = file.separator
        guard let first = file.records.first else {
            headerIssues = [ImportIssue(line: 1, column: nil, message: HotspotText.noDeviceHeader)]
            rows = []
            return
        }
        let (header, issues) = ImportHeader<DeviceImportColumn>.read(first)
        headerIssues = issues
        guard let header else { rows = []; return }
        var seen: [String: Int] = [:]
        rows = file.records.dropFirst().map { row in Self.read(row, header: header, today: today, seen: &seen) }
    }

    static func read(_ row: CSVRow, header: ImportHeader<DeviceImportColumn>, today: CalendarDay,
                     seen: inout [String: Int]) -> DeviceImportRow {
        var issues = header.shapeIssues(of: row)
        let values = header.values(of: row)
        var draft = DeviceDraft()
        for column in DeviceImportColumn.allCases where column != .acquisition {
            draft[column.field] = values[column] ?? ""
        }
        draft.acquisition = Self.acquisition(values[.acquisition] ?? "")
        func column(_ field: DeviceField) -> String {
            let column = DeviceImportColumn.allCases.first { $0.field == field } ?? .code
            return header.name(of: column) ?? column.rawValue
        }
        do throws(BudgetFieldErrors<DeviceField>) {
            let device = try draft.validated(today: today)
            let keys: [(DeviceField, String?)] = [(.code, device.code), (.imei, device.imei.digits), (.iccid, device.iccid?.digits),
                                                  (.phone, device.phone?.e164)]
            for (field, value) in keys {
                guard let value else { continue }
                if let earlier = seen[field.rawValue + "=" + value] {
                    issues.append(ImportIssue(line: row.line, column: column(field),
                                              message: HotspotText.sameInFile.filled(field.label, earlier)))
                } else {
                    seen[field.rawValue + "=" + value] = row.line
                }
            }
            if issues.isEmpty { return .valid(line: row.line, device: device) }
        } catch {
            for fieldError in error.fieldErrors {
                issues.append(ImportIssue(line: row.line, column: column(fieldError.field), message: fieldError.message))
            }
        }
        return .invalid(line: row.line, issues: issues)
    }

    /// `don`, `achat` (or `donation`, `purchase`); empty is a donation.
    static func acquisition(_ text: String) -> String {
        let folded = NameFolding.fold(text)
        if folded.isEmpty { return Acquisition.donation.rawValue }
        for value in Acquisition.allCases where [value.rawValue, value.label.french, value.label.english].map(NameFolding.fold).contains(folded) {
            return value.rawValue
        }
        return text
    }

    public var validRows: [DeviceImportRow] { rows.filter { $0.device != nil } }
}
