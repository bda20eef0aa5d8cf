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
    private(set) var received: [UInt8] = []
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

    /// Reads what tmux wrote within `milliseconds`: pane output (`%output` lines) is the screen.
    func readChunk(within milliseconds: Int32) -> ChunkRead {
        let descriptor = output.fileHandleForReading.fileDescriptor
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, milliseconds) > 0 else { return .nothing }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0 else { return .nothing }
        let chunk = buffer[0..<count]
        received.append(contentsOf: chunk)
        return String(decoding: chunk, as: UTF8.self).contains("%output ") ? .screen : .other
    }

    func forgetReceived() {
        received.removeAll(keepingCapacity: true)
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
