/// A problem found in an imported file: the line of the file (header = 1), the
/// column as named in the header (nil for the whole row) and what is expected.
public struct ImportIssue: Sendable, Equatable, Hashable {
    public let line: Int
    public let column: String?
    public let message: Phrase
    /// False for a notice that does not stop the import (an unknown column is ignored).
    public let blocking: Bool

    public init(line: Int, column: String?, message: Phrase, blocking: Bool = true) {
        self.line = line
        self.column = column
        self.message = message
        self.blocking = blocking
    }

    /// `ligne 12, colonne « telephone » : Numéro de téléphone : 10 chiffres attendus…`
    public func text(_ language: Language) -> String {
        let place = column.map { ImportText.lineColumn.text(language, line, $0) } ?? ImportText.lineOnly.text(language, line)
        return place + (language == .french ? " : " : ": ") + message.text(language)
    }
}

/// The columns of a beneficiary import. Header cells are matched after folding
/// (`Prénom`, `PRENOM`, `prénom ` and `prenom` all match `prenom`; `date_naissance`
/// and `Date naissance` match too), and a few usual other names are known
/// (`Date de naissance`, `Téléphone`, `Portable`, `Courriel`…).
///
/// Values are read as typed at the counter, plus what spreadsheets do to them:
/// ISO dates and midnight times, phone numbers that lost their leading 0.
public enum ImportColumn: String, ImportColumnName {
    case lastName = "nom"
    case firstName = "prenom"
    case birthDate = "date_naissance"
    case phone = "telephone"
    case email = "email"
    case housing = "logement"
    case activity = "activite"
    /// The kind of resources (`RSA`), or kind and amount together (`RSA 607,75`), or an amount alone.
    case resources = "ressources"
    /// The monthly amount, when given in its own column.
    case resourcesAmount = "ressources_montant"
    /// The structure's name; its kind is guessed from the name (`CCAS de Roanne` → CCAS).
    case referralStructure = "orientation_structure"
    case referralSocialWorker = "orientation_referent"
    case referralContact = "orientation_contact"
    case referralDate = "orientation_date"

    public var isRequired: Bool { self == .lastName || self == .firstName }

    /// Other header names met in spreadsheets.
    public var aliases: [String] {
        switch self {
        case .lastName: return ["nom de famille", "nom d'usage"]
        case .firstName: return ["prénoms"]
        case .birthDate: return ["date de naissance", "naissance", "né le", "née le", "ddn"]
        case .phone: return ["tel", "tél", "téléphone", "portable", "mobile", "numéro de téléphone"]
        case .email: return ["e-mail", "mail", "courriel", "adresse e-mail", "adresse mail"]
        case .housing: return ["situation de logement", "hébergement"]
        case .activity: return ["activité", "situation professionnelle"]
        case .resources: return ["ressource", "ressources principales"]
        case .resourcesAmount: return ["montant ressources", "montant des ressources", "ressources mensuelles", "montant"]
        case .referralStructure: return ["structure", "structure d'orientation", "orienteur"]
        case .referralSocialWorker: return ["référent", "travailleur social", "travailleuse sociale", "orientation référente"]
        case .referralContact: return ["contact référent", "contact"]
        case .referralDate: return ["date d'orientation", "date orientation"]
        }
    }
}

/// The header of a beneficiary import, mapped to the known columns.
public struct BeneficiaryImportHeader: Sendable, Equatable {
    /// The header cells as written in the file (trimmed).
    public let names: [String]
    /// The known column of each cell, nil for an unknown (ignored) one.
    public let columns: [ImportColumn?]

    /// The header, and its issues: missing `nom`/`prenom` or a column given twice
    /// (blocking: then the header is nil), unknown columns (notices: they are ignored).
    public static func read(_ row: CSVRow) -> (header: BeneficiaryImportHeader?, issues: [ImportIssue]) {
        let (header, issues) = ImportHeader<ImportColumn>.read(row)
        return (header.map { BeneficiaryImportHeader(names: $0.names, columns: $0.columns) }, issues)
    }

    /// The header cell of `column` as written in the file.
    public func name(of column: ImportColumn) -> String? {
        columns.firstIndex(of: column).map { names[$0] }
    }

    /// The draft a data row fills, without checking its values.
    public func draft(from row: CSVRow) -> BeneficiaryDraft {
        let values = ImportHeader(names: names, columns: columns).values(of: row)
        var draft = BeneficiaryDraft()
        draft.lastName = values[.lastName] ?? ""
        draft.firstName = values[.firstName] ?? ""
        draft.birthDate = Self.spreadsheetDay(values[.birthDate] ?? "")
        draft.phone = Self.spreadsheetPhone(values[.phone] ?? "")
        draft.email = values[.email] ?? ""
        draft.housing = values[.housing] ?? ""
        draft.activity = values[.activity] ?? ""
        let resources = values[.resources] ?? ""
        if columns.contains(.resourcesAmount) {
            draft.resourceKind = resources
            draft.monthlyResources = values[.resourcesAmount] ?? ""
        } else {
            (draft.resourceKind, draft.monthlyResources) = Self.splitResources(resources)
        }
        let structure = values[.referralStructure] ?? ""
        draft.referralStructureName = structure
        draft.referralStructureKind = ReferralStructureKind.guess(fromName: structure)?.rawValue ?? ""
        draft.referralSocialWorker = values[.referralSocialWorker] ?? ""
        draft.referralContact = values[.referralContact] ?? ""
        draft.referralDate = Self.spreadsheetDay(values[.referralDate] ?? "")
        return draft
    }

