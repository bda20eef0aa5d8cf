import Foundation
import GuichetCore
import GuichetStore
import GuichetTerminal

/// Runs the counter: reads a key, routes it through the top screen's action
/// table, applies the effect, redraws. Locks the session after inactivity.
public final class CounterApp {
    public enum Start { case setup, login }

    private let backend: any Backend
    private(set) var context: AppContext
    private var stack: [any Screen]
    private var notice: Notice?
    private var lockedSession: (actor: Actor, stack: [any Screen])?
    private var lastActivity: Date
    private var lockMinutes: Int
    public private(set) var isFinished = false

    public init(backend: any Backend, store: GuichetStore, language: Language, clock: any Clock = SystemClock(),
                start: Start, themeNames: [String] = [], startupNotice: Notice? = nil) {
        self.backend = backend
        let site = start == .login ? try? store.site() : nil
        context = AppContext(store: store, language: language, clock: clock, glyphs: backend.glyphs, site: site, actor: nil,
                             themeNames: themeNames)
        context.screenSize = backend.size
        stack = start == .setup ? [SetupScreen()] : [LoginScreen()]
        notice = startupNotice
        lastActivity = clock.now()
        lockMinutes = store.lockMinutes()
    }

    /// The interactive loop; returns when the user has quit.
    public func run() {
        render()
        while !isFinished {
            if let key = backend.readKey(timeoutMilliseconds: 1000) {
                handle(key)
                // Keys already typed (a fast typist on a slow PC) are handled before the
                // screen is drawn once, so the display never lags behind the keyboard.
                while !isFinished, let next = backend.readKey(timeoutMilliseconds: 0) { handle(next) }
            } else if backend.isClosed {
                apply(.quit)
            } else {
                lockIfIdle()
            }
            if !isFinished { render() }
        }
    }

    /// Handles every key already queued (the in-memory backend in tests), then draws once.
    public func processPendingKeys() {
        while !isFinished, let key = backend.readKey(timeoutMilliseconds: 0) {
            handle(key)
        }
        if !isFinished { render() }
    }

    /// Checks the inactivity lock as the idle loop does every second.
    public func lockIfIdle() {
        guard let actor = context.actor,
              SessionLock.isDue(lastActivity: lastActivity, now: context.clock.now(), minutes: lockMinutes) else { return }
        try? context.store.recordSessionLock(actor)
        lockedSession = (actor, stack)
        context.actor = nil
        stack = [LoginScreen(login: actor.login)]
        notice = Notice(context.text(AppText.sessionLocked), kind: .info)
    }

    var topScreenTitle: String { context.text(stack.last?.title ?? AppText.appName) }

    func handle(_ key: Key) {
        lastActivity = context.clock.now()
        context.screenSize = backend.size
        if key == .resize {
            if !isTooSmall, !stack.isEmpty { stack[stack.count - 1].reload(context: context) }
            return
        }
        guard !isTooSmall, var top = stack.popLast() else { return }
        notice = nil
        let actions = top.actions(context)
        let effect: Effect
        if let action = actions.first(where: { $0.availability != .hidden && $0.matches(key, textFieldFocused: top.isEditingText) }) {
            switch action.availability {
            case .greyed(let reason):
                effect = .notice(Notice(context.text(reason), kind: .warning))
            default:
                effect = action.id == StandardActions.helpID
                    ? .push(HelpScreen(screenTitle: top.title, actions: actions))
                    : top.perform(action.id, context: context)
            }
        } else {
            effect = top.handle(key, context: context)
        }
        stack.append(top)
        apply(effect)
    }

    private func apply(_ effect: Effect) {
        switch effect {
        case .none:
            break
        case .push(let screen):
            stack.append(screen)
        case .pop:
            popScreen()
        case .popWith(let popNotice):
            popScreen()
            notice = popNotice
        case .notice(let newNotice):
            notice = newNotice
        case .signIn(let actor):
            signIn(actor)
        case .signOut:
            if let actor = context.actor { try? context.store.logout(actor) }
            context.actor = nil
            stack = [LoginScreen()]
        case .quit:
            if let actor = context.actor { try? context.store.logout(actor) }
            context.actor = nil
            isFinished = true
        case .sequence(let effects):
            effects.forEach(apply)
        }
    }

    private func popScreen() {
        _ = stack.popLast()
        if stack.isEmpty {
            isFinished = true
            return
        }
        lockMinutes = context.store.lockMinutes()
        stack[stack.count - 1].reload(context: context)
    }

    private func signIn(_ actor: Actor) {
        context.actor = actor
        context.site = try? context.store.site()
        lockMinutes = context.store.lockMinutes()
        if let locked = lockedSession, locked.actor.userID == actor.userID {
            stack = locked.stack
            stack[stack.count - 1].reload(context: context)
        } else {
            stack = [HomeScreen(context: context)]
        }
        lockedSession = nil
    }

    private var isTooSmall: Bool {
        backend.size.width < ScreenChrome.minimumSize.width || backend.size.height < ScreenChrome.minimumSize.height
    }

    func render() {
        var buffer = Buffer(size: backend.size)
        let full = Rect(x: 0, y: 0, width: backend.size.width, height: backend.size.height)
        if isTooSmall {
            TooSmallNotice(text: context.text(AppText.windowTooSmall, ScreenChrome.minimumSize.width, ScreenChrome.minimumSize.height))
                .render(into: &buffer, area: full, glyphs: context.glyphs)
            backend.present(buffer, cursor: nil)
            return
        }
        guard let top = stack.last else { return }
        let baseIndex = stack.lastIndex(where: { !$0.isModal }) ?? 0
        let area = ScreenChrome.contentArea(of: backend.size)
        ScreenChrome.drawHeader(into: &buffer, title: context.text(stack[baseIndex].title), context: context)
        var cursor = stack[baseIndex].render(into: &buffer, area: area, context: context)
        for modal in stack[(baseIndex + 1)...] {
            cursor = modal.render(into: &buffer, area: area, context: context)
        }
        ScreenChrome.drawMessage(into: &buffer, notice: notice)
        ScreenChrome.drawKeyBar(into: &buffer, actions: top.actions(context), context: context)
        backend.present(buffer, cursor: cursor)
    }
}
