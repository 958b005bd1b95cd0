import CNcurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// State shared with signal handlers. Handlers only read these plain values (no
// allocation, no reference counting); everything is written before the handlers are
// installed or by `CursesBackend` on the main thread.

/// The tty settings from before curses started, on the heap: Swift lays out a global
/// `termios` in 57 bytes where tcgetattr writes 60 (AddressSanitizer caught the overflow).
nonisolated(unsafe) private var guardSavedTermios: UnsafeMutablePointer<termios>? = nil
/// 1 once `guardSavedTermios` holds a real tcgetattr result.
nonisolated(unsafe) private var guardHaveTermios: Int32 = 0
/// 1 while curses owns the screen (alternate screen, hidden cursor, mouse on).
nonisolated(unsafe) private var guardCursesActive: Int32 = 0
/// The last SIGTERM/SIGHUP/SIGINT/SIGQUIT received, 0 if none.
nonisolated(unsafe) private var guardPendingSignal: Int32 = 0
/// 1 when SIGTSTP asked the reader to suspend, until the app loop takes the request.
nonisolated(unsafe) private var guardPendingSuspend: Int32 = 0
/// 1 when SIGCONT said the process was continued, until the app loop takes it.
nonisolated(unsafe) private var guardPendingRedraw: Int32 = 0
/// 1 after `install()`.
nonisolated(unsafe) private var guardInstalled: Int32 = 0
/// The actions that were in place before ours, indexed by signal number.
nonisolated(unsafe) private var guardPreviousActions: UnsafeMutablePointer<sigaction>? = nil
private let guardSignalSlots = 65

/// SGR reset, mouse modes 1000/1002/1003/1006/1015 off, normal cursor keys and keypad,
/// leave the alternate screen, show the cursor. A StaticString lives in the binary's
/// constant data, so a signal handler can hand it straight to write(2).
private let guardRestoreSequence: StaticString =
    "\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?1015l\u{1B}[?1l\u{1B}>\u{1B}[?1049l\u{1B}[?25h"

/// Async-signal-safe restore: only write(2) and tcsetattr(3).
private func guardRestoreTerminal() {
    if guardCursesActive != 0 {
        _ = write(STDOUT_FILENO, guardRestoreSequence.utf8Start, guardRestoreSequence.utf8CodeUnitCount)
        guardCursesActive = 0
    }
    if guardHaveTermios != 0, let saved = guardSavedTermios {
        _ = tcsetattr(STDIN_FILENO, TCSANOW, saved)
    }
}

/// Handler for fatal signals: restore, put back the previous action (SIG_DFL, or the Swift
/// runtime's crash reporter), and raise again, so the process still dies of the signal.
private let guardFatalHandler: @convention(c) (Int32) -> Void = { sig in
    guardRestoreTerminal()
    if let previous = guardPreviousActions, sig > 0, Int(sig) < guardSignalSlots {
        _ = kabar_restore_handler(sig, previous + Int(sig))
    } else {
        _ = kabar_default_handler(sig)
    }
    _ = raise(sig)
}

/// Handler for termination requests: note the signal for the app loop. A second request
/// while the first is still pending means the app is not responding: restore and die.
private let guardRequestHandler: @convention(c) (Int32) -> Void = { sig in
    if guardPendingSignal != 0 {
        guardRestoreTerminal()
        _ = kabar_default_handler(sig)
        _ = raise(sig)
        return
    }
    guardPendingSignal = sig
}

/// SIGTSTP (`kill -TSTP`, or the terminal's suspend key when the tty is not raw): note it,
/// so the app loop suspends the way Ctrl-Z does (the terminal given back first).
private let guardSuspendHandler: @convention(c) (Int32) -> Void = { _ in
    guardPendingSuspend = 1
}

