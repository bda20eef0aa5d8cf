import Testing
@testable import GuichetTerminal

@Suite struct MessageLineTests {
    private func line(_ text: String, _ kind: MessageKind) -> Buffer {
        var buffer = Buffer(size: Size(width: 40, height: 1))
        MessageLine(text: text, kind: kind).render(into: &buffer, area: buffer.bounds)
        return buffer
    }

    @Test func errorsAndWarningsStartWithBang() {
        let error = line("Numéro de téléphone : 10 chiffres", .error)
        #expect(error.lines() == ["! Numéro de téléphone : 10 chiffres"])
        #expect(error[0, 0].role == .error)
        let warning = line("Plafond presque atteint", .warning)
        #expect(warning.lines() == ["! Plafond presque atteint"])
        #expect(warning[0, 0].role == .warning)
        #expect(line("! Déjà préfixé", .error).lines() == ["! Déjà préfixé"])
    }

    @Test func infoAndSuccessHaveNoPrefix() {
        let success = line("Recharge enregistrée", .success)
        #expect(success.lines() == ["Recharge enregistrée"])
        #expect(success[0, 0].role == .success)
        let info = line("3 résultats", .info)
        #expect(info.lines() == ["3 résultats"])
        #expect(info[0, 0].role == .normal)
    }

    @Test func aLongMessageWrapsOntoTheRowAbove() {
        var buffer = Buffer(size: Size(width: 20, height: 3))
        buffer.write("contenu", at: Position(x: 0, y: 0), role: .normal)
        buffer.write("dernière ligne", at: Position(x: 0, y: 1), role: .normal)
        let message = MessageLine(text: "Identifiant : de 2 à 32 caractères", kind: .error)
        #expect(message.height(width: 20) == 2)
        message.render(into: &buffer, area: Rect(x: 0, y: 1, width: 20, height: 2))
        #expect(buffer.lines() == ["contenu", "! Identifiant : de 2", "à 32 caractères"])
        #expect(buffer[0, 1].role == .error && buffer[0, 2].role == .error)
    }

    @Test func aShortMessageLeavesTheRowAboveAlone() {
        var buffer = Buffer(size: Size(width: 20, height: 2))
        buffer.write("dernière ligne", at: Position(x: 0, y: 0), role: .normal)
        MessageLine(text: "Enregistré", kind: .success).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["dernière ligne", "Enregistré"])
    }

    @Test func onlyWhatPassesTheAreaIsCut() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        MessageLine(text: "Erreur très longue", kind: .error).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines() == ["! Erreur …"])
    }
}
