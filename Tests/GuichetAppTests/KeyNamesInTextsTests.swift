import Foundation
import Testing

/// Texts never name a key by hand: a key in a hint or a message comes from the
/// screen's action table (`{1}` filled with `keyName(of:)`), so keys and texts
/// cannot drift apart. This reads the catalogs' sources.
@Suite("Key names in texts")
struct KeyNamesInTextsTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// Every `Phrase(fr: "…", en: "…")` literal of the sources, with the name it is given.
    static func phrases() throws -> [(file: String, name: String, text: String)] {
        let declaration = try NSRegularExpression(
            pattern: #"let (\w+)\s*=\s*Phrase\(\s*fr:\s*"((?:[^"\\]|\\.)*)",\s*en:\s*"((?:[^"\\]|\\.)*)"\)"#)
        var found: [(String, String, String)] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for match in declaration.matches(in: text, range: range) {
                let part = { (i: Int) in String(text[Range(match.range(at: i), in: text)!]) }
                found.append((file.lastPathComponent, part(1), part(2) + " | " + part(3)))
            }
        }
        return found
    }

    static let keyWords = try! NSRegularExpression(
        pattern: #"\bF(1[0-2]|[1-9])\b|Ctrl-|\bEntrée\b|\bÉchap\b|\bEspace\b|\bTab\b|\bEnter\b|\bEsc\b|\bSpace\b|[←→↑↓]"#)

    @Test func noPhraseNamesAKeyByHand() throws {
        let phrases = try Self.phrases()
        #expect(phrases.count > 150, "the catalogs were not found")
        for phrase in phrases where !phrase.name.hasPrefix("key") {
            let range = NSRange(phrase.text.startIndex..., in: phrase.text)
            #expect(Self.keyWords.firstMatch(in: phrase.text, range: range) == nil,
                    "\(phrase.file): \(phrase.name) names a key: \(phrase.text)")
        }
    }

    @Test func theLookUpFindsAKeyWrittenByHand() {
        let text = "Aucune fiche : F2 pour en créer une | No file: F2 to create one"
        #expect(Self.keyWords.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil)
    }
}
