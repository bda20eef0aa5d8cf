import CBenchPty
import Foundation
import GuichetApp
import GuichetCore
import GuichetStore

/// The review's figures (issue 12), on the demo files (`BENCH_FILES`, 100,000: about 300,000
/// visits) and the demo ledger (`BENCH_LEDGER_ROWS`, 1,000,000): last month's report as the
/// areas give it (`ReportAssembly.siteReport`) against the same SQL statements run bare
/// (`bareReportQueries`), alternated; then a day of 10,000 journal events (`BENCH_JOURNAL_EVENTS`)
/// and the keystroke to screen in the journal's search against vim's echo, beside the same
/// measure in the beneficiary list, in the same run.
enum JournalBench {
    static func run(store: GuichetStore, guichet: String, database: String) throws {
        let actor = try store.commandLineActor(login: nil)
        let today = try store.today()
        let month = ReportPeriod(.month, containing: today.adding(months: -1))
        var report = (guichet: Sample(), bare: Sample())
        var figures: SiteReport?
        for _ in 0..<15 {
            var start = bench_now_ns()
            figures = try ReportAssembly.siteReport(store, as: actor, period: month, software: "bench")
            report.guichet.add(elapsed(start))
            start = bench_now_ns()
            _ = try store.bareReportQueries(month)
            report.bare.add(elapsed(start))
        }
        let people = figures?.value(.peopleAccompanied)?.amount ?? 0
        let visits = figures?.value(.visits)?.amount ?? 0
        print("report        \(month.label(.english)): \(visits) visits, \(people) people — guichet "
              + "\(format(report.guichet.median, decimals: 1)) / \(format(report.guichet.p90, decimals: 1))   bare SQL "
              + "\(format(report.bare.median, decimals: 1)) / \(format(report.bare.p90, decimals: 1))   ratio (median) "
              + "\(format(report.guichet.median / report.bare.median))  (goal ≤ 2)")

        let events = Int(ProcessInfo.processInfo.environment["BENCH_JOURNAL_EVENTS"] ?? "") ?? 10_000
        let start = bench_now_ns()
        let already = try store.journal(on: today, limit: 1_000_000).count
        for index in already..<events {
            try store.recordVisit(as: actor, beneficiaryID: Int64(index % 1000 + 1), reasons: [index.isMultiple(of: 3) ? .information : .recharge],
                                  note: "")
        }
        print("journal       \(max(events, already)) events today (\(max(0, events - already)) visits written in "
              + "\(format(Double(bench_now_ns() - start) / 1e9, decimals: 1)) s)")

        let letters = Int(ProcessInfo.processInfo.environment["BENCH_LETTERS"] ?? "") ?? 80
        guard let (list, journal, vim) = keystrokes(guichet: guichet, database: database, letters: letters) else { return }
        let listRatio = list.median / vim.median
        let journalRatio = journal.median / vim.median
        print("keystroke     pty   guichet list    \(format(list.median)) / \(format(list.p90))   ratio to vim \(format(listRatio))")
        print("keystroke     pty   guichet journal \(format(journal.median)) / \(format(journal.p90))   ratio to vim \(format(journalRatio))")
        print("keystroke     pty   vim -u NONE     \(format(vim.median)) / \(format(vim.p90))")
        print("keystroke     journal of \(events) events / beneficiary list: \(format(journalRatio)) vs \(format(listRatio))  "
              + "(goal: journal ≤ list)")
    }

    /// The beneficiary list, the journal and vim's echo, a key each in turn (the same vim for
    /// both ratios): the list types names, the journal a supervisor's words.
    static func keystrokes(guichet: String, database: String, letters: Int) -> (Sample, Sample, Sample)? {
        var listBench = KeystrokeBench(guichet: guichet, database: database, login: "alice", password: "motdepasse-bench",
                                       letters: letters, terminal: .pty)
        var journalBench = listBench
        journalBench.areaKey = "5"
        journalBench.marker = "Tous les événements"
        listBench.words = KeystrokeBench.names
        guard let list = KeystrokeBench.Terminal.pty.start([guichet, "--db", database]),
              let journal = KeystrokeBench.Terminal.pty.start([guichet, "--db", database]),
              let vim = KeystrokeBench.Terminal.pty.start(["vim", "-u", "NONE", "-N", "-n"]) else {
            print("keystroke     skipped: guichet or vim could not be started")
            return nil
        }
        defer { list.stop(); journal.stop(); vim.stop() }
        for (bench, app) in [(listBench, list), (journalBench, journal)] {
            if let problem = bench.openList(app) {
                print("keystroke     not measured: \(problem)")
                return nil
            }
        }
        guard vim.waitFor("Vi IMproved") else { return nil }
        vim.send("i")
        vim.settle()
        var samples = (list: Sample(), journal: Sample(), vim: Sample())
        var typed = 0
        var word = 0
        while typed < letters {
            let name = Array(KeystrokeBench.names[word % KeystrokeBench.names.count])
            let words = Array(journalWords[word % journalWords.count])
            word += 1
            for index in 0..<max(name.count, words.count) where typed < letters {
                if index < name.count { samples.list.add(list.keystroke(String(name[index]))) }
                if index < words.count { samples.journal.add(journal.keystroke(String(words[index]))) }
                samples.vim.add(vim.keystroke(String(index < name.count ? name[index] : words[index])))
                typed += 1
            }
            for (app, count) in [(list, name.count), (journal, words.count)] {
                for _ in 0..<count { app.send("\u{7F}") }
                app.settle()
            }
            vim.send("\r")
            vim.settle()
        }
        return (samples.list, samples.journal, samples.vim)
    }

    /// What a supervisor types in the journal: logins, words of events, file numbers.
    static let journalWords = ["passage", "alice", "fiche", "vente", "par 2026 00", "recharge", "information", "inscription"]

    private static func elapsed(_ start: UInt64) -> Double { Double(bench_now_ns() - start) / 1e6 }
}
