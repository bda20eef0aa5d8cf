import Foundation
import Testing

/// How the catalogs write French (issue 7, item 9): epicene words rather than
/// inclusive points — « Personne référente », « Naissance », « un compte
/// responsable » — and a real plural rather than « résultat(s) ». The one
/// exception is the coach's role name, a title without an epicene form.
@Suite("French writing")
struct FrenchWritingTests {
    @Test func noInclusivePointOutsideTheCoachsRoleName() throws {
        let sources = KeyNamesInTextsTests.sources
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        var found: [String] = []
        for case let file as URL in files where file.pathExtension == "swift" {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            for line in lines where line.contains("fr: \"") && !line.contains("accompagnateur·rice")
                && line.range(of: #"\p{L}·\p{L}"#, options: .regularExpression) != nil {
                found.append(file.lastPathComponent + ": " + line.trimmingCharacters(in: .whitespaces))
            }
        }
        #expect(found.isEmpty, "\(found)")
    }

    @Test func pluralsAreWrittenNotBracketed() throws {
        for phrase in try KeyNamesInTextsTests.phrases() {
            #expect(!phrase.text.contains("(s)"), "\(phrase.file): \(phrase.name): \(phrase.text)")
        }
    }
}
