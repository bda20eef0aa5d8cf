import ArgumentParser
import Foundation
import GuichetApp
import GuichetCore
import GuichetStore

/// `guichet init`: sets up a new database without a screen (scripted installs).
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: AppText.cliInitAbstract.cli)
    }

    @OptionGroup var common: CommonOptions

    @Option(name: .customLong("site-code"), help: ArgumentHelp(AppText.cliSiteCodeOption.cli, valueName: "PAR"))
    var siteCode: String

    @Option(name: .customLong("site-name"), help: ArgumentHelp(AppText.cliSiteNameOption.cli, valueName: "nom"))
    var siteName: String

    @Option(name: .customLong("time-zone"), help: ArgumentHelp(AppText.cliTimeZoneOption.cli, valueName: "zone"))
    var timeZone: String = SiteTimeZone.defaultIdentifier

    @Option(name: .customLong("supervisor-login"), help: ArgumentHelp(AppText.cliSupervisorLoginOption.cli, valueName: "identifiant"))
    var supervisorLogin: String

    @Option(name: .customLong("supervisor-name"), help: ArgumentHelp(AppText.cliSupervisorNameOption.cli, valueName: "nom"))
    var supervisorName: String

    @Flag(name: .customLong("password-stdin"), help: ArgumentHelp(AppText.cliPasswordStdinOption.cli))
    var passwordStdin = false

    func run() throws {
        let language = CommandLineLanguage.current
        guard passwordStdin else { throw GuichetError.invalid(AppText.cliPasswordStdinRequired) }
        let code = try AccountRules.siteCode(siteCode)
        let name = try AccountRules.siteName(siteName)
        let zone = try SiteTimeZone.parse(timeZone)
        let login = try AccountRules.login(supervisorLogin)
        let displayName = try AccountRules.displayName(supervisorName)
        let password = StandardInput.readSecretLine()
        try AccountRules.password(password, confirmation: password)

        let path = GuichetStore.databasePath(option: common.db, environment: ProcessEnvironment.current)
        let creation = GuichetStore.databaseCreation(option: common.db, environment: ProcessEnvironment.current)
        let store = try GuichetStore(path: path, creating: creation)
        guard try !store.isSetUp() else { throw GuichetError.refused(CoreText.alreadySetUp) }
        _ = try store.setUp(siteCode: code, siteName: name, timeZone: zone, supervisorLogin: login,
                            supervisorName: displayName, password: password)
        CommandOutput.line(AppText.cliInitDone.text(language, code.value, name, path, login))
    }
}

enum StandardInput {
    /// One line of standard input without its line break (empty at end of input).
    static func readSecretLine() -> String {
        readLine(strippingNewline: true) ?? ""
    }
}
