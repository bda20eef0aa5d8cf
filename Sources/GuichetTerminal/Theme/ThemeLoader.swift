#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Finds and loads `NAME.theme` files; the standard ones are also built in
/// (`BuiltinThemes`), so that the executable copied alone has them.
public enum ThemeLoader {
    public static let defaultName = "classique"
    public static let fileExtension = "theme"

    /// Where themes are looked for, in order: `$GUICHET_THEMES`, the first
    /// `Themes/` folder found in the (symlink-resolved) executable's folder or
    /// up to 6 of its parents, then `/usr/share/guichet/themes`.
    public static func searchDirectories(environment: [String: String], executablePath: String) -> [String] {
        var directories: [String] = []
        if let custom = environment["GUICHET_THEMES"], !custom.isEmpty {
            directories.append(custom)
        }
        if !executablePath.isEmpty, let themes = nearbyThemes(executablePath: executablePath) {
            directories.append(themes)
        }
        directories.append("/usr/share/guichet/themes")
        var seen = Set<String>()
        return directories.filter { seen.insert($0).inserted }
    }

    /// The first `Themes/` folder in the executable's folder or up to 6 of its parents.
    private static func nearbyThemes(executablePath: String) -> String? {
        guard let resolved = realPath(executablePath) else { return nearbyThemesByURL(executablePath: executablePath) }
        // A canonical absolute path: no ".", "..", "//" or trailing "/", so
        // parents are found by cutting at the last "/".
        var folder = parentPath(resolved)
        for _ in 0...6 {
            let candidate = folder == "/" ? "/Themes" : folder + "/Themes"
            if isDirectory(candidate) { return candidate }
            if folder == "/" { return nil }
            folder = parentPath(folder)
        }
        return nil
    }

    /// The same search with Foundation URLs, for paths `realpath` cannot
    /// resolve (e.g. a symlink to a file that does not exist yet).
    private static func nearbyThemesByURL(executablePath: String) -> String? {
        let resolved = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        var folder = resolved.deletingLastPathComponent()
        for _ in 0...6 {
            let candidate = folder.appendingPathComponent("Themes").path
            if isDirectory(candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
        return nil
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        let text = String(cString: resolved)
        return text.hasPrefix("/") ? text : nil
    }

    private static func parentPath(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.utf8.startIndex else { return "/" }
        return String(path[..<slash])
    }

    /// Loads `name` from the first directory that has it, else the built-in theme
    /// of that name (`BuiltinThemes`). On any problem, the built-in theme of that
    /// name if there is one (a broken file overriding it), else the default theme,
    /// else the built-in monochrome one, and the problem is returned alongside. A
    /// failing "monochrome" falls back to the built-in monochrome, never to colours.
    public static func load(name: String, directories: [String]) -> (theme: Theme, problem: ThemeProblem?) {
        switch loadExactly(name: name, directories: directories) {
        case .success(let theme):
            return (theme, nil)
        case .failure(let problem):
            if name == Theme.builtinMonochrome.name { return (.builtinMonochrome, problem) }
            if let builtin = builtin(name) { return (builtin, problem) }
            if case .success(let fallback) = loadExactly(name: defaultName, directories: directories) {
                return (fallback, problem)
            }
            return (builtin(defaultName) ?? .builtinMonochrome, problem)
        }
    }

    /// Loads `name` without any fallback: the file of the first directory that has
    /// it, else the built-in theme; a missing file is a problem only without one.
    public static func loadExactly(name: String, directories: [String]) -> Result<Theme, ThemeProblem> {
        let fileName = "\(name).\(fileExtension)"
        guard isPlainName(name) else { return .failure(ThemeProblem(file: fileName, line: 0, reason: .missingFile)) }
        guard let directory = directories.first(where: { FileManager.default.fileExists(atPath: path($0, fileName)) }) else {
            guard let text = BuiltinThemes.texts[name] else {
                return .failure(ThemeProblem(file: fileName, line: 0, reason: .missingFile))
            }
            return ThemeParser.parse(text, name: name, file: fileName)
        }
        let file = path(directory, fileName)
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            return .failure(ThemeProblem(file: file, line: 0, reason: .unreadable))
        }
        return ThemeParser.parse(text, name: name, file: file)
    }

    /// The built-in theme `name`, if there is one.
    private static func builtin(_ name: String) -> Theme? {
        guard let text = BuiltinThemes.texts[name] else { return nil }
        return try? ThemeParser.parse(text, name: name, file: "\(name).\(fileExtension)").get()
    }

    /// Theme names found in the directories and built in, sorted, without duplicates.
    public static func availableNames(directories: [String]) -> [String] {
        var names = Set(BuiltinThemes.texts.keys)
        for directory in directories {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for entry in entries where entry.hasSuffix(".\(fileExtension)") {
                let name = String(entry.dropLast(fileExtension.count + 1))
                if isPlainName(name) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    /// Keeps a theme name from reaching outside the theme folders.
    private static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\0")
    }

    /// `directory/file`; paths that are not plain absolute ones (relative,
    /// "~", trailing "/") keep Foundation's URL rules.
    private static func path(_ directory: String, _ file: String) -> String {
        if directory == "/" { return "/" + file }
        if directory.hasPrefix("/"), !directory.hasSuffix("/") { return directory + "/" + file }
        return URL(fileURLWithPath: directory).appendingPathComponent(file).path
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
