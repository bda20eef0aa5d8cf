import ArgumentParser
import GuichetApp
import GuichetCore
import GuichetStore

/// `--as LOGIN`: the account a command acts as and is journaled under (else the site's
/// first supervisor), for every command that writes or reads on someone's behalf.
struct AccountOption: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp(AppText.cliActorOption.cli, valueName: "identifiant"))
    var login: String?

    func actor(in store: GuichetStore) throws -> Actor {
        try store.commandLineActor(login: login)
    }
}
