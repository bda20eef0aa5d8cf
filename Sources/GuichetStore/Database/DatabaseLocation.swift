import Foundation

extension GuichetStore {
    /// `option`, else `$GUICHET_DB`, else `$XDG_DATA_HOME/guichet/guichet.sqlite`,
    /// else `~/.local/share/guichet/guichet.sqlite`. Empty values count as absent.
    public static func databasePath(option: String?, environment: [String: String]) -> String {
        if let option = nonEmpty(option) { return expandingTilde(option, environment: environment) }
        if let chosen = nonEmpty(environment["GUICHET_DB"]) { return expandingTilde(chosen, environment: environment) }
        // The XDG specification says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let dataHome = nonEmpty(environment["XDG_DATA_HOME"]), dataHome.hasPrefix("/") {
            return dataHome + "/guichet/guichet.sqlite"
        }
        return home(environment) + "/.local/share/guichet/guichet.sqlite"
    }

    /// What opening the database of these options may create: the default location is
    /// Guichet's own, its folder is made (0700); a path someone gave (`--db`, `GUICHET_DB`)
    /// must be in an existing folder, so that a mistyped one is said rather than created.
    public static func databaseCreation(option: String?, environment: [String: String]) -> DatabaseCreation {
        nonEmpty(option) == nil && nonEmpty(environment["GUICHET_DB"]) == nil ? .fileAndFolder : .file
    }

    public static func databaseExists(at path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    private static func home(_ environment: [String: String]) -> String {
        nonEmpty(environment["HOME"]) ?? NSHomeDirectory()
    }

    private static func expandingTilde(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return home(environment) + path.dropFirst()
    }
}
