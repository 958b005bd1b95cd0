/// A key press, decoded by the backend.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl plus a letter, lower-cased: Ctrl-C is `.ctrl("c")`.
    case ctrl(Character)
    case enter, tab, backTab, escape, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
}
