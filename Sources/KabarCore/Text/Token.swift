/// One token of a text: its kind, its text, and where it is.
///
/// Offsets count Unicode scalars of the (NFC) text the token came from, so they stay valid
/// whatever view the app uses to draw the text.
public struct Token: Hashable, Sendable {
    /// What the token is.
    public var kind: TokenKind
    /// The token's text, exactly as it appears in the source text.
    public var text: String
    /// Offset of the first scalar, inclusive.
    public var start: Int
    /// Offset just past the last scalar, exclusive.
    public var end: Int

    public init(kind: TokenKind, text: String, start: Int, end: Int) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
    }

    /// The scalar range `start..<end`.
    public var range: Range<Int> { start..<end }
}
