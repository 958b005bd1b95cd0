/// What `update` asks the runtime to do beyond changing state.
public enum Effect: Hashable, Sendable {
    /// Leave the reader with this exit status.
    case quit(Int32)
    /// Give the terminal back to the shell (Ctrl-Z); redraw fully on resume.
    case suspend
    /// Repaint every cell (Ctrl-L).
    case redraw
    /// Turn mouse reporting on or off (`M`).
    case setMouse(Bool)
}
