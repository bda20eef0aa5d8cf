import CBenchPty
import Foundation

/// A program in a tmux pane (80×24), driven through tmux's control mode: keys go
/// in as `send-keys` commands and the pane's output comes back as `%output`
/// lines, each read with its arrival time. The same measure as on a bare
/// pseudo-terminal, with tmux in between as on many counters.
final class TmuxControlTerminal: KeystrokeTarget {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let socket: String
    private var received: [UInt8] = []
    nonisolated(unsafe) private static var sessions = 0

    init?(arguments: [String]) {
        Self.sessions += 1
        socket = "guichet-bench-\(getpid())-\(Self.sessions)"
        let command = "exec " + arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket, "-f", "/dev/null", "-C", "new-session", "-x", "80", "-y", "24", command]
        process.environment = BenchEnvironment.terminal
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
    }

    /// Types `text`: carriage returns as Enter, DEL as Backspace, the rest literally.
    func send(_ text: String) {
        var literal = ""
        func flush() {
            guard !literal.isEmpty else { return }
            command("send-keys -t %0 -l '" + literal.replacingOccurrences(of: "'", with: "'\\''") + "'")
            literal = ""
        }
        for character in text {
            switch character {
            case "\r":
                flush()
                command("send-keys -t %0 Enter")
            case "\u{7F}":
                flush()
                command("send-keys -t %0 BSpace")
            default:
                literal.append(character)
            }
        }
        flush()
    }

    private func command(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(input.fileHandleForWriting.fileDescriptor, $0.baseAddress, $0.count) }
    }

    /// Reads what tmux wrote within `milliseconds`; whether any of it was pane output.
    private func readChunk(within milliseconds: Int32) -> (read: Bool, paneOutput: Bool) {
        let descriptor = output.fileHandleForReading.fileDescriptor
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, milliseconds) > 0 else { return (false, false) }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0 else { return (false, false) }
        let chunk = buffer[0..<count]
        received.append(contentsOf: chunk)
        return (true, String(decoding: chunk, as: UTF8.self).contains("%output "))
    }

    func waitFor(_ marker: String, timeoutSeconds: Double) -> Bool {
        let deadline = bench_now_ns() + UInt64(timeoutSeconds * 1e9)
        while bench_now_ns() < deadline {
            if String(decoding: received, as: UTF8.self).contains(marker) { return true }
            _ = readChunk(within: 50)
        }
        return false
    }

    func settle() {
        while readChunk(within: Int32(KeystrokeBench.quietMilliseconds)).read {}
        received.removeAll(keepingCapacity: true)
    }

    /// Milliseconds from the `send-keys` command to the last pane output it causes.
    func keystroke(_ text: String) -> Double {
        settle()
        let start = bench_now_ns()
        send(text)
        var last = start
        var seen = false
        // tmux first answers the command (%begin/%end); the pane's output follows.
        let deadline = start + 2_000_000_000
        while !seen && bench_now_ns() < deadline {
            let chunk = readChunk(within: 2000)
            if chunk.paneOutput { seen = true; last = bench_now_ns() }
        }
        while true {
            let chunk = readChunk(within: Int32(KeystrokeBench.quietMilliseconds))
            guard chunk.read else { break }
            if chunk.paneOutput { last = bench_now_ns() }
        }
        received.removeAll(keepingCapacity: true)
        return Double(last - start) / 1e6
    }

    func stop() {
        command("kill-server")
        for _ in 0..<100 where process.isRunning {
            _ = readChunk(within: 10)
        }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}
