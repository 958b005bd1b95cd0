import CNcurses
import KabarTUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw.
///
/// Starts in raw mode (Ctrl-C and Ctrl-Z arrive as `.ctrl("c")` / `.ctrl("z")`; the app
/// decides what they do), no echo, keypad decoding, hidden cursor, default colours and,
/// optionally, mouse reporting. Call `TerminalGuard.install()` before creating it.
/// Not thread-safe: use it from one thread.
public final class CursesBackend: Backend {
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>
    private var active = true
    private let styles: CursesStyleCache
    /// One grapheme as wchar_t, NUL-terminated: up to CCHARW_MAX characters plus the NUL.
    private var glyph = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
    /// The colours this terminal shows, after `NO_COLOR`: `.none` means attributes only.
    public let colorDepth: ColorDepth
    /// Whether mouse reporting is on (`setMouse`).
    public private(set) var mouseEnabled = false

    /// Starts curses with the mouse on.
    public convenience init() throws {
        try self.init(mouse: true)
    }

    /// Starts curses; `mouse` turns on click and wheel reporting.
    /// - Throws: `CursesError.notATerminal` when stdin or stdout is not a tty,
    ///   `CursesError.initFailed` when ncurses cannot set the terminal up.
    public init(mouse: Bool) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw CursesError.notATerminal }
        _ = setlocale(LC_ALL, "")
        if kabar_locale_is_utf8() == 0 {
            // A bare C/POSIX locale (common in containers) would turn every non-ASCII
            // character into an escape; the text we show is UTF-8, so prefer a UTF-8 ctype.
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
        // COLORTERM=truecolor with a 256-colour TERM: use TERM's direct-colour terminfo
        // variant when one is installed, so #RRGGBB theme colours are shown exactly.
        let direct = DirectColorTerm.variant(environment: Self.environment("NO_COLOR", "TERM", "COLORTERM", "TERMINFO", "HOME"),
                                             exists: { access($0, R_OK) == 0 })
        guard let screen = direct.flatMap({ kabar_newterm_type($0) }) ?? kabar_newterm() else { throw CursesError.initFailed }
        guard kabar_can_move_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw CursesError.cannotMoveCursor
        }
        self.screen = screen
        self.window = kabar_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        scrollok(window, false)
        leaveok(window, true)
        _ = curs_set(0)
        _ = set_escdelay(25)
        // With NO_COLOR set, colour is never even started: no colour sequence is ever sent.
        let environment = Self.environment("NO_COLOR", "TERM", "COLORTERM")
        var depth = ColorDepth.none
        var defaultColorsWork = false
        var directFrom: Int?
        if !ColorDepth.colorRefused(environment: environment), has_colors(), start_color() != ERR {
            defaultColorsWork = use_default_colors() != ERR
            depth = ColorDepth.detect(terminalColors: Int(kabar_colors()), environment: environment)
            if kabar_colors() >= 1 << 24 { directFrom = Self.directPaletteSize() }
        }
        self.colorDepth = depth
        self.styles = CursesStyleCache(depth: depth, defaultColorsWork: defaultColorsWork, directFrom: directFrom)
        _ = mouseinterval(0)
        setMouse(mouse)
        TerminalGuard.setCursesActive(true)
    }

    /// Turns click and wheel reporting on or off. While it is on, most terminals select text
    /// with Shift+drag.
    public func setMouse(_ on: Bool) {
        guard active else { return }
        _ = mousemask(on ? kabar_all_mouse_events() | kabar_report_mouse_position() : 0, nil)
        mouseEnabled = on
    }

    /// Environment variables, read with getenv (this target has no Foundation).
    static func environment(_ names: String...) -> [String: String] {
        var values: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }

    /// How many low colour numbers a direct-colour terminfo still treats as palette entries:
    /// 16 for `*-direct16`, 256 for `*-direct256`, else 8 (`xterm-direct`, `tmux-direct`, …).
    static func directPaletteSize() -> Int {
        guard let raw = termname() else { return 8 }
        let name = String(cString: raw)
        if name.hasSuffix("direct256") { return 256 }
        if name.hasSuffix("direct16") { return 16 }
        return 8
    }

    deinit {
        shutdown()
        if let screen { delscreen(screen) }
    }

    /// The current screen size in cells.
    public var size: (width: Int, height: Int) {
        (Int(kabar_getmaxx(window)), Int(kabar_getmaxy(window)))
    }

    /// Writes the cells into curses' virtual screen; continuation cells are skipped
    /// (curses fills them when it writes the wide character to their left).
    public func draw(_ changes: [CellChange]) {
        guard active else { return }
        let (width, height) = size
        glyph.withUnsafeMutableBufferPointer { buffer in
            let capacity = buffer.count - 1
            for change in changes {
                let cell = change.cell
                guard !cell.isContinuation,
                      change.x >= 0, change.y >= 0, change.x < width, change.y < height
                else { continue }
                var count = 0
                for scalar in cell.symbol.unicodeScalars {
                    guard count < capacity else { break }
                    let value = scalar.value
                    // A control character would be shown as ^X, two cells wide.
                    let safe = (value < 0x20 || (0x7F...0x9F).contains(value)) ? 0x20 : value
                    buffer[count] = wchar_t(bitPattern: safe)
                    count += 1
                }
                if count == 0 { buffer[0] = 0x20; count = 1 }
                buffer[count] = 0
                let look = styles.lookup(cell.style)
                _ = kabar_put_cell(window, Int32(change.y), Int32(change.x), buffer.baseAddress!, look.attrs, look.pair)
            }
        }
    }

    /// Blanks the screen; the next flush repaints every cell from scratch.
    public func clear() {
        guard active else { return }
        werase(window)
        clearok(window, true)
    }

    /// Blanks the window only: ncurses then sends just the cells that differ from the screen.
    public func erase() {
        guard active else { return }
        werase(window)
    }

    /// Makes everything drawn so far visible.
    public func flush() {
        guard active else { return }
        wrefresh(window)
    }

    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key, mouse event or resize.
    /// Returns nil on time-out and for input with no meaning here (mouse motion, unknown keys).
    public func pollEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard active else { return nil }
        wtimeout(window, Int32(clamping: max(-1, timeoutMilliseconds)))
        var code: UInt32 = 0
        switch kabar_get_wch(window, &code) {
        case KEY_CODE_YES:
            let keyCode = Int32(bitPattern: code)
            switch keyCode {
            case KEY_RESIZE:
                let (width, height) = size
                return .resize(width: width, height: height)
            case KEY_MOUSE:
                return mouseEvent()
            default:
                return CursesKeyDecoder.key(keyCode: keyCode).map(InputEvent.key)
            }
        case OK:
            return CursesKeyDecoder.key(character: code).map(InputEvent.key)
        default:
            return nil
        }
    }

    /// Gives the terminal back to the shell and stops the process (Ctrl-Z); when the
    /// process is continued, takes the terminal again and repaints the whole screen.
    public func suspend() {
        guard active else { return }
        endwin()
        TerminalGuard.setCursesActive(false)
        // Stop with the default action even if ncurses installed its own SIGTSTP handler.
        var previous = sigaction()
        _ = kabar_set_handler(SIGTSTP, SIG_DFL, &previous)
        _ = raise(SIGTSTP)
        // ... stopped until SIGCONT ...
        _ = kabar_restore_handler(SIGTSTP, &previous)
        TerminalGuard.setCursesActive(true)
        var rows: Int32 = 0
        var cols: Int32 = 0
        if kabar_tty_size(STDOUT_FILENO, &rows, &cols) == 0,
           rows != kabar_getmaxy(window) || cols != kabar_getmaxx(window) {
            // Resized while stopped: SIGWINCH went to the foreground job, not us.
            // resizeterm also queues KEY_RESIZE, so the app re-lays out.
            resizeterm(rows, cols)
        }
        clearok(window, true)
        wrefresh(window)
    }

    /// Puts the tty back in the reader's modes (raw, no echo) after the process was stopped
    /// and continued behind its back (SIGSTOP, then `fg`): the shell may have left it in
    /// its own modes. The caller then repaints every cell.
    public func restoreModesAfterContinue() {
        guard active else { return }
        reset_prog_mode()
    }

    /// Leaves curses: mouse reporting off, cursor shown, terminal modes restored. Idempotent.
    public func shutdown() {
        guard active else { return }
        active = false
        _ = mousemask(0, nil)
        _ = curs_set(1)
        endwin()
        TerminalGuard.setCursesActive(false)
    }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        func has(_ mask: mmask_t) -> Bool { mask != 0 && state & mask != 0 }
        let action: MouseAction
        if has(kabar_button4_pressed()) {
            action = .scrollUp
        } else if has(kabar_button5_pressed()) {
            action = .scrollDown
        } else if has(kabar_report_mouse_position()) {
            return nil  // motion, with or without a button held
        } else if has(kabar_button1_pressed()) || has(kabar_button1_clicked()) {
            action = .press(.left)
        } else if has(kabar_button1_released()) {
            action = .release(.left)
        } else if has(kabar_button2_pressed()) || has(kabar_button2_clicked()) {
            action = .press(.middle)
        } else if has(kabar_button2_released()) {
            action = .release(.middle)
        } else if has(kabar_button3_pressed()) || has(kabar_button3_clicked()) {
            action = .press(.right)
        } else if has(kabar_button3_released()) {
            action = .release(.right)
        } else {
            return nil
        }
        return .mouse(MouseEvent(action: action, x: Int(event.x), y: Int(event.y)))
    }
}
