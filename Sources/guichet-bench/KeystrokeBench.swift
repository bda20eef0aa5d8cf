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
    static let quietMilliseconds = 40.0

    enum Terminal: String {
        case pty, tmux

        func start(_ arguments: [String]) -> (any KeystrokeTarget)? {
            switch self {
            case .pty: return KeystrokeTerminal(arguments: arguments)
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
        let words = ["martin", "dupont", "nguyen", "diallo", "lefevre", "helene", "benali", "kowalski"]
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

    /// Logs in and opens the beneficiary list; nil when it is on screen, else what went wrong.
    private func openList(_ app: any KeystrokeTarget) -> String? {
        guard app.waitFor("Identifiant") else { return "login screen not shown" }
        app.send(login + "\r")
        usleep(200_000)
        app.send(password + "\r")
        guard app.waitFor("Bénéficiaires") else { return "home screen not shown after login" }
        app.settle()
        app.send("1")
        guard app.waitFor(Self.listMarker) else { return "beneficiary list not shown (no “\(Self.listMarker)” after 1)" }
        app.settle()
        return nil
    }
}

/// A program whose screen updates are timed key by key.
protocol KeystrokeTarget: AnyObject {
    /// Types `text` (`\r` for Enter, DEL for Backspace).
    func send(_ text: String)
    /// Reads until `marker` has been shown; false on time-out.
    func waitFor(_ marker: String, timeoutSeconds: Double) -> Bool
    /// Reads until nothing has come for the quiet window.
    func settle()
    /// Sends `text` and returns the milliseconds until the last byte of the answer.
    func keystroke(_ text: String) -> Double
    func stop()
}

extension KeystrokeTarget {
    func waitFor(_ marker: String) -> Bool { waitFor(marker, timeoutSeconds: 10) }
}

/// A program on its own pseudo-terminal, read with the arrival time of each chunk.
final class KeystrokeTerminal: KeystrokeTarget {
    private let pid: pid_t
    private let master: Int32
    private var output: [UInt8] = []

    init?(arguments: [String]) {
        var cArguments = arguments.map { strdup($0) } + [nil]
        var cEnvironment = BenchEnvironment.terminal.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var fd: Int32 = -1
        let child = bench_spawn_on_pty(&cArguments, &cEnvironment, 24, 80, &fd)
        guard child > 0 else { return nil }
        pid = child
        master = fd
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads one chunk if some arrives within `milliseconds`; false otherwise.
    private func readChunk(within milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return false }
        output.append(contentsOf: buffer[0..<count])
        return true
    }

    func waitFor(_ marker: String, timeoutSeconds: Double) -> Bool {
        let needle = Array(marker.utf8)
        let deadline = bench_now_ns() + UInt64(timeoutSeconds * 1e9)
        while bench_now_ns() < deadline {
            if output.count >= needle.count, String(decoding: output, as: UTF8.self).contains(marker) { return true }
            _ = readChunk(within: 50)
        }
        return false
    }

    /// Reads until nothing has come for the quiet window.
    func settle() {
        while readChunk(within: Int32(KeystrokeBench.quietMilliseconds)) {}
        output.removeAll(keepingCapacity: true)
    }

    /// Sends `text` and returns the milliseconds until the last byte of the answer.
    func keystroke(_ text: String) -> Double {
        settle()
        let start = bench_now_ns()
        send(text)
        var last = start
        // The first byte may take long (a slow search); then the burst ends at a quiet window.
        if readChunk(within: 2000) { last = bench_now_ns() }
        while readChunk(within: Int32(KeystrokeBench.quietMilliseconds)) { last = bench_now_ns() }
        output.removeAll(keepingCapacity: true)
        return Double(last - start) / 1e6
    }

    func stop() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<100 {
            while readChunk(within: 0) {}
            if waitpid(pid, &status, WNOHANG) == pid { close(master); return }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        close(master)
    }
}