    /// Dates as spreadsheets write them: ISO `1978-03-05` becomes `05/03/1978`, and a
    /// midnight time (`05/03/1978 00:00`, `05/03/1978 00:00:00`) is dropped.
    static func spreadsheetDay(_ text: String) -> String {
        var value = text
        for suffix in [" 00:00:00", " 00:00", "T00:00:00"] where value.hasSuffix(suffix) {
            value.removeLast(suffix.count)
            break
        }
        if let day = CalendarDay(iso: value), value.first != "+" { return day.formatted(.french) }
        return value
    }

    /// A spreadsheet that took a phone column for numbers drops its leading zero
    /// (`612345678`): 9 digits starting 1–9 get their national 0 back.
    static func spreadsheetPhone(_ text: String) -> String {
        let digits = text.filter { !$0.isWhitespace }
        if digits.count == 9, digits.allSatisfy({ $0.isASCII && $0.isWholeNumber }), digits.first != "0" { return "0" + digits }
        return text
    }

    /// `RSA` → (RSA, ""), `607,75` → ("", 607,75), `RSA 607,75 €` or `RSA : 607,75` → (RSA, 607,75).
    static func splitResources(_ text: String) -> (kind: String, amount: String) {
        if text.isEmpty || ResourceKind.read(text) != nil { return (text, "") }
        if Money.parse(text) != nil { return ("", text) }
        if let firstDigit = text.firstIndex(where: { $0.isASCII && $0.isWholeNumber }), firstDigit != text.startIndex {
            var kind = String(text[..<firstDigit])
            while let last = kind.last, last.isWhitespace || ":-/,;=(".contains(last) { kind.removeLast() }
            var amount = String(text[firstDigit...]).trimmingWhitespace()
            if amount.hasSuffix(")") { amount.removeLast() }
            if ResourceKind.read(kind) != nil, Money.parse(amount) != nil { return (kind, amount) }
        }
        return (text, "")
    }

    /// Where each draft field comes from, for reporting its errors.
    func column(for field: BeneficiaryField) -> ImportColumn? {
        switch field {
        case .lastName: return .lastName
        case .firstName: return .firstName
        case .birthDate: return .birthDate
        case .phone: return .phone
        case .email: return .email
        case .housing: return .housing
        case .activity: return .activity
        case .resourceKind: return .resources
        case .monthlyResources: return columns.contains(.resourcesAmount) ? .resourcesAmount : .resources
        case .referralStructureKind, .referralStructureName: return .referralStructure
        case .referralSocialWorker: return .referralSocialWorker
        case .referralContact: return .referralContact
        case .referralDate: return .referralDate
        case .consentDate, .consentRecordedBy, .notes: return nil
        }
    }

    /// A data row checked: the valid beneficiary, or every issue of the row with its line and column.
    public func read(_ row: CSVRow, today: CalendarDay) -> BeneficiaryImportRow {
        var issues = ImportHeader(names: names, columns: columns).shapeIssues(of: row)
        let draft = draft(from: row)
        do throws(BeneficiaryErrors) {
            let beneficiary = try draft.validated(today: today)
            if issues.isEmpty { return .valid(line: row.line, draft: draft, beneficiary: beneficiary) }
        } catch {
            for fieldError in error.fieldErrors {
                let column = self.column(for: fieldError.field).flatMap { name(of: $0) } ?? self.column(for: fieldError.field)?.rawValue
                issues.append(ImportIssue(line: row.line, column: column, message: fieldError.message))
            }
        }
        return .invalid(line: row.line, issues: issues)
    }
}

/// One data row of a beneficiary import, read and checked.
public enum BeneficiaryImportRow: Sendable, Equatable {
    case valid(line: Int, draft: BeneficiaryDraft, beneficiary: ValidBeneficiary)
    case invalid(line: Int, issues: [ImportIssue])

    public var line: Int {
        switch self {
        case .valid(let line, _, _), .invalid(let line, _): return line
        }
    }

    public var issues: [ImportIssue] {
        if case .invalid(_, let issues) = self { return issues }
        return []
    }

    public var beneficiary: ValidBeneficiary? {
        if case .valid(_, _, let beneficiary) = self { return beneficiary }
        return nil
    }
}

