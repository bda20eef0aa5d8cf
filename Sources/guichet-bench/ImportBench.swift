import CBenchPty
import Foundation
import GuichetCore
import GuichetStore

/// A spreadsheet of 20,000 rows (`BENCH_IMPORT_ROWS`) imported into the bench
/// database (the demo files already there): the total time, and the time of the
/// write transaction, which is how long the counters may have to wait (goal ≤ 1 s).
/// Meanwhile a second store stands for a counter: one small journaled write every
/// 100 ms, whose longest wait is printed too. No reference program: absolute figures.
struct ImportBench {
    let database: String
    /// The files already there (the demo data).
    let files: Int
    let rows: Int
    static let seed: UInt64 = 20_261_130

    func run() throws {
        let bytes = Self.spreadsheet(rows: rows, seed: Self.seed)
        let store = try GuichetStore(path: database)
        let actor = try store.commandLineActor(login: nil)
        let counter = CounterProbe(store: try GuichetStore(path: database), actor: actor)
        counter.start()
        let start = bench_now_ns()
        let file = try BeneficiaryImportFile(bytes: bytes, today: try store.today())
        let read = bench_now_ns()
        let report = try store.importBeneficiaries(as: actor, file: file, skipInvalid: true, dryRun: false)
        let end = bench_now_ns()
        let probe = counter.stop()
        let seconds = { (nanoseconds: UInt64) in format(Double(nanoseconds) / 1e9, decimals: 2) }
        let write = report.writeDuration.map { Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18 } ?? .nan
        print("import        \(rows) rows into \(files) files: \(report.imported.count) imported, \(report.duplicates.count) duplicates, "
            + "\(report.refusedLines.count) refused")
        print("import        total \(seconds(end - start)) s (reading and checking the file \(seconds(read - start)) s, "
            + "look-ups and write \(seconds(end - read)) s)")
        print("import        write transaction (lock held) \(format(write, decimals: 3)) s  (goal ≤ 1 s)")
        print("import        a counter's write every 100 ms meanwhile: \(probe.writes) writes, longest \(format(probe.longest, decimals: 1)) ms, "
            + "\(probe.failures) failed")
    }

    /// A reception point's spreadsheet: `;`, UTF-8, names with accents (mostly compound),
    /// birth dates for nearly all, phones for many, the situation columns.
    static func spreadsheet(rows: Int, seed: UInt64) -> [UInt8] {
        let lastNames = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Simon",
                         "Laurent", "Lefèvre", "Michel", "Garcia", "Fournier", "Girard", "Mercier", "Dupont", "Lambert",
                         "Bonnet", "François", "Guérin", "Müller", "Fontaine", "Le Gall", "Saint-Just", "Hébert", "Œillet",
                         "N’Diaye", "Diallo", "Traoré", "Koné", "Camara", "Diop", "Cissé", "Keïta", "Touré", "Fofana",
                         "Benali", "Haddad", "Bouzid", "Ben Ahmed", "Mansouri", "Aït Ali", "El Amrani", "Nguyễn", "Trần",
                         "Phạm", "Sørensen", "Kowalski", "Nowak", "Yılmaz", "Öztürk", "Petrović", "Popescu", "Ferreira",
                         "Gonçalves", "Sánchez", "Ivanova", "Schröder"]
        let firstNames = ["Hélène", "Jean-Pierre", "Marie", "Jean", "Pierre", "Françoise", "Nathalie", "Isabelle", "Philippe",
                          "Éric", "Céline", "Aurélie", "Jérôme", "Anaïs", "Chloé", "Léa", "Zoé", "Gaëlle", "Loïc", "Thérèse",
                          "Mamadou", "Aïssatou", "Fatoumata", "Moussa", "Ibrahima", "Awa", "Mohamed", "Fatima", "Karim",
                          "Yasmine", "Rachid", "Leïla", "Saïd", "Thanh", "Minh", "Linh", "Piotr", "Agnieszka", "Mehmet",
                          "Ayşe", "Dragan", "Ioana", "João", "Carmen", "Olga", "Dmitri"]
        let housing = ["logé", "hébergé chez un tiers", "hébergement d’urgence", "sans domicile", ""]
        let activity = ["en recherche d’emploi", "en emploi", "formation", "retraite", ""]
        let resources = ["RSA 607,75", "ARE", "AAH 971,37", "salaire", "aucune", ""]
        var random = SplitMix64(seed: seed)
        let today = CalendarDay(Date(), in: SiteTimeZone.standard)
        var text = "nom;prenom;date_naissance;telephone;logement;activite;ressources\r\n"
        for _ in 0..<rows {
            // Mostly compound names and known birth dates, so that most rows are new people (the
            // write is what is measured) while the look-ups still meet the demo's common names.
            var last = lastNames.randomElement(using: &random)!
            if Int.random(in: 0..<100, using: &random) < 90 { last += "-" + lastNames.randomElement(using: &random)! }
            let first = firstNames.randomElement(using: &random)!
            var birth = ""
            if Int.random(in: 0..<100, using: &random) < 97 {
                birth = today.adding(days: -Int.random(in: (18 * 365)...(80 * 365), using: &random)).formatted(.french)
            }
            var phone = ""
            if Int.random(in: 0..<100, using: &random) < 70 {
                phone = "06" + (0..<8).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
            }
            text += [last, first, birth, phone, housing.randomElement(using: &random)!, activity.randomElement(using: &random)!,
                     resources.randomElement(using: &random)!].joined(separator: ";") + "\r\n"
        }
        return Array(text.utf8)
    }
}

/// A counter writing while the import runs: one journaled write every 100 ms on
/// its own store (its own connection), timed.
final class CounterProbe: @unchecked Sendable {
    private let store: GuichetStore
    private let actor: Actor
    private let lock = NSLock()
    private var running = true
    private var result = (writes: 0, longest: 0.0, failures: 0)
    private let done = DispatchSemaphore(value: 0)

    init(store: GuichetStore, actor: Actor) {
        self.store = store
        self.actor = actor
    }

    func start() {
        Thread.detachNewThread { [self] in
            while lock.withLock({ running }) {
                let start = bench_now_ns()
                let failed: Bool
                do {
                    // What a counter does many times a day: an anonymous visit, one short write.
                    try store.recordVisit(as: actor, beneficiaryID: nil, reasons: [.information], note: "")
                    failed = false
                } catch {
                    failed = true
                }
                let milliseconds = Double(bench_now_ns() - start) / 1e6
                lock.withLock {
                    result.writes += 1
                    result.longest = max(result.longest, milliseconds)
                    if failed { result.failures += 1 }
                }
                usleep(100_000)
            }
            done.signal()
        }
    }

    func stop() -> (writes: Int, longest: Double, failures: Int) {
        lock.withLock { running = false }
        done.wait()
        return lock.withLock { result }
    }
}
