import CBenchPty
import Foundation

/// Keystroke to screen: the time from sending one letter to the last byte of the
/// screen update it causes (the output then stays quiet for `quietMilliseconds`),
/// in Guichet's beneficiary list (search at every keystroke, 100,000 files) and
/// in `vim -u NONE` echoing the same letter in insert mode, alternated; both on
/// a bare pseudo-terminal or both in tmux (`Terminal`).
///
/// Needs the list screen (`1` from home, showing "Fiches récentes"): when it is not
/// there, only vim is measured and `run` says why. `BENCH_KEYSTROKES=0` skips it.
struct KeystrokeBench {
    let guichet: String
    let database: String
    let login: String
    let password: String
    let letters: Int
    let terminal: Terminal
    /// The names typed, letter by letter, the field emptied between them.
    var words = Self.names
    /// The key that opens the measured list from home, and what that list shows once open.
    var areaKey = "1"
    var marker = Self.listMarker
    static let quietMilliseconds = 40.0

    static let names = ["martin", "dupont", "nguyen", "diallo", "lefevre", "helene", "benali", "kowalski"]
    /// The same names misspelled: past the typo a name finds nothing, and the list
    /// looks for the closest files at each keystroke (« Fiches proches »).
    static let misspelledNames = ["marrtin", "duppont", "ngyuen", "dialo", "lefevere", "heleen", "bennali", "kowalsky"]

    enum Terminal: String {
        case pty, tmux

        func start(_ arguments: [String]) -> (any KeystrokeTarget)? {
            switch self {
            case .pty: return PtySession(arguments: arguments, environment: BenchEnvironment.terminal)
            case .tmux: return TmuxControlTerminal(arguments: arguments)
            }
        }
    }
    static let listMarker = "Fiches récentes"

    struct Result {
        var guichet = Sample()
        var vim = Sample()
    }

    /// The figures; `guichet` stays empty (and `problem` says why) when the list screen
    /// cannot be reached, so vim's echo is still measured.
    func run() -> (result: Result, problem: String?)? {
        guard let app = terminal.start([guichet, "--db", database]) else { return nil }
        defer { app.stop() }
        let problem = openList(app)
        guard let vim = terminal.start(["vim", "-u", "NONE", "-N", "-n"]) else { return nil }
        defer { vim.stop() }
        guard vim.waitFor("Vi IMproved") else { return nil }
        vim.send("i")
        vim.settle()

        var result = Result()
        // Realistic typing: names built letter by letter, the field emptied between them.
        var typed = 0
        var wordIndex = 0
        while typed < letters {
            let word = words[wordIndex % words.count]
            wordIndex += 1
            for letter in word where typed < letters {
                if problem == nil { result.guichet.add(app.keystroke(String(letter))) }
                result.vim.add(vim.keystroke(String(letter)))
                typed += 1
            }
            if problem == nil {
                for _ in word { app.send("\u{7F}") }   // Backspace
                app.settle()
            }
            vim.send("\r")
            vim.settle()
        }
        return (result, problem)
    }

    /// Runs the bench and prints its lines under `label` (`screen` names what Guichet shows);
    /// the ratio of the medians, or nil when Guichet could not be measured.
    func report(_ label: String, screen: String) -> Double? {
        guard let (keystrokes, problem) = run() else {
            print("\(label) skipped: guichet or vim could not be started (\(terminal.rawValue))")
            return nil
        }
        if let problem {
            print("\(label) guichet \(screen) not measured: \(problem)")
        } else {
            print("\(label) guichet \(screen) \(format(keystrokes.guichet.median)) / \(format(keystrokes.guichet.p90))")
        }
        print("\(label) vim -u NONE    \(format(keystrokes.vim.median)) / \(format(keystrokes.vim.p90))")
        guard problem == nil else { return nil }
        let ratio = keystrokes.guichet.median / keystrokes.vim.median
        print("\(label) ratio guichet/vim (median) \(format(ratio))  (goal ≤ 3)")
        return ratio
    }

    /// Logs in and opens the beneficiary list; nil when it is on screen, else what went wrong.
    func openList(_ app: any KeystrokeTarget) -> String? {
        guard app.waitFor("Identifiant") else { return "login screen not shown" }
        app.send(login + "\r")
        usleep(200_000)
        app.send(password + "\r")
        guard app.waitFor("Bénéficiaires") else { return "home screen not shown after login" }
        app.settle()
        app.send(areaKey)
        guard app.waitFor(marker) else { return "list not shown (no “\(marker)” after \(areaKey))" }
        app.settle()
        return nil
    }
}

/// What one read from a measured program brought.
enum ChunkRead {
    /// Nothing within the time given (or the end of the output).
    case nothing
    /// Bytes that are not the program's screen (tmux answering a command).
    case other
    /// Bytes of the program's screen.
    case screen
}

/// A program whose screen updates are timed key by key.
protocol KeystrokeTarget: AnyObject {
    /// Types `text` (`\r` for Enter, DEL for Backspace).
    func send(_ text: String)
    /// Reads what arrives within `milliseconds`, kept in `received`.
    func readChunk(within milliseconds: Int32) -> ChunkRead
    /// Everything read since the last `forgetReceived()`.
    var received: [UInt8] { get }
    func forgetReceived()
    func stop()
}

extension KeystrokeTarget {
    /// Reads until `marker` has appeared in what was read since the last
    /// `forgetReceived()`; false on time-out. Bytes are searched as they are
    /// (the first frame is timed through this loop).
    func waitFor(_ marker: String, timeoutSeconds: Double = 10) -> Bool {
        let needle = Array(marker.utf8)
        let deadline = bench_now_ns() + UInt64(timeoutSeconds * 1e9)
        while bench_now_ns() < deadline {
            if contains(needle) { return true }
            _ = readChunk(within: 50)
        }
        return contains(needle)
    }

    private func contains(_ needle: [UInt8]) -> Bool {
        let bytes = received
        guard !needle.isEmpty, bytes.count >= needle.count else { return needle.isEmpty }
        for index in 0...(bytes.count - needle.count) where bytes[index] == needle[0] {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }

    /// Reads until nothing has come for the quiet window.
    func settle() {
        while readChunk(within: Int32(KeystrokeBench.quietMilliseconds)) != .nothing {}
        forgetReceived()
    }

    /// Sends `text` and returns the milliseconds until the last byte of the screen
    /// update it causes.
    func keystroke(_ text: String) -> Double {
        settle()
        let start = bench_now_ns()
        send(text)
        var last = start
        // The screen may take long to answer (a slow search); then the burst ends at a quiet window.
        let deadline = start + 2_000_000_000
        while bench_now_ns() < deadline {
            let chunk = readChunk(within: 2000)
            if chunk == .screen { last = bench_now_ns(); break }
            if chunk == .nothing { break }
        }
        while true {
            let chunk = readChunk(within: Int32(KeystrokeBench.quietMilliseconds))
            if chunk == .nothing { break }
            if chunk == .screen { last = bench_now_ns() }
        }
        forgetReceived()
        return Double(last - start) / 1e6
    }
}
