import CBenchPty
import Foundation

/// A program running on its own pseudo-terminal, whose output is read as it
/// comes, so that the time until something appears on its screen can be taken.
final class PtySession {
    let pid: pid_t
    private let master: Int32
    private var output: [UInt8] = []

    init?(arguments: [String], environment: [String: String], rows: Int = 24, columns: Int = 80) {
        var cArguments = arguments.map { strdup($0) } + [nil]
        var cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var fd: Int32 = -1
        let child = bench_spawn_on_pty(&cArguments, &cEnvironment, Int32(rows), Int32(columns), &fd)
        guard child > 0 else { return nil }
        pid = child
        master = fd
    }

    /// Reads until `marker` has appeared in everything read since the last `clear()`; false on time-out.
    func waitFor(_ marker: String, timeoutSeconds: Double = 10) -> Bool {
        let needle = Array(marker.utf8)
        let deadline = bench_now_ns() + UInt64(timeoutSeconds * 1e9)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while bench_now_ns() < deadline {
            if contains(needle) { return true }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 50)
            guard ready > 0 else { continue }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { return contains(needle) }
            output.append(contentsOf: buffer[0..<count])
        }
        return contains(needle)
    }

    /// Reads whatever is pending, without waiting.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 0) > 0 else { return }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { return }
        }
    }

    func clear() { output.removeAll(keepingCapacity: true) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    private func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, output.count >= needle.count else { return needle.isEmpty }
        let limit = output.count - needle.count
        var index = 0
        while index <= limit {
            if output[index] == needle[0] && Array(output[index..<index + needle.count]) == needle { return true }
            index += 1
        }
        return false
    }

    /// Resident memory in KiB, read from /proc.
    func residentKiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "")
        }
        return nil
    }

    func stop() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<100 {
            drain()
            if waitpid(pid, &status, WNOHANG) == pid { close(master); return }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        close(master)
    }
}
