import Foundation
import GuichetCore
import GuichetStore
import GuichetTerminal

/// Administration → RGPD (supervisors): where the file stands — the last backup,
/// the files due for anonymisation, the connection events due for the purge — and the
/// four actions of data protection, each opened by its number or the arrows and Enter.
struct ProtectionScreen: Screen {
    enum Entry: Int, CaseIterable, Sendable {
        case retention = 1
        case access
        case purge
        case backup

        var label: Phrase {
            switch self {
            case .retention: return AppText.menuRetention
            case .access: return AppText.menuAccess
            case .purge: return AppText.menuPurge
            case .backup: return AppText.menuBackup
            }
        }
    }

    enum Action: Hashable, Sendable {
        case open
        case entry(Entry)
        case back
    }

    private var menu = ListState()
    private var lastBackup: LastBackup?
    private var due = 0
    private var settings = ProtectionSettings()
    private var purge: LogPurge?

    var title: Phrase { AppText.protectionTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        [ScreenAction(.open, function: 4, control: "o", keys: [.enter], label: AppText.actionOpen, help: AppText.actionOpenProtectionHelp,
                      hint: AppText.hintOpen)]
            + Entry.allCases.map { entry in
                ScreenAction(.entry(entry), keys: [.character(Character(String(entry.rawValue)))], label: entry.label,
                             help: AppText.actionOpenNamedProtection)
            }
            + [.back(.back)]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .open: return open(Entry.allCases[menu.selected], context: context)
        case .entry(let entry):
            menu.selected = entry.rawValue - 1
            return open(entry, context: context)
        case .back: return .pop
        }
    }

    private func open(_ entry: Entry, context: AppContext) -> Effect {
        switch entry {
        case .retention:
            return .push(RetentionListScreen())
        case .access:
            return .push(PickerScreen.beneficiary(title: AppText.accessPickTitle))
        case .purge:
            guard let purge, purge.removed > 0 else { return .notice(Notice(context.text(ProtectionStoreText.nothingToPurge), kind: .warning)) }
            let before = purge.before.formatted(context.language)
            return .push(ConfirmScreen.action(title: AppText.purgeTitle, question: AppText.purgeQuestion,
                                              arguments: [String(purge.removed), before]) { store, actor, context throws(GuichetError) in
                let done = try store.purgeConnectionLogs(as: actor)
                return Notice(context.text(AppText.purgeDone, done.removed, done.before.formatted(context.language)), kind: .success)
            })
        case .backup:
            return .push(BackupScreen())
        }
    }

    mutating func receive(_ picked: Picked, context: AppContext) -> Effect {
        guard case .beneficiary(let summary) = picked else { return .none }
        return .push(PersonDataScreen(id: summary.id))
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        _ = menu.handle(key, itemCount: Entry.allCases.count, pageSize: Entry.allCases.count)
        return .none
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        guard let actor = context.actor else { return }
        settings = store.protectionSettings()
        lastBackup = try store.lastGoodBackup()
        due = try store.retentionCandidates(as: actor).count
        purge = try store.connectionLogsToPurge(as: actor)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: inner.row(0))
        let backup = lastBackup.map { last in
            context.text(AppText.protectionLastBackup, CalendarDay(last.at, in: context.timeZone).formatted(context.language) + " "
                         + Timestamp.clockText(last.at, in: context.timeZone), last.fileName)
        } ?? context.text(AppText.protectionNoBackup)
        let stale = BackupPolicy.isStale(last: lastBackup?.at, now: context.clock.now(), in: context.timeZone)
        let status: [(String, StyleRole)] = [
            (backup, stale ? .error : .normal),
            (context.text(AppText.protectionDueLine, due, settings.retentionMonths), due > 0 ? .warning : .normal),
            (context.text(settings.anonymiseWithoutConsent ? AppText.consentPolicyAnonymise : AppText.consentPolicyFlag), .muted),
            (context.text(AppText.protectionLogsLine, settings.connectionLogMonths, purge?.removed ?? 0), .normal),
        ]
        var row = 2
        for (text, role) in status {
            for line in TextWrap.wrap(text, width: inner.width).prefix(2) {
                TextLine(line, role: role).render(into: &buffer, area: inner.row(row))
                row += 1
            }
        }
        let items = Entry.allCases.map { ListItem("\($0.rawValue)  " + context.text($0.label)) }
        ListView(items: items, state: menu)
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + row + 1, width: inner.width, height: items.count), glyphs: context.glyphs)
        return nil
    }
}
