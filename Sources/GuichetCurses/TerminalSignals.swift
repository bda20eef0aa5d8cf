#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CNcursesw
import GuichetTerminal

/// Restores the terminal when the process is told to stop, so a killed
/// session never leaves the shell in raw mode.
enum TerminalSignals {
    nonisolated(unsafe) private static var installed = false

    static func install() {
        guard !installed else { return }
        installed = true
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number) { received in
                endwin()
                _exit(128 + received)
            }
        }
    }
}
