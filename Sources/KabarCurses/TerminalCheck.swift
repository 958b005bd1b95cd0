import CNcurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the process's terminal, for code that does not run curses (e.g. `kabar show`).
public enum TerminalCheck {
    /// True when both stdin and stdout are terminals.
    public static func isInteractive() -> Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// The size of the terminal on stdout, or nil when it can't be told.
    public static func size() -> (width: Int, height: Int)? {
        var rows: Int32 = 0
        var cols: Int32 = 0
        guard kabar_tty_size(STDOUT_FILENO, &rows, &cols) == 0, cols > 0, rows > 0 else { return nil }
        return (Int(cols), Int(rows))
    }

    /// The width of the terminal on stdout, else `$COLUMNS` when it is a positive number, else nil.
    public static func columns() -> Int? {
        var rows: Int32 = 0
        var cols: Int32 = 0
        if kabar_tty_size(STDOUT_FILENO, &rows, &cols) == 0, cols > 0 { return Int(cols) }
        if let raw = getenv("COLUMNS"), let value = Int(String(cString: raw)), value > 0 { return value }
        return nil
    }
}
