#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GuichetCore

/// The reason a file operation failed, from `errno`, in words: the C library's
/// `strerror` speaks the process's locale, which on a counter is often plain C (English).
public enum SystemErrorText {
    public static func reason(_ code: Int32) -> Phrase {
        switch code {
        case EACCES, EPERM: return Phrase(fr: "permission refusée", en: "permission denied")
        case EROFS: return Phrase(fr: "disque en lecture seule", en: "read-only disk")
        case ENOSPC, EDQUOT: return Phrase(fr: "disque plein", en: "disk full")
        case ENOENT: return Phrase(fr: "introuvable", en: "not found")
        case ENOTDIR: return Phrase(fr: "un élément du chemin n’est pas un dossier", en: "a part of the path is not a folder")
        case EISDIR: return Phrase(fr: "c’est un dossier", en: "it is a folder")
        case ENAMETOOLONG: return Phrase(fr: "chemin trop long", en: "path too long")
        case ELOOP: return Phrase(fr: "trop de liens symboliques", en: "too many symbolic links")
        case EIO: return Phrase(fr: "erreur d’entrée-sortie du disque", en: "disk input/output error")
        default: return Phrase(fr: "erreur système \(code)", en: "system error \(code)")
        }
    }
}
