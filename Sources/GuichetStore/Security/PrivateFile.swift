import Foundation
import GuichetCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What opening a database may create when it is missing.
public enum DatabaseCreation: Sendable {
    /// Nothing: the file must exist (the commands that work on a configured database).
    case nothing
    /// The file, in a folder that must exist (a path given with `--db` or `GUICHET_DB`:
    /// a mistyped folder is said, not silently created).
    case file
    /// The file and its folder, 0700 (the default location, which is Guichet's own).
    case fileAndFolder
}

/// The database holds personal data: its folder is 0700 and its file 0600,
/// set before SQLite ever opens it (SQLite gives the -wal and -shm files the
/// mode of the database file).
///
/// What is wrong with the path is said here, in words, before SQLite sees it: a
/// missing folder, a folder given as the file, a permission, a file that is not
/// an SQLite database at all (SQLite would only say « file is not a database »).
enum PrivateFile {
    /// The first 16 bytes of every SQLite database file.
    static let header = Array("SQLite format 3\0".utf8)

    static func prepare(at path: String, creating: DatabaseCreation) throws(GuichetError) {
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT != S_IFDIR else { throw .refused(DatabasePathText.isAFolder.filled(path)) }
        } else {
            let code = errno
            guard code == ENOENT else { throw cannotOpen(path, code) }
            try prepareFolder(of: path, creating: creating)
            guard creating != .nothing else { throw .refused(DatabasePathText.fileMissing.filled(path)) }
        }
        let flags = O_RDWR | O_CLOEXEC | (creating == .nothing ? 0 : O_CREAT)
        let descriptor = open(path, flags, 0o600)
        guard descriptor >= 0 else { throw cannotOpen(path, errno) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw cannotOpen(path, errno) }
        guard status.st_size == 0 || startsWithHeader(descriptor) else {
            throw .refused(DatabasePathText.notAGuichetDatabase.filled(path))
        }
        // Someone else's file (a shared copy, root's) is left as its owner set it.
        if status.st_uid == getuid() && status.st_mode & 0o777 != 0o600 {
            guard fchmod(descriptor, 0o600) == 0 else { throw cannotOpen(path, errno) }
        }
    }

    /// The folder of a missing file: created when `creating` allows it, else named.
    private static func prepareFolder(of path: String, creating: DatabaseCreation) throws(GuichetError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        var status = stat()
        if stat(folder, &status) == 0 { return }
        let code = errno
        guard code == ENOENT else { throw cannotOpen(folder, code) }
        // A command that needs an existing database says the database is missing: its
        // advice (`guichet init` on the same path) then names the folder if need be.
        guard creating != .nothing else { throw .refused(DatabasePathText.fileMissing.filled(path)) }
        guard creating == .fileAndFolder else { throw .refused(DatabasePathText.folderMissing.filled(folder)) }
        guard mkdirs(folder) else {
            throw .refused(DatabasePathText.cannotCreateFolder.filled(folder, SystemErrorText.reason(errno)))
        }
    }

    /// `mkdir -p` with mode 0700, keeping `errno` of the step that failed.
    private static func mkdirs(_ folder: String) -> Bool {
        let parent = (folder as NSString).deletingLastPathComponent
        var status = stat()
        if !parent.isEmpty, parent != folder, stat(parent, &status) != 0 {
            guard errno == ENOENT, mkdirs(parent) else { return false }
        }
        return mkdir(folder, 0o700) == 0 || errno == EEXIST
    }

    private static func startsWithHeader(_ descriptor: Int32) -> Bool {
        var bytes = [UInt8](repeating: 0, count: header.count)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, header.count, 0) }
        return count == header.count && bytes == header
    }

    private static func cannotOpen(_ path: String, _ code: Int32) -> GuichetError {
        if code == EISDIR { return .refused(DatabasePathText.isAFolder.filled(path)) }
        return .refused(DatabasePathText.cannotOpen.filled(path, SystemErrorText.reason(code)))
    }
}
