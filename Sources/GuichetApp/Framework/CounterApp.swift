import Foundation
import GuichetCore
import GuichetStore
import GuichetTerminal

/// Runs the counter: reads a key, routes it through the top screen's action
/// table, applies the effect (running store commands and loads, and showing
/// their errors, in one place), redraws. Locks the session after inactivity.
public final class CounterApp {
    public enum Start { case setup, login }

    private let backend: any Backend
    private let store: GuichetStore
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
        self.store = store
        let site = start == .login ? try? store.site() : nil
        context = AppContext(language: language, clock: clock, glyphs: backend.glyphs, site: site, actor: nil,
                             themeNames: themeNames)
        context.screenSize = backend.size
        stack = []
        notice = startupNotice
        lastActivity = clock.now()
        lockMinutes = store.lockMinutes()
        push(start == .setup ? SetupScreen() : LoginScreen())
        // Another program (an import) holds the write lock: after 0.3 s of waiting
        // say so on screen. The hook runs on the store's thread while this one is
        // blocked in the very write that waits, so drawing from there is safe.
        store.onLongWait { [unowned self] in
            notice = Notice(context.text(StorageText.waitingForLock), kind: .warning)
            render()
        }
    }

    /// The interactive loop; returns when the user has quit.
    public func run() {
        render()
        while !isFinished {
            let idleWork = stack.last?.wantsIdleWork == true
            if let key = backend.readKey(timeoutMilliseconds: idleWork ? Self.idleDelayMilliseconds : 1000) {
                handle(key)
                // Keys already typed (a fast typist on a slow PC) are handled before the
                // screen is drawn once, so the display never lags behind the keyboard.
                while !isFinished, let next = backend.readKey(timeoutMilliseconds: 0) { handle(next) }
            } else if backend.isClosed {
                apply(.quit)
            } else if idleWork {
                runIdleWork()
            } else {
                lockIfIdle()
            }
            if !isFinished { render() }
        }
    }

    /// How long the keyboard stays quiet before a screen's idle work runs: longer than the
    /// gap between two keys of someone typing, short enough to seem immediate after.
    static let idleDelayMilliseconds = 150

    /// Handles every key already queued (the in-memory backend in tests), then — as after a
    /// pause of the typist — the top screen's idle work, then draws once.
    public func processPendingKeys() {
        while !isFinished, let key = backend.readKey(timeoutMilliseconds: 0) {
            handle(key)
        }
        if !isFinished && stack.last?.wantsIdleWork == true { runIdleWork() }
        if !isFinished { render() }
    }

    /// The top screen's work for a quiet keyboard (`Screen.idle`); a failure is shown like a failed read.
    func runIdleWork() {
        updateTop { top throws(GuichetError) in try top.idle(from: store, context: context) }
    }

    /// Checks the inactivity lock as the idle loop does every second.
    public func lockIfIdle() {
        guard let actor = context.actor,
              SessionLock.isDue(lastActivity: lastActivity, now: context.clock.now(), minutes: lockMinutes) else { return }
        try? store.recordSessionLock(actor)
        lockedSession = (actor, stack)
        context.actor = nil
        stack = []
        push(LoginScreen(login: actor.login))
        notice = Notice(context.text(AppText.sessionLocked), kind: .info)
    }

    /// Pushes `screen` over the current ones, as a `.push` effect would (for tests).
    func show(_ screen: any Screen) {
        apply(.push(screen))
        render()
    }

    /// The message on the message line, as shown (with its `! `), or "".
    public var messageText: String {
        notice.map { MessageLine(text: $0.text, kind: $0.kind).shownText } ?? ""
    }

    /// The title of the screen on top, for tests and the fuzz.
    public var topScreenTitle: String { context.text(stack.last?.title ?? AppText.appName) }

    /// The actions of the screen on top (help first), as its key bar and F1 show them.
    public var topScreenEntries: [ActionEntry] { stack.last?.entries(context) ?? [] }

    /// Whether the top screen holds a text field with the focus.
    public var topScreenIsEditingText: Bool { stack.last?.isEditingText ?? false }

    /// True while the terminal is below the minimum size (only a notice is drawn).
    public var isTooSmall: Bool {
        backend.size.width < ScreenChrome.minimumSize.width || backend.size.height < ScreenChrome.minimumSize.height
    }

    func handle(_ key: Key) {
        lastActivity = context.clock.now()
        context.screenSize = backend.size
        if key == .resize {
            guard !isTooSmall else { return }
            // The keys ignored while the window was too small are past news once it is back.
            if notice?.text == context.text(AppText.keyIgnoredTooSmall) { notice = nil }
            loadTop()
            return
        }
        guard !isTooSmall else {
            // Nothing is on screen to act on: say so rather than drop the key silently.
            notice = Notice(context.text(AppText.keyIgnoredTooSmall), kind: .warning)
            return
        }
        guard var top = stack.popLast() else { return }
        notice = nil
        let effect = top.respond(to: key, context: context) ?? top.handle(key, context: context)
        stack.append(top)
        apply(effect)
    }

    private func apply(_ effect: Effect) {
        switch effect {
        case .none:
            break
        case .push(let screen):
            push(screen)
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
            if let actor = context.actor { try? store.logout(actor) }
            context.actor = nil
            stack = []
            push(LoginScreen())
        case .quit:
            if let actor = context.actor { try? store.logout(actor) }
            context.actor = nil
            isFinished = true
        case .sequence(let effects):
            effects.forEach(apply)
        case .command(let command):
            run(command)
        case .progress(let command):
            runShowingProgress(command)
        case .reload:
            loadTop()
        case .deliver(let picked):
            guard var top = stack.popLast() else { return }
            let next = top.receive(picked, context: context)
            stack.append(top)
            apply(next)
        }
    }

    /// Runs a store command; its error goes to the message line and to the screen that asked.
    private func run(_ command: StoreCommand) {
        let effect: Effect
        do throws(GuichetError) {
            effect = try command.run(store, context)
        } catch {
            notice = .error(error, context.language)
            if var top = stack.popLast() {
                top.commandFailed(error, context: context)
                stack.append(top)
            }
            return
        }
        apply(effect)
    }

    /// Runs a long command, its progress on the message line: redrawn when the percentage changes,
    /// from its first report (a command that finds nothing to do draws nothing).
    private func runShowingProgress(_ command: ProgressCommand) {
        var shown = -1
        let report = { [unowned self] (done: Int, total: Int) in
            let percent = min(100, max(0, done) * 100 / max(total, 1))
            guard percent != shown else { return }
            shown = percent
            notice = Notice(context.text(AppText.progressNotice, context.text(command.label), percent), kind: .info)
            render()
        }
        run(StoreCommand { store, context throws(GuichetError) in try command.run(store, context, report) })
    }

    private func push(_ screen: any Screen) {
        stack.append(screen)
        loadTop()
    }

    /// The top screen reads its data; a failed read is shown, never swallowed.
    private func loadTop() {
        updateTop { top throws(GuichetError) in try top.load(from: store, context: context) }
    }

    /// Runs `body` on the top screen; a thrown error is shown on the message line.
    private func updateTop(_ body: (inout any Screen) throws(GuichetError) -> Void) {
        guard var top = stack.popLast() else { return }
        do throws(GuichetError) {
            try body(&top)
        } catch {
            notice = .error(error, context.language)
        }
        stack.append(top)
    }

    private func popScreen() {
        _ = stack.popLast()
        if stack.isEmpty {
            isFinished = true
            return
        }
        lockMinutes = store.lockMinutes()
        loadTop()
    }

    private func signIn(_ actor: Actor) {
        context.actor = actor
        context.site = try? store.site()
        lockMinutes = store.lockMinutes()
        if let locked = lockedSession, locked.actor.userID == actor.userID {
            stack = locked.stack
            loadTop()
        } else {
            stack = []
            push(HomeScreen())
        }
        lockedSession = nil
    }

    func render() {
        var buffer = Buffer(size: backend.size)
        let full = Rect(x: 0, y: 0, width: backend.size.width, height: backend.size.height)
        if isTooSmall {
            var text = context.text(AppText.windowTooSmall, ScreenChrome.minimumSize.width, ScreenChrome.minimumSize.height)
            if let notice { text += "\n\n" + MessageLine(text: notice.text, kind: notice.kind).shownText }
            TooSmallNotice(text: text).render(into: &buffer, area: full, glyphs: context.glyphs)
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
        ScreenChrome.drawKeyBar(into: &buffer, entries: top.entries(context), context: context)
        backend.present(buffer, cursor: cursor)
    }
}
