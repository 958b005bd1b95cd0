/// A popup drawn over the panes; `Esc` closes it.
public enum Overlay: Hashable, Sendable {
    case help
}
