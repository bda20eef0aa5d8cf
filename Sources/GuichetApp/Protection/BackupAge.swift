import Foundation
import GuichetCore
import GuichetStore

/// The supervisor's home line of the last good backup: its age, in red after 7 days
/// (`BackupPolicy.staleAfterDays`) or when there is none.
enum BackupAge {
    static func homeAlerts(_ store: GuichetStore, _ context: AppContext) throws(GuichetError) -> [HomeAlert] {
        guard context.actor?.role.may(.protectData) == true else { return [] }
        return [line(try store.lastGoodBackup()?.at, context)]
    }

    static func line(_ last: Date?, _ context: AppContext) -> HomeAlert {
        let now = context.clock.now()
        guard let last else { return HomeAlert(text: context.text(AppText.backupNone), isError: true) }
        let days = BackupPolicy.ageDays(last: last, now: now, in: context.timeZone)
        if BackupPolicy.isStale(last: last, now: now, in: context.timeZone) {
            return HomeAlert(text: context.text(AppText.backupStale, days), isError: true)
        }
        let time = Timestamp.clockText(last, in: context.timeZone)
        let text = switch days {
        case 0: context.text(AppText.backupToday, time)
        case 1: context.text(AppText.backupYesterday, time)
        default: context.text(AppText.backupDaysAgo, days, CalendarDay(last, in: context.timeZone).formatted(context.language))
        }
        return HomeAlert(text: text, isError: false, isNote: true)
    }
}

/// The automatic backups: when a supervisor quits and the last good one is older than a
/// day, and after each cash closing.
enum AutomaticBackup {
    /// What « yes » to « Quitter Guichet ? » does: quit, after a backup when a supervisor
    /// quits and the last one is older than a day. A failed backup says why and asks again
    /// before quitting without one.
    static func quit(_ context: AppContext) -> Effect {
        guard context.actor?.role.may(.protectData) == true else { return .quit }
        return .withProgress(AppText.backingUp) { store, actor, context, progress throws(GuichetError) in
            guard BackupPolicy.isDueAtQuit(last: try store.lastGoodBackup()?.at, now: context.clock.now()) else { return .quit }
            do throws(GuichetError) {
                _ = try store.automaticBackup(as: actor, progress: progress)
                return .quit
            } catch {
                return .sequence([
                    .push(ConfirmScreen(title: AppText.quitWithoutBackupTitle, question: AppText.quitWithoutBackupQuestion) { _ in .quit }),
                    .notice(Notice(context.text(AppText.closingBackupFailed, error.message(context.language)), kind: .error)),
                ])
            }
        }
    }

    /// After a cash closing: `done` (the closing's own message) with the backup's outcome
    /// after it; a failed backup leaves the closing as it is and says why.
    static func afterClosing(_ done: String) -> Effect {
        .withProgress(AppText.backingUp) { store, actor, context, progress throws(GuichetError) in
            do throws(GuichetError) {
                let result = try store.automaticBackup(as: actor, progress: progress)
                return .notice(Notice(done + " " + context.text(AppText.closingBackupDone, result.fileName), kind: .success))
            } catch {
                return .notice(Notice(done + " " + context.text(AppText.closingBackupFailed, error.message(context.language)), kind: .warning))
            }
        }
    }
}
