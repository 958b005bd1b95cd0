/// A popup drawn over the panes; `Esc` closes it.
public enum Overlay: Hashable, Sendable {
    case help
    /// Every reading of a word and the other sentences where its lemma occurs.
    case word(WordDetails)
}
