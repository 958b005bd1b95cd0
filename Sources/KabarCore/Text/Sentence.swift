/// One sentence of a text: its scalar range (trimmed of surrounding whitespace) and the
/// tokens it holds.
public struct Sentence: Hashable, Sendable {
    /// Offset of the sentence's first scalar, inclusive (the start of its first token).
    public var start: Int
    /// Offset just past its last scalar, exclusive (the end of its last token).
    public var end: Int
    /// Indices into the token array the sentence was split from.
    public var tokens: Range<Int>

    public init(start: Int, end: Int, tokens: Range<Int>) {
        self.start = start
        self.end = end
        self.tokens = tokens
    }

    /// The sentence's text within `text`, the string it was split from.
    /// Walks the scalars from the start of `text`, so it costs O(`end`); out-of-range
    /// offsets are clamped.
    public func text(in text: String) -> String {
        text.scalarSlice(start..<max(start, end))
    }
}
