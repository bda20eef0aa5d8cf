import GuichetCore
import GuichetStore

/// What the budget forms and lists hand back (`Effect.deliver`) to the screen that
/// opened them: the session being entered, or the person's plan.
public enum BudgetPicked: Sendable {
    /// The session's date, next appointment and resources.
    case header(SessionHeader)
    /// A line, new (`index` nil) or replacing the line at `index`.
    case line(index: Int?, TelecomLine)
    /// The offer chosen for the line at `index`; nil keeps the line as it is.
    case offer(index: Int, ChosenOffer?)
    /// A step, new (`index` nil) or replacing the step at `index`.
    case step(index: Int?, PlanStep)
    /// A confirmed removal of the line or the step at `index`.
    case removal(BudgetSection, index: Int)
}

/// The two lists of the session being entered.
public enum BudgetSection: Sendable, Hashable {
    case lines
    case steps
}

/// The person whose budget a screen shows: enough to name them and find their file.
struct BudgetPerson: Sendable, Equatable {
    let id: Int64
    let fileNumber: FileNumber
    let lastName: String
    let firstName: String

    init(id: Int64, fileNumber: FileNumber, lastName: String, firstName: String) {
        self.id = id
        self.fileNumber = fileNumber
        self.lastName = lastName
        self.firstName = firstName
    }

    init(_ record: BeneficiaryRecord) {
        self.init(id: record.id, fileNumber: record.fileNumber, lastName: record.beneficiary.lastName,
                  firstName: record.beneficiary.firstName)
    }

    /// `DUPONT Marie`.
    var listed: String { NameDisplay.listed(lastName: lastName, firstName: firstName) }
    /// `PAR-2026-00001  DUPONT Marie`, the first line of the person's screens.
    var heading: String { fileNumber.formatted + "  " + listed }
}
