/// One block of an article's body: a heading, a paragraph or a bullet item.
///
/// `text` is plain text: the Markdown markers (`## `, `- `) are removed, lines are joined
/// with single spaces, and inline markup is kept verbatim. `start..<end` is where `text`
/// sits inside ``Article/body``, counted in Unicode scalars; ``Article`` computes these
/// offsets itself, so blocks built by hand may leave them at 0.
public struct Block: Hashable, Sendable {
    public var kind: BlockKind
    /// The block's plain text, NFC-normalised.
    public var text: String
    /// Unicode-scalar offset of the first scalar of `text` in ``Article/body``.
    public var start: Int
    /// Unicode-scalar offset just past the last scalar of `text` in ``Article/body``.
    public var end: Int

    public init(kind: BlockKind, text: String, start: Int = 0, end: Int = 0) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
    }
}
