import Foundation
import GuichetCore
import GuichetStore

// guichet-bench: speed figures as ratios against a reference program measured
// in the same run (the machines are shared and noisy). Build the release binaries
// first: `swift build -c release`, then `swift run -c release guichet-bench`.

let executableFolder = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    ?? CommandLine.arguments[0]).deletingLastPathComponent()
let guichet = executableFolder.appendingPathComponent("guichet").path
guard FileManager.default.isExecutableFile(atPath: guichet) else {
    FileHandle.standardError.write(Data("guichet-bench: \(guichet) is missing; run `swift build -c release` first.\n".utf8))
    exit(1)
}
let runs = Int(ProcessInfo.processInfo.environment["BENCH_RUNS"] ?? "") ?? 15
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guichet-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

let database = folder.appendingPathComponent("bench.sqlite").path
// Set up, then closed: the programs measured find the database as a counter does at start.
do {
    let store = try GuichetStore(path: database)
    _ = try store.setUp(siteCode: SiteCode("PAR")!, siteName: "Paris 19e", timeZone: SiteTimeZone.standard,
                        supervisorLogin: "alice", supervisorName: "Alice Martin", password: "motdepasse-bench")
}

// BENCH_ONLY=keystroke measures keystrokes alone, e.g. while tuning; BENCH_ONLY=import the import alone.
let keystrokesOnly = ProcessInfo.processInfo.environment["BENCH_ONLY"] == "keystroke"
let importOnly = ProcessInfo.processInfo.environment["BENCH_ONLY"] == "import"
// BENCH_ONLY=recharges: the demo files, then the recharge figures alone.
let rechargesOnly = ProcessInfo.processInfo.environment["BENCH_ONLY"] == "recharges"
// BENCH_ONLY=journal: the demo files and ledger, then the review's figures alone.
let journalOnly = ProcessInfo.processInfo.environment["BENCH_ONLY"] == "journal"
print("guichet-bench — \(runs) runs each, alternated; times in ms (median / p90)")
if !keystrokesOnly && !importOnly && !rechargesOnly && !journalOnly {
    let firstFrame = FirstFrameBench(guichet: guichet, database: database, runs: runs).run()
    print("first frame   guichet login  \(format(firstFrame.guichet.median)) / \(format(firstFrame.guichet.p90))")
    print("first frame   vim -u NONE    \(format(firstFrame.vim.median)) / \(format(firstFrame.vim.p90))")
    print("first frame   ratio guichet/vim (median) \(format(firstFrame.guichet.median / firstFrame.vim.median))  (goal ≤ 2)")
    print("memory        guichet at rest on the login screen: \(format(Double(firstFrame.residentKiB) / 1024, decimals: 1)) MiB resident (goal < 30)")
}

// Beneficiary search at 100,000 demo files (BENCH_FILES to change), against the bare FTS5 query.
let benchFiles = Int(ProcessInfo.processInfo.environment["BENCH_FILES"] ?? "") ?? 100_000
if importOnly || rechargesOnly || journalOnly {
    try BeneficiaryBench.demoData(store: GuichetStore(path: database), files: benchFiles)
} else {
    try BeneficiaryBench.run(store: GuichetStore(path: database), guichet: guichet, database: database, files: benchFiles,
                             keystrokesOnly: keystrokesOnly)
}

// The recharge ledger (BENCH_LEDGER_ROWS rows, 1,000,000 by default; BENCH_RECHARGES=0 skips it).
if !keystrokesOnly && !importOnly && ProcessInfo.processInfo.environment["BENCH_RECHARGES"] != "0" {
    try RechargeBench.run(store: GuichetStore(path: database), folder: folder, database: database, measure: !journalOnly)
}

// The review: a month's report against its bare SQL, the journal's keystroke on a day of
// 10,000 events beside the list's (BENCH_JOURNAL=0 skips it).
if !keystrokesOnly && !importOnly && !rechargesOnly && ProcessInfo.processInfo.environment["BENCH_JOURNAL"] != "0" {
    try JournalBench.run(store: GuichetStore(path: database), guichet: guichet, database: database)
}

// Importing a spreadsheet (BENCH_IMPORT_ROWS rows, 20,000 by default; BENCH_IMPORT=0 skips it) into those files.
if !keystrokesOnly && !rechargesOnly && !journalOnly && ProcessInfo.processInfo.environment["BENCH_IMPORT"] != "0" {
    let importRows = Int(ProcessInfo.processInfo.environment["BENCH_IMPORT_ROWS"] ?? "") ?? 20_000
    try ImportBench(database: database, files: benchFiles, rows: importRows).run()
}
