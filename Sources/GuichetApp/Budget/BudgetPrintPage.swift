import GuichetCore
import GuichetStore
import GuichetTerminal

/// The summary a person takes home: one page of plain text, 80 columns at most,
/// with the figures of one session, the plan and the next appointment. Nothing
/// of anyone else: the person, their file number, the site and the coach.
public struct BudgetPrintPage {
    public static let width = 80

    let person: BudgetPerson
    let record: BudgetSessionRecord
    let plan: [PlanStep]
    let siteName: String
    let language: Language
    /// The page is laid out in the characters it will be printed with: in Latin-1,
    /// « € » is EUR before the columns are aligned.
    let encoding: PrintEncoding

    init(person: BudgetPerson, record: BudgetSessionRecord, plan: [PlanStep], siteName: String, language: Language,
         encoding: PrintEncoding = .utf8) {
        self.person = person
        self.record = record
        self.plan = plan
        self.siteName = siteName
        self.language = language
        self.encoding = encoding
    }

    /// The page for the command line, which knows the file by its record.
    public init(file: BeneficiaryRecord, record: BudgetSessionRecord, plan: [PlanStep], siteName: String, language: Language,
                encoding: PrintEncoding) {
        self.init(person: BudgetPerson(file), record: record, plan: plan, siteName: siteName, language: language, encoding: encoding)
    }

    private func say(_ phrase: Phrase, _ arguments: any CustomStringConvertible...) -> String {
        fit(phrase.text(language, arguments: arguments))
    }

    private func money(_ amount: Money) -> String { fit(amount.formatted(language)) }

    /// `text` in the characters of the page's encoding.
    private func fit(_ text: String) -> String { encoding.printable(text) }

    /// The page's lines, none wider than 80 columns, ending with a line break.
    public var text: String { lines.joined(separator: "\n") + "\n" }

    /// The page's bytes, in its encoding.
    public var bytes: [UInt8] { encoding.bytes(text) }

    var lines: [String] {
        let rule = String(repeating: "=", count: Self.width)
        let inner = Self.width - 2
        var lines: [String] = [rule]
        lines.append(Self.spread("  " + fit(siteName + " — ") + say(AppText.printHeading), record.day.formatted(language)))
        lines.append("  " + fit(person.firstName + " " + NameDisplay.capitals(person.lastName) + " — ") + say(AppText.printFile, person.fileNumber.formatted))
        lines += [rule, ""]

        let figures = record.figures
        lines.append("  " + say(AppText.printSpendingHeading, record.day.formatted(language)).uppercased())
        lines.append("")
        lines.append(Self.columns("  " + say(AppText.printLine), say(AppText.printToday), say(AppText.printWithPlan)))
        for planned in record.session.lines {
            let title = Self.wrap(fit(planned.line.title(language)), width: 44)
            lines.append(Self.columns("  " + title[0], money(planned.line.monthlyCost), money(planned.costAfter)))
            lines += title.dropFirst().map { "  " + $0 }
            if let choice = planned.choice {
                lines += Self.wrap(fit("→ " + choice.title), width: inner - 5).map { "     " + $0 }
            }
        }
        if record.session.lines.isEmpty { lines.append("  " + say(AppText.printNoLine)) }
        lines.append("  " + String(repeating: "-", count: Self.width - 4))
        lines.append(Self.columns("  " + say(AppText.printTotal), money(figures.before), money(figures.after)))
        lines.append("")
        lines += Self.wrap(say(AppText.printResources, money(figures.resources)), width: inner).map { "  " + $0 }
        lines += Self.wrap(say(AppText.printShare, ResourceShare.text(figures.shareBefore, language),
                                ResourceShare.text(figures.shareAfter, language), ResourceShare.referenceText(figures.reference, language)),
                           width: inner).map { "  " + $0 }
        lines.append("")
        if figures.monthlySaving > .zero {
            lines += Self.wrap(say(AppText.printSaving, money(figures.monthlySaving), money(figures.yearlySaving)).uppercased(),
                               width: inner).map { "  " + $0 }
            lines.append("")
        }

        let changing = record.session.lines.filter { planned in
            (planned.choice != nil && (planned.line.commitment.map { record.day <= $0.end } ?? false)) || planned.line.unpaid > .zero
        }
        if !changing.isEmpty {
            lines.append("  " + say(AppText.printChangingHeading).uppercased())
            for planned in changing {
                lines.append("  " + fit(planned.line.title(language)))
                var sentences: [String] = []
                if let commitment = planned.line.commitment, planned.choice != nil, record.day <= commitment.end {
                    let cost = planned.exitCost(on: record.day)
                    sentences.append(say(AppText.budgetExitCost, record.day.formatted(language), money(cost), commitment.end.formatted(language)))
                    if let payback = planned.payback(from: record.day) {
                        sentences.append(say(AppText.budgetPaysBackOn, payback.formatted(language)))
                    } else {
                        sentences.append(say(AppText.budgetNeverPaysBack))
                    }
                }
                if planned.line.unpaid > .zero { sentences.append(say(AppText.budgetUnpaid, money(planned.line.unpaid))) }
                lines += Self.wrap(sentences.joined(separator: " "), width: inner - 2).map { "    " + $0 }
            }
            lines += Self.wrap(say(AppText.budgetDoNotCancel), width: inner).map { "  " + $0 }
            lines.append("")
        }

        lines.append("  " + say(AppText.printPlanHeading).uppercased())
        let open = plan.filter { $0.status == .toDo }
        if open.isEmpty { lines.append("  " + say(AppText.printNoStep)) }
        for step in open {
            let head = "  [ ] " + step.due.formatted(language) + "  " + Self.pad(say(step.who.personFacing), 11) + " "
            let wrapped = Self.wrap(fit(step.text), width: Self.width - TextWidth.of(head))
            lines.append(head + wrapped[0])
            lines += wrapped.dropFirst().map { String(repeating: " ", count: TextWidth.of(head)) + $0 }
        }
        let done = plan.filter { $0.status == .done }
        if !done.isEmpty {
            lines += Self.wrap(say(AppText.printDone, fit(done.map(\.text).joined(separator: " ; "))), width: inner).map { "  " + $0 }
        }
        lines.append("")
        let next = record.session.header.nextAppointment.map { $0.formatted(language) } ?? say(AppText.printNoAppointment)
        lines.append("  " + say(AppText.printNextAppointment, next).uppercased())
        if let coach = record.coachName { lines += Self.wrap(say(AppText.printCoach, fit(coach)), width: inner).map { "  " + $0 } }
        lines.append(rule)
        return lines
    }

