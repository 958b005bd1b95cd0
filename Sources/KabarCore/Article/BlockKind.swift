/// What kind of block of an article's body a ``Block`` is.
public enum BlockKind: Hashable, Sendable {
    /// A heading; `level` is 1...6 (the number of `#` in Markdown).
    case heading(level: Int)
    /// A paragraph of running text.
    case paragraph
    /// One item of a bulleted list.
    case bullet
}
