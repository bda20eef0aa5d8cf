#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CNcursesw
import GuichetTerminal

/// Draws buffers on the real terminal with ncursesw's wide-character calls;
/// ncurses itself works out what changed between frames.
public final class NcursesBackend: Backend {
    public let glyphs: Glyphs
    private let window: UnsafeMutablePointer<WINDOW>
    /// Indexed by `StyleRole.ordinal`.
    private var looks: [CursesLook] = []
    private var colorsStarted = false
    private var defaultColors = false
    private var isShutDown = false
    private let isUTF8: Bool
    /// What the window holds from the last `present`, to skip unchanged rows.
    private var lastBuffer: Buffer?
    private var lastScreen = Size(width: 0, height: 0)
    private var windowLook = CursesLook.plain

    nonisolated(unsafe) private static var detectedColors = false

    /// Whether the terminal has at least 8 colours; known once a backend has started.
    public static var terminalHasColors: Bool { detectedColors }

    public init(theme: Theme) throws {
        setlocale(LC_ALL, "")
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { throw NcursesError.notATerminal }
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              newterm(nil, output, input) != nil, let window = guichet_stdscr()
        else {
            throw NcursesError.cannotStart(term: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.window = window
        raw()
        noecho()
        nonl()
        keypad(window, true)
        // Never look for typed-ahead keys in the middle of a frame: a frame is drawn
        // whole (ncurses would poll the keyboard several times per refresh).
        typeahead(-1)
        set_escdelay(Self.escapeDelay())
        isUTF8 = Self.localeIsUTF8()
        glyphs = isUTF8 ? .unicode : .ascii
        // COLORS is only set by start_color(), so ask terminfo directly.
        Self.detectedColors = has_colors() && tigetnum("colors") >= 8
        TerminalSignals.install()
        apply(theme)
        // Until the screen has been suspended and resumed once, ncurses flushes its
        // output after every cursor move (mvcur takes the screen for a terminfo-only
        // user), splitting each frame into dozens of writes to the terminal. Suspend
        // it and resume it at once, before anything is drawn (the terminal spends no
        // time in shell mode): from then on each frame goes out in one write.
        endwin()
        wrefresh(window)
    }

    deinit {
        shutdown()
    }

    /// Switches to another theme (e.g. once `terminalHasColors` is known).
    public func apply(_ theme: Theme) {
        let colors = theme.usesColor && Self.detectedColors
        if colors && !colorsStarted {
            start_color()
            defaultColors = use_default_colors() == OK
            colorsStarted = true
        }
        looks = CursesLook.table(for: theme, colors: colors, defaultColors: defaultColors)
        lastBuffer = nil
    }

    /// Restores the terminal; safe to call more than once.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        endwin()
    }

    public var size: Size {
        var rows: Int32 = 0
        var columns: Int32 = 0
        guichet_getmaxyx(window, &rows, &columns)
        return Size(width: Int(columns), height: Int(rows))
    }

    public func present(_ buffer: Buffer, cursor: Position?) {
        guard !isShutDown else { return }
        let screen = size
        let erased = buffer.size != screen
        if erased { werase(window) }
        // Rows equal to the last presented buffer are still in the window;
        // after an erase, a size change or a new theme everything is drawn again.
        let previous = erased || lastScreen != screen ? nil : lastBuffer
        let rows = min(screen.height, buffer.size.height)
        let columns = min(screen.width, buffer.size.width)
        var run: [wchar_t] = []
        run.reserveCapacity(max(0, columns))
        let visible = 0...max(0, columns - 1)
        for y in 0..<max(0, rows) where columns > 0 {
            // Only the changed columns of a row are drawn: ncurses then compares
            // and sends no more than them.
            var span = visible
            if let previous {
                guard let changed = buffer.changedColumns(from: previous, y: y) else { continue }
                span = changed.clamped(to: visible)
            }
            drawRow(buffer, y: y, span: span, screenWidth: screen.width, run: &run)
        }
        setWindowLook(.plain)
        lastBuffer = erased ? nil : buffer
        lastScreen = screen
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < screen.width, cursor.y < screen.height {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(window)
    }

    /// Draws columns `span` of one row: runs of plain single-column characters
    /// sharing a role go out in one call; anything else (wide, combining,
    /// non-ASCII in a narrow locale) cell by cell at its own column.
    private func drawRow(_ buffer: Buffer, y: Int, span: ClosedRange<Int>, screenWidth: Int, run: inout [wchar_t]) {
        guard span.upperBound < buffer.size.width else { return }
        var runStart = 0
        var runRole = StyleRole.normal
        buffer.withStoredRow(y) { cells in
            for x in span {
                let cell = cells[x]
                if let character = runCharacter(cell) {
                    if !run.isEmpty, cell.role != runRole {
                        flushRun(&run, y: y, x: runStart, role: runRole)
                    }
                    if run.isEmpty {
                        runStart = x
                        runRole = cell.role
                    }
                    run.append(character)
                    continue
                }
                if !run.isEmpty { flushRun(&run, y: y, x: runStart, role: runRole) }
                if cell.isContinuation { continue }
                var grapheme = cell.width < 2 || x + 1 < screenWidth ? buffer.grapheme(of: cell) : " "
                if !isUTF8 { grapheme = NarrowCharset.drawable(grapheme) }
                draw(grapheme, role: cell.role, y: y, x: x)
                // A wide character replaced by a narrow one leaves its second column to fill.
                if cell.width == 2, TextWidth.of(grapheme) < 2, x + 1 <= span.upperBound {
                    draw(" ", role: cell.role, y: y, x: x + 1)
                }
            }
        }
        if !run.isEmpty { flushRun(&run, y: y, x: runStart, role: runRole) }
    }

    /// The character of a cell that ncurses draws in exactly one column, so
    /// a run of them lands where the cells are: one printable ASCII scalar,
    /// or in a UTF-8 locale one Latin, Cyrillic or Vietnamese letter, common
    /// punctuation, box-drawing or block character (one column in the C library too).
    /// Anything else is drawn cell by cell.
    @inline(__always)
    private func runCharacter(_ cell: StoredCell) -> wchar_t? {
        guard cell.width == 1, !cell.isCluster else { return nil }
        let value = cell.code
        if value >= 0x20 && value < 0x7F { return wchar_t(bitPattern: value) }
        guard isUTF8 else { return nil }
        switch value {
        case 0xA1...0xAC, 0xAE...0x17F, 0x400...0x482, 0x48A...0x52F, 0x1E00...0x1EFF, 0x2013...0x2014,
             0x2018...0x201E, 0x2022, 0x2026, 0x2500...0x259F:
            return wchar_t(bitPattern: value)
        default:
            return nil
        }
    }

    public private(set) var terminalGone = false
    public var isClosed: Bool { terminalGone }

    /// After a read that returned no key: is standard input hung up? A closed
    /// terminal makes every read fail at once, which would spin the loop.
    private func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return true }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private func flushRun(_ run: inout [wchar_t], y: Int, x: Int, role: StyleRole) {
        let look = cursesLook(for: role)
        // ncurses adds the window's attributes to the cells it is given: keep them
        // those of the run (a cell drawn alone may have left others).
        setWindowLook(look)
        guichet_put_run(window, Int32(y), Int32(x), run, Int32(run.count), look.attributes, look.pair)
        run.removeAll(keepingCapacity: true)
    }

    /// Characters drawn take the window's attributes too, so they always
    /// match the look of what is being drawn.
    private func setWindowLook(_ look: CursesLook) {
        guard look != windowLook else { return }
        windowLook = look
        wattr_set(window, look.attributes, look.pair, nil)
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard !isShutDown else { return nil }
        wtimeout(window, timeoutMilliseconds < 0 ? -1 : Int32(clamping: timeoutMilliseconds))
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case OK:
            guard let key = KeyDecoder.decode(character: UInt32(code)) else { return nil }
            if case .character(let character) = key { return .character(withFollowingMarks(character)) }
            if key == .escape { return escapeOrSequence() }
            return key
        case KEY_CODE_YES:
            if Int32(code) == KEY_RESIZE { lastBuffer = nil }
            return KeyDecoder.decode(keyCode: Int32(code))
        default:
            if inputHungUp() { terminalGone = true }
            return nil
        }
    }