/// Messages of the import.
public enum ImportText {
    /// {1} the line.
    public static let lineOnly = Phrase(fr: "ligne {1}", en: "line {1}")
    /// {1} the line, {2} the column.
    public static let lineColumn = Phrase(fr: "ligne {1}, colonne « {2} »", en: "line {1}, column “{2}”")
    /// {1} the known columns.
    public static let unknownColumn = Phrase(
        fr: "colonne inconnue, ignorée. Colonnes reconnues : {1}",
        en: "unknown column, ignored. Known columns: {1}")
    /// {1} the column.
    public static let missingColumn = Phrase(
        fr: "colonne « {1} » obligatoire absente de la première ligne (en-tête)",
        en: "required column “{1}” missing from the first line (header)")
    /// {1} the column.
    public static let columnTwice = Phrase(
        fr: "colonne « {1} » présente deux fois : gardez-en une seule",
        en: "column “{1}” appears twice: keep only one")
    /// {1} the values found, {2} the header's columns.
    public static let tooManyFields = Phrase(
        fr: "{1} valeurs pour {2} colonnes : un séparateur de trop, ou un texte à mettre entre guillemets ?",
        en: "{1} values for {2} columns: one separator too many, or a text to put between quotes?")
    public static let unclosedQuote = Phrase(
        fr: "guillemet ouvert jamais refermé : la fin du fichier a été lue comme une seule valeur",
        en: "a quote is opened and never closed: the end of the file was read as a single value")
    /// {1} the line, {2} the byte (`0xC3`), {3} `otherInvalidBytes` or nothing.
    public static let invalidUTF8 = Phrase(
        fr: """
            ligne {1} : octet {2} invalide en UTF-8, alors que le reste du fichier est en UTF-8{3}. Rien n’a été importé : \
            corrigez ce caractère dans le fichier ou, si le fichier est en fait en Windows-1252, relancez avec --encoding windows-1252.
            """,
        en: """
            line {1}: byte {2} is not valid UTF-8, while the rest of the file is UTF-8{3}. Nothing was imported: \
            fix this character in the file or, if the file is actually in Windows-1252, run again with --encoding windows-1252.
            """)
    /// {1} the line, {2} the byte (`0xC3`), {3} `otherInvalidBytes` or nothing.
    public static let invalidRequestedUTF8 = Phrase(
        fr: """
            ligne {1} : octet {2} invalide en UTF-8, l’encodage demandé par --encoding utf-8{3}. Rien n’a été importé : \
            corrigez ce caractère dans le fichier ou, si le fichier est en Windows-1252, relancez avec --encoding windows-1252.
            """,
        en: """
            line {1}: byte {2} is not valid UTF-8, the encoding asked for with --encoding utf-8{3}. Nothing was imported: \
            fix this character in the file or, if the file is in Windows-1252, run again with --encoding windows-1252.
            """)
    /// {1} the number of invalid bytes (2 or more).
    public static let otherInvalidBytes = Phrase(fr: " ({1} octets invalides en tout)", en: " ({1} invalid bytes in all)")
    public static let noHeader = Phrase(
        fr: "fichier vide : une première ligne d’en-tête (nom;prenom;…) attendue",
        en: "empty file: a first header line (nom;prenom;…) expected")
}

/// A whole file checked at once: decoding, separator, header and every row.
/// The caller imports nothing when `blockingIssues` is not empty (or, when
/// asked to skip invalid rows, imports the valid ones).
public struct BeneficiaryImportFile: Sendable {
    public let encoding: DetectedEncoding
    public let separator: Character
    /// Header issues (blocking or notices).
    public let headerIssues: [ImportIssue]
    public let rows: [BeneficiaryImportRow]

    /// Reads `bytes` in `encoding` when given (`--encoding`), else in the encoding
    /// `CSVText.decode` decides from the whole file. Throws when a file that is
    /// UTF-8 holds invalid bytes (`InvalidUTF8`): then no line is read at all.
    public init(bytes: [UInt8], today: CalendarDay, encoding choice: EncodingChoice? = nil) throws(GuichetError) {
        let file = try CSVFile(bytes: bytes, encoding: choice)
        encoding = file.encoding
        separator = file.separator
        let records = file.records
        guard let first = records.first else {
            headerIssues = [ImportIssue(line: 1, column: nil, message: ImportText.noHeader)]
            rows = []
            return
        }
        let (header, issues) = BeneficiaryImportHeader.read(first)
        headerIssues = issues
        guard let header else { rows = []; return }
        rows = records.dropFirst().map { header.read($0, today: today) }
    }

    /// Every blocking issue: the header's, then each invalid row's, in file order.
    public var blockingIssues: [ImportIssue] {
        headerIssues.filter(\.blocking) + rows.flatMap(\.issues)
    }

    public var validRows: [BeneficiaryImportRow] { rows.filter { $0.beneficiary != nil } }
}
