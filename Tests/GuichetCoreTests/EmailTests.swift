import Testing
@testable import GuichetCore

@Suite struct EmailTests {
    @Test(arguments: [
        ("marie.dupont@example.fr", "marie.dupont@example.fr"),
        ("  Marie.Dupont@Example.FR ", "Marie.Dupont@example.fr"),
        ("a+b@sous.domaine.org", "a+b@sous.domaine.org"),
        ("helene@éxample.fr", "helene@éxample.fr"),
    ])
    func accepts(input: String, stored: String) throws {
        #expect(try Email.parse(input).value == stored)
    }

    @Test(arguments: ["", "marie", "marie@", "@example.fr", "marie@@example.fr", "ma rie@example.fr", "marie@example",
                      "marie@example.f", "marie@-example.fr", "marie@example..fr", ".marie@example.fr", "marie..d@example.fr",
                      "marie@exa mple.fr", "a@b@example.fr", "marie@example.123"])
    func refuses(input: String) {
        #expect(throws: GuichetError.invalid(IdentifierText.emailExpected)) { try Email.parse(input) }
    }

    @Test func refusesOver254Characters() {
        let local = String(repeating: "a", count: 60)
        let domain = (0..<4).map { _ in String(repeating: "b", count: 60) }.joined(separator: ".") + ".fr"
        #expect(throws: GuichetError.self) { try Email.parse(local + "@" + domain) }
        #expect(throws: GuichetError.self) { try Email.parse(String(repeating: "a", count: 65) + "@example.fr") }
    }
}
