import Foundation
@testable import GuichetApp
import GuichetCore
@testable import GuichetStore
import GuichetTerminal
import Testing

/// A screen of another area that asks for a beneficiary, as budget, recharges
/// and hotspots will: F5 pushes the picker, the chosen file comes back here.
private struct RequestingScreen: Screen {
    enum Action: Hashable, Sendable { case pick, failingWrite, back }

    var chosen: BeneficiarySummary?
    var failures: [GuichetError] = []
    var loadError: GuichetError?

    var title: Phrase { Phrase(fr: "Demandeur", en: "Requester") }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        [
            ScreenAction(.pick, function: 5, control: "p", label: Phrase(fr: "Choisir", en: "Pick"), help: Phrase(fr: "x", en: "x")),
            ScreenAction(.failingWrite, function: 6, control: "w", label: Phrase(fr: "Écrire", en: "Write"), help: Phrase(fr: "x", en: "x")),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .pick: return .push(PickerScreen.beneficiary())
        case .failingWrite:
            return .asUser { store, actor, _ throws(GuichetError) in
                try store.recordVisit(as: actor, beneficiaryID: 424_242, reasons: [.budget], note: "")
                return .none
            }
        case .back: return .pop
        }
    }

    mutating func receive(_ picked: Picked, context: AppContext) -> Effect {
        guard case .beneficiary(let summary) = picked else { return .none }
        chosen = summary
        return .notice(Notice("chosen " + summary.fileNumber.formatted))
    }

    mutating func commandFailed(_ error: GuichetError, context: AppContext) { failures.append(error) }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        if let loadError { throw loadError }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        TextLine("chosen: " + (chosen?.lastName ?? "none") + " failures: \(failures.count)").render(into: &buffer, area: area.row(0))
        return nil
    }
}

@Suite("Run loop: pickers, commands, loads")
struct RunLoopTests {
    @Test func anotherAreaPicksABeneficiaryAndGetsItBack() throws {
        let counter = try CounterHarness()
        try counter.addBeneficiary("Dupont", "Marie")
        let wanted = try counter.addBeneficiary("N’Diaye", "Aminata")
        counter.signIn()
        counter.app.show(RequestingScreen())
        counter.press(.function(5))
        #expect(counter.text.contains("Choisir une fiche"))
        #expect(counter.lines.last?.hasPrefix("1Aide 3Chercher 4Choisir 10Retour") == true)
        counter.type("ndiaye")
        counter.press(.enter)
        #expect(counter.app.topScreenTitle == "Demandeur")
        #expect(counter.text.contains("chosen: N’Diaye"))
        #expect(counter.messageLine == "chosen " + wanted.fileNumber.formatted)
    }

    @Test func escapeFromThePickerHandsNothingBack() throws {
        let counter = try CounterHarness()
        try counter.addBeneficiary("Dupont", "Marie")
        counter.signIn()
        counter.app.show(RequestingScreen())
        counter.press(.function(5), .escape)
        #expect(counter.text.contains("chosen: none"))
    }

    @Test func aFailedCommandIsShownOnTheMessageLineAndToldToItsScreen() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.app.show(RequestingScreen())
        counter.press(.function(6))
        #expect(counter.messageLine == "! " + BeneficiaryStoreText.unknownFile.french)
        #expect(counter.text.contains("failures: 1"))
        #expect(try counter.store.counts([.visits], on: counter.today) == [0])
    }

    @Test func aFailedReadIsShownNotSwallowed() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.app.show(RequestingScreen(loadError: .storage("SQLite 11: database disk image is malformed")))
        #expect(counter.messageLine.hasPrefix("! La base de données a refusé l’opération (SQLite 11"))
        // The card of a file that cannot be read says so and offers only Back.
        counter.press(.escape)
        counter.app.show(BeneficiaryCardScreen(id: 999))
        #expect(counter.messageLine == "! " + BeneficiaryStoreText.unknownFile.french)
        #expect(counter.lines.last == "1Aide 10Retour")
    }
}

@Suite("Run loop: waiting for another program")
struct WaitingForTheLockTests {
    /// A counter saving while another program (an import) holds the write lock for
    /// about a second: the screen says to wait meanwhile, then the save lands.
    @Test func aCounterThatMustWaitSaysSoThenSaves() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.type("1")
        let other = try GuichetStore(path: counter.store.path)
        let holding = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            // Holds the write lock a second, like an import's final write.
            try? other.write { _ in
                holding.signal()
                usleep(1_000_000)
            }
            done.signal()
        }
        holding.wait()
        let frames = counter.backend.presentCount
        counter.press(.function(5), .function(2))     // an anonymous visit: one short write
        done.wait()
        #expect(counter.backend.presentCount >= frames + 2, "the waiting notice was drawn during the wait")
        #expect(counter.messageLine == "Passage enregistré.")
        #expect(try counter.store.counts([.visits], on: counter.today) == [1])
    }
}
