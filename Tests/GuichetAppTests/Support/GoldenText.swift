import Foundation
import Testing

/// A plain-text golden file (a printed page, an export) in `Tests/GuichetAppTests/Golden/`,
/// `name.txt` or with another `extension` (`json`); rewritten with `GUICHET_UPDATE_GOLDEN=1`.
enum GoldenText {
    static func assertMatches(_ text: String, _ name: String, extension: String = "txt", sourceLocation: SourceLocation = #_sourceLocation) {
        let file = GoldenScreen.directory.appendingPathComponent(name + "." + `extension`)
        let update = ProcessInfo.processInfo.environment["GUICHET_UPDATE_GOLDEN"] == "1"
        if update || !FileManager.default.fileExists(atPath: file.path) {
            try? text.write(to: file, atomically: true, encoding: .utf8)
            if !update { Issue.record("golden file \(file.lastPathComponent) was missing: written, review it", sourceLocation: sourceLocation) }
            return
        }
        let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        #expect(text == expected, "text differs from \(file.lastPathComponent):\n\(text)", sourceLocation: sourceLocation)
    }
}
