import Foundation
import GuichetApp
import GuichetCore
import GuichetStore
import GuichetTerminal

/// A counter on the in-memory backend at 80×24 over a real database in a
/// temporary folder, with a fixed clock (Friday 27/11/2026, 10:30 in Paris).
final class CounterHarness {
    let folder: URL
    let store: GuichetStore
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_771_800))
    let backend = InMemoryBackend(size: Size(width: 80, height: 24))
    private(set) var app: CounterApp!

    init(setUp: Bool = true, language: Language = .french) throws {
        // No printer in the tests, whatever the machine: budget summaries go to files of the folder.
        BudgetPrintOutput.lpstat = "guichet-tests-no-lpstat"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("guichet-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try GuichetStore(path: folder.appendingPathComponent("guichet.sqlite").path, clock: clock)
        if setUp {
            _ = try store.setUp(siteCode: SiteCode("PAR")!, siteName: "Paris 19e", timeZone: TimeZone(identifier: "Europe/Paris")!,
                                supervisorLogin: "alice", supervisorName: "Alice Martin", password: "motdepasse-alice")
        }
        app = CounterApp(backend: backend, store: store, language: language, clock: clock,
                         start: setUp ? .login : .setup, themeNames: ["classique", "contraste", "monochrome"])
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    var screen: Buffer? { backend.lastFrame }
    var lines: [String] { backend.lastFrame?.lines() ?? [] }
    var text: String { lines.joined(separator: "\n") }
    /// The message shown above the key bar (wrapped over two lines when long), whole.
    var messageLine: String { app.messageText }

    func press(_ keys: Key...) {
        backend.enqueue(keys)
        app.processPendingKeys()
    }

    func type(_ text: String) {
        backend.type(text)
        app.processPendingKeys()
    }

    /// Types the login and password and presses Enter after each.
    func signIn(_ login: String = "alice", _ password: String = "motdepasse-alice") {
        type(login)
        press(.enter)
        type(password)
        press(.enter)
    }

    func addUser(_ login: String, role: Role, password: String = "motdepasse-\(UUID().uuidString.prefix(4))") throws -> String {
        let admin = try store.authenticate(login: "alice", password: "motdepasse-alice")
        _ = try store.createUser(as: admin, login: login, displayName: login.capitalized + " Test", role: role, password: password)
        return password
    }

    func journalActions() throws -> [String] {
        try store.journal(on: CalendarDay(clock.now(), in: TimeZone(identifier: "Europe/Paris")!)).map(\.action)
    }
}

extension CounterHarness {
    var today: CalendarDay { CalendarDay(clock.now(), in: TimeZone(identifier: "Europe/Paris")!) }

    /// A file created through the store, as the supervisor, enrolled on `enrolledOn` (default today).
    @discardableResult
    func addBeneficiary(_ lastName: String, _ firstName: String, birth: String = "", phone: String = "",
                        housing: String = "", enrolledOn: CalendarDay? = nil) throws -> BeneficiaryRecord {
        var draft = BeneficiaryDraft()
        draft.lastName = lastName
        draft.firstName = firstName
        draft.birthDate = birth
        draft.phone = phone
        draft.housing = housing
        let admin = try store.authenticate(login: "alice", password: "motdepasse-alice")
        return try store.createBeneficiary(as: admin, draft.validated(today: today), enrolledOn: enrolledOn ?? today)
    }
}
