import Foundation

/// Progress of a long command on standard error: a bar redrawn in place when
/// standard error is a terminal, plain lines (every 10 %) when it is a file or a pipe.
final class ProgressReporter {
    private let label: String
    private let total: Int
    private let isTerminal: Bool
    private var lastShown = -1
    private var finished = false
    static let barWidth = 30

    init(label: String, total: Int, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.label = label
        self.total = max(total, 1)
        self.isTerminal = isTerminal
    }

    /// `done` items out of the total; draws only when the shown value changes.
    func update(_ done: Int) {
        let percent = min(100, done * 100 / total)
        if isTerminal {
            guard percent != lastShown else { return }
            lastShown = percent
            let filled = percent * Self.barWidth / 100
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.barWidth - filled)
            write("\r\(label) \(bar) \(percent < 10 ? "  " : percent < 100 ? " " : "")\(percent) % (\(done)/\(total))")
        } else {
            let step = percent / 10 * 10
            guard step != lastShown, step > 0 || done == 0 else { return }
            lastShown = step
            write("\(label) — \(step) % (\(done)/\(total))\n")
        }
    }

    /// Ends the bar's line (terminal) so what follows starts on a new line.
    func finish() {
        guard !finished else { return }
        finished = true
        if isTerminal && lastShown >= 0 { write("\n") }
    }

    private func write(_ text: String) {
        CommandOutput.write(text, to: .standardError)
    }
}
