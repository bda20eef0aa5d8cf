import CBenchPty
import Foundation

/// A program running on its own pseudo-terminal, whose output is read as it
/// comes, so that the time until something appears on its screen can be taken.
final class PtySession: KeystrokeTarget {
    let pid: pid_t
    private let master: Int32
    private(set) var received: [UInt8] = []

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

    /// Everything the program writes is its screen.
    func readChunk(within milliseconds: Int32) -> ChunkRead {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return .nothing }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return .nothing }
        received.append(contentsOf: buffer[0..<count])
        return .screen
    }

    /// Reads whatever is pending, without waiting, and forgets it.
    func drain() {
        while readChunk(within: 0) != .nothing {}
        forgetReceived()
    }

    func forgetReceived() {
        received.removeAll(keepingCapacity: true)
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
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