    /// ESC alone is Échap. ESC with more bytes already waiting is a sequence the
    /// terminfo entry did not know: read it whole, and use it only as the key it
    /// commonly stands for (`EscapeSequence`), never as Esc followed by letters.
    private func escapeOrSequence() -> Key? {
        var body: [UInt32] = []
        // The bytes of one sequence come together: what is not there at once, or
        // within the escape delay for the rest of a started sequence, is not part of it.
        wtimeout(window, 0)
        while !EscapeSequence.isComplete(body) {
            var code: wint_t = 0
            let result = wget_wch(window, &code)
            guard result == OK else {
                if result == KEY_CODE_YES { ungetch(Int32(code)) }
                break
            }
            body.append(UInt32(code))
            wtimeout(window, Self.escapeDelay())
        }
        if body.isEmpty { return .escape }
        return EscapeSequence.key(body)
    }

    /// Terminals sending decomposed text deliver "e" then U+0301 as separate
    /// characters; join marks that are already waiting into one grapheme.
    private func withFollowingMarks(_ character: Character) -> Character {
        var text = String(character)
        wtimeout(window, 0)
        while true {
            var code: wint_t = 0
            let result = wget_wch(window, &code)
            if result == OK, let scalar = Unicode.Scalar(UInt32(code)), Self.isMark(scalar) {
                text.unicodeScalars.append(scalar)
                continue
            }
            if result == OK {
                unget_wch(wchar_t(bitPattern: UInt32(code)))
            } else if result == KEY_CODE_YES {
                ungetch(Int32(code))
            }
            break
        }
        return DisplayText.sanitized(text).first ?? character
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    private func draw(_ grapheme: String, role: StyleRole, y: Int, x: Int) {
        let look = cursesLook(for: role)
        setWindowLook(look)
        // A cchar_t holds a base character and a few combining marks (CCHARW_MAX).
        var characters = grapheme.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        if characters.isEmpty { characters = [0x20] }
        characters.append(0)
        var cell = cchar_t()
        if setcchar(&cell, characters, look.attributes, look.pair, nil) != OK {
            let fallback: [wchar_t] = [0x3F, 0]
            setcchar(&cell, fallback, look.attributes, look.pair, nil)
        }
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }

    private func cursesLook(for role: StyleRole) -> CursesLook {
        looks.indices.contains(role.ordinal) ? looks[role.ordinal] : .plain
    }

    private static func escapeDelay() -> Int32 {
        if let raw = getenv("ESCDELAY"), let value = Int32(String(cString: raw)), value >= 0 { return value }
        return 25
    }

    private static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
