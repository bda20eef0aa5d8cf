import CBenchPty
import Foundation

/// Time until the first screen is drawn: Guichet's login against `vim -u NONE`,
/// run alternately on the same pseudo-terminal size in the same go. Also the
/// resident memory of Guichet at rest on its login screen.
struct FirstFrameBench {
    let guichet: String
    let database: String
    let runs: Int

    struct Result {
        var guichet = Sample()
        var vim = Sample()
        var residentKiB = 0
    }

    func run() -> Result {
        var result = Result()
        for run in 0..<runs {
            let last = run == runs - 1
            if let measured = measure([guichet, "--db", database], marker: "Identifiant", readMemory: last) {
                result.guichet.add(measured.milliseconds)
                if last { result.residentKiB = measured.residentKiB ?? 0 }
            }
            if let measured = measure(["vim", "-u", "NONE", "-N"], marker: "Vi IMproved", readMemory: false) {
                result.vim.add(measured.milliseconds)
            }
        }
        return result
    }

    private func measure(_ arguments: [String], marker: String, readMemory: Bool) -> (milliseconds: Double, residentKiB: Int?)? {
        let start = bench_now_ns()
        guard let session = PtySession(arguments: arguments, environment: BenchEnvironment.terminal) else { return nil }
        defer { session.stop() }
        guard session.waitFor(marker) else { return nil }
        let elapsed = Double(bench_now_ns() - start) / 1e6
        guard readMemory else { return (elapsed, nil) }
        usleep(1_500_000)
        session.drain()
        return (elapsed, session.residentKiB())
    }
}

enum BenchEnvironment {
    /// A plain 80×24 terminal environment, the same for every program measured.
    static let terminal: [String: String] = [
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        "HOME": NSTemporaryDirectory(),
    ]
}