/// SIGCONT: note it, so the app loop repaints the whole screen (after a `kill -STOP`,
/// which can't be caught, the terminal may have been used by something else).
private let guardContinueHandler: @convention(c) (Int32) -> Void = { _ in
    guardPendingRedraw = 1
}

/// Restores the terminal on every exit path.
///
/// Call `install()` first thing, before `CursesBackend` starts (ncurses then leaves our
/// SIGINT/SIGTERM handlers alone). Termination requests (SIGTERM, SIGHUP, SIGINT, SIGQUIT)
/// only set `pendingSignal`, which the app loop polls so it can shut down normally; a
/// second one while the first is pending kills the process after restoring the terminal.
/// Crashes (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE) restore the terminal with
/// async-signal-safe calls and then re-raise, so a crash still crashes. `exit()` while
/// curses is active also restores (via atexit). Those signals, and SIGWINCH, are unblocked
/// in case the parent left them blocked. SIGTSTP only asks the app loop to suspend
/// (`takeSuspendRequest`), which gives the terminal back before stopping, and SIGCONT asks
/// it to repaint everything (`takeRedrawRequest`); with our SIGTSTP handler in place,
/// ncurses does not install its own.
public enum TerminalGuard {
    static let requestSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Saves the tty state and installs the handlers. Idempotent.
    public static func install() {
        guard guardInstalled == 0 else { return }
        guardInstalled = 1
        let saved = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        saved.initialize(to: termios())
        guardSavedTermios = saved
        if isatty(STDIN_FILENO) == 1, tcgetattr(STDIN_FILENO, saved) == 0 {
            guardHaveTermios = 1
        }
        // Touch every global now so no lazy initialisation ever runs inside a handler.
        guardCursesActive = 0
        guardPendingSignal = 0
        _ = guardRestoreSequence.utf8CodeUnitCount
        let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: guardSignalSlots)
        previous.initialize(repeating: sigaction(), count: guardSignalSlots)
        guardPreviousActions = previous
        for sig in requestSignals {
            _ = kabar_set_handler(sig, guardRequestHandler, previous + Int(sig))
        }
        for sig in fatalSignals {
            _ = kabar_set_handler(sig, guardFatalHandler, previous + Int(sig))
        }
        guardPendingSuspend = 0
        guardPendingRedraw = 0
        _ = kabar_set_handler(SIGTSTP, guardSuspendHandler, previous + Int(SIGTSTP))
        _ = kabar_set_handler(SIGCONT, guardContinueHandler, previous + Int(SIGCONT))
        // A parent may have started us with these blocked (the mask is inherited): then
        // `kill -TERM` would wait forever, and a resize would never be seen.
        var handled = sigset_t()
        sigemptyset(&handled)
        for sig in requestSignals + [SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&handled, sig) }
        _ = pthread_sigmask(SIG_UNBLOCK, &handled, nil)
        atexit { guardRestoreTerminal() }
    }

    /// The termination signal received (SIGTERM, SIGHUP, SIGINT or SIGQUIT), nil if none.
    public static var pendingSignal: Int32? {
        guardPendingSignal == 0 ? nil : guardPendingSignal
    }

    /// Whether SIGTSTP arrived since the last call.
    public static func takeSuspendRequest() -> Bool {
        guard guardPendingSuspend != 0 else { return false }
        guardPendingSuspend = 0
        return true
    }

    /// Whether SIGCONT arrived since the last call.
    public static func takeRedrawRequest() -> Bool {
        guard guardPendingRedraw != 0 else { return false }
        guardPendingRedraw = 0
        return true
    }

    /// Leaves the alternate screen, shows the cursor, turns mouse reporting off (only if
    /// curses is active) and puts back the saved tty settings. Async-signal-safe.
    public static func restoreNow() {
        guardRestoreTerminal()
    }

    /// Called by `CursesBackend` when it takes over or gives back the screen.
    static func setCursesActive(_ active: Bool) {
        guardCursesActive = active ? 1 : 0
    }
}
