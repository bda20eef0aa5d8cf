import Foundation
import GuichetCore
import GuichetStore

/// Where a printed summary went.
public enum PrintDestination: Equatable, Sendable {
    /// Sent with `lp` to the default printer, named.
    case printer(String)
    /// Written to a private file (mode 0600), at this path: the one asked for, or one of the
    /// summaries' folder when no printer is set up.
    case file(String, asked: Bool)

    /// As the journal records it.
    public var code: String {
        switch self {
        case .printer: return "printer"
        case .file: return "file"
        }
    }

    public func message(_ language: Language) -> String {
        switch self {
        case .printer(let name): return AppText.printSent.text(language, name)
        case .file(let path, let asked): return (asked ? AppText.printWrittenAsked : AppText.printWritten).text(language, path)
        }
    }
}

/// Sends a summary to the printer when one is set up as the default (`lpstat -d`),
/// otherwise writes it to a private file whose path is returned.
public enum BudgetPrintOutput {
    /// The commands asked (their names, found in PATH); the tests point them at scripts of their own.
    nonisolated(unsafe) public static var lpstat = "lpstat"
    nonisolated(unsafe) public static var lp = "lp"

    /// The folder of the summaries written to files: `impressions` next to the database (mode 0700),
    /// as an absolute path (`--db guichet.sqlite` names a file of the current folder); the
    /// journal's exports go to `exports` there.
    public static func folder(forDatabase path: String, named name: String = "impressions") -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (absolute as NSString).deletingLastPathComponent + "/" + name
    }

    /// `budget-PAR-2026-00001-2.txt`: the file and the session's number.
    public static func fileName(_ fileNumber: FileNumber, session: Int) -> String {
        "budget-\(fileNumber.formatted)-\(session).txt"
    }

    /// `bytes` to `output` when given; else to the default printer if there is one
    /// (a printer that refuses the page leaves it in a file); else to `folder/name`.
    public static func deliver(_ bytes: [UInt8], output: String?, folder: String, name: String) throws(GuichetError) -> PrintDestination {
        if let output { return .file(try write(bytes, to: output), asked: true) }
        if let printer = defaultPrinter(), run(lp, ["-d", printer, "-t", name], input: bytes)?.status == 0 {
            return .printer(printer)
        }
        try makeFolder(folder)
        return .file(try write(bytes, to: folder + "/" + name), asked: false)
    }

    /// The default destination `lpstat -d` names (its English output, whatever the locale); nil when none or no CUPS.
    public static func defaultPrinter() -> String? {
        guard let result = run(lpstat, ["-d"], input: nil), result.status == 0 else { return nil }
        let prefix = "system default destination:"
        for line in result.output.split(separator: "\n") where line.hasPrefix(prefix) {
            let name = line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { return name }
        }
        return nil
    }

    /// Writes `bytes` to `path`, readable by its owner only (mode 0600, set on an existing file too).
    static func write(_ bytes: [UInt8], to path: String) throws(GuichetError) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let descriptor = open(absolute, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .refused(AppText.printCannotWrite.filled(absolute, SystemErrorText.reason(errno))) }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else {
            throw .refused(AppText.printCannotWrite.filled(absolute, SystemErrorText.reason(errno)))
        }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { throw .refused(AppText.printCannotWrite.filled(absolute, SystemErrorText.reason(errno))) }
            written += count
        }
        return absolute
    }

    static func makeFolder(_ folder: String) throws(GuichetError) {
        if let failure = PrivateFolder.make(folder) { throw .refused(AppText.printCannotWrite.filled(failure.part, failure.reason)) }
    }

    /// Runs `command` (looked up in PATH) with `input` on its standard input; nil when it cannot run
    /// or does not finish within 10 seconds (a print server that does not answer).
    static func run(_ command: String, _ arguments: [String], input: [UInt8]?) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [command] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["LANG"] = "C"
        process.environment = environment
        let output = Pipe()
        let feed = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = input == nil ? FileHandle.nullDevice : feed
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { return nil }
        if let input {
            feed.fileHandleForWriting.write(Data(input))
            try? feed.fileHandleForWriting.close()
        }
        // Both commands write a line or two: the pipe holds it until they end.
        guard finished.wait(timeout: .now() + 10) == .success else {
            process.terminate()
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// F8 on the budget screens: the summary of a session, printed or written to a file, journaled.
enum BudgetPrinting {
    static func print(person: BudgetPerson, record: BudgetSessionRecord) -> Effect {
        .asUser { store, actor, context throws(GuichetError) in
            let plan = try store.budgetPlan(as: actor, beneficiaryID: person.id).map(\.step)
            let page = BudgetPrintPage(person: person, record: record, plan: plan, siteName: context.site?.name ?? "",
                                       language: context.language)
            let destination = try BudgetPrintOutput.deliver(
                page.bytes, output: nil, folder: BudgetPrintOutput.folder(forDatabase: store.path),
                name: BudgetPrintOutput.fileName(person.fileNumber, session: record.number))
            try store.recordBudgetPrint(as: actor, session: record, destination: destination.code)
            return .notice(Notice(destination.message(context.language), kind: .success))
        }
    }
}
