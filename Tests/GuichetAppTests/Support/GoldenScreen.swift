import Foundation
import GuichetTerminal
import Testing

/// Compares a screen with a golden file in `Tests/GuichetAppTests/Golden/`: its
/// text, then under a `── styles ──` line the style role of every run of cells
/// that is not `normal`, row by row (`03 header 2-37`), so a lost highlight, a
/// greyed key shown as enabled or an error not in the error style fails too.
/// `GUICHET_UPDATE_GOLDEN=1 swift test` rewrites the files on purpose; review the diff.
enum GoldenScreen {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")
    }

    static func text(of buffer: Buffer) -> String {
        (buffer.lines() + ["── styles ──"] + buffer.styleLines()).joined(separator: "\n") + "\n"
    }

    static func assertMatches(_ buffer: Buffer?, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let buffer else {
            Issue.record("no frame was drawn", sourceLocation: sourceLocation)
            return
        }
        let actual = text(of: buffer)
        let file = directory.appendingPathComponent(name + ".txt")
        let update = ProcessInfo.processInfo.environment["GUICHET_UPDATE_GOLDEN"] == "1"
        if update || !FileManager.default.fileExists(atPath: file.path) {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            if !update { Issue.record("golden file \(name).txt was missing: written, review it", sourceLocation: sourceLocation) }
            return
        }
        let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        #expect(actual == expected, "screen differs from \(name).txt:\n\(actual)", sourceLocation: sourceLocation)
    }
}
