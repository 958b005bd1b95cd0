/// Why the curses backend could not start.
public enum CursesError: Error, CustomStringConvertible {
    /// stdin or stdout is not a terminal (piped, redirected, or no tty at all).
    case notATerminal
    /// ncurses could not set up the terminal (usually an unknown or missing `TERM`).
    case initFailed
    /// The terminal cannot move the cursor (`TERM=dumb`, a printing terminal).
    case cannotMoveCursor

    public var description: String {
        switch self {
        case .notATerminal: return "the interactive reader needs a terminal on stdin and stdout"
        case .initFailed: return "could not initialise the terminal (is TERM set to a known terminal type?)"
        case .cannotMoveCursor:
            return "this terminal cannot move the cursor (TERM=dumb?); use 'kabar show ID' or 'kabar list' to print articles"
        }
    }
}