    /// `left` then `middle` and `right` right-aligned in columns ending at 62 and 78.
    static func columns(_ left: String, _ middle: String, _ right: String) -> String {
        pad(left, 48) + pad(middle, 14, right: true) + pad(right, 16, right: true)
    }

    /// `left` and `right` at both ends of the line.
    static func spread(_ left: String, _ right: String) -> String {
        let gap = max(1, width - TextWidth.of(left) - TextWidth.of(right))
        return left + String(repeating: " ", count: gap) + right
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - TextWidth.of(text)))
        return right ? fill + text : text + fill
    }

    /// Words wrapped to `width` columns; at least one line.
    static func wrap(_ text: String, width: Int) -> [String] {
        let lines = TextWrap.wrap(text, width: width)
        return lines.isEmpty ? [""] : lines
    }
}

/// The page's bytes: UTF-8, or Latin-1 for old printers (ISO 8859-1: « € » is
/// written EUR, typographic quotes and dashes as their ASCII forms, a letter
/// with accents outside Latin-1 as its closest letter inside it, anything else `?`).
public enum PrintEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case latin1 = "latin-1"

    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1": self = .latin1
        default: return nil
        }
    }

    /// `text` written with the characters this encoding has (unchanged in UTF-8).
    public func printable(_ text: String) -> String {
        switch self {
        case .utf8: return text
        case .latin1:
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text.unicodeScalars.flatMap(Self.latin1).map { Unicode.Scalar($0) })
            return String(view)
        }
    }

    public func bytes(_ text: String) -> [UInt8] {
        switch self {
        case .utf8: return Array(text.utf8)
        case .latin1: return text.unicodeScalars.flatMap(Self.latin1)
        }
    }

    private static let replacements: [Unicode.Scalar: String] = [
        "€": "EUR", "\u{2019}": "'", "\u{2018}": "'", "\u{201C}": "\"", "\u{201D}": "\"", "\u{2014}": "-", "\u{2013}": "-",
        "\u{2192}": "->", "\u{2026}": "...", "\u{202F}": " ", "\u{2009}": " ", "œ": "oe", "Œ": "OE", "\u{2022}": "*",
        // Letters of their own, not accented ones: their closest Latin letter (Małgorzata → Malgorzata).
        "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ŀ": "l", "Ŀ": "L", "ħ": "h", "Ħ": "H",
    ]

    static func latin1(_ scalar: Unicode.Scalar) -> [UInt8] {
        if scalar.value <= 0xFF { return [UInt8(scalar.value)] }
        if let replacement = replacements[scalar] { return Array(replacement.utf8) }
        // The letter with as many of its accents as Latin-1 has (ễ → ê, ő → o).
        let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
        for count in stride(from: parts.count, through: 1, by: -1) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: parts.prefix(count))
            let composed = String(view).precomposedStringWithCanonicalMapping.unicodeScalars
            if composed.count == 1, let only = composed.first, only.value <= 0xFF { return [UInt8(only.value)] }
        }
        return [UInt8(ascii: "?")]
    }
}
