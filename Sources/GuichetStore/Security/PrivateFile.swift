import Foundation
import GuichetCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The database holds personal data: its folder is 0700 and its file 0600,
/// set before SQLite ever opens it (SQLite gives the -wal and -shm files the
/// mode of the database file).
enum PrivateFile {
    static func prepare(at path: String) throws(GuichetError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw .storage("cannot create the database folder (\(errnoText(errno)))")
            }
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .storage("cannot open the database file (\(errnoText(errno)))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .storage("cannot inspect the database file (\(errnoText(errno)))") }
        // Someone else's file (a shared copy, root's) is left as its owner set it.
        if status.st_uid == getuid() && status.st_mode & 0o777 != 0o600 {
            guard fchmod(descriptor, 0o600) == 0 else {
                throw .storage("cannot restrict the database file to its owner (\(errnoText(errno)))")
            }
        }
    }

    private static func errnoText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
