import KabarCore

/// A word of the laid-out article: where it is in the text and where it is on screen.
public struct DocumentWord: Hashable, Sendable {
    public var text: String
    public var field: TextField
    /// Unicode-scalar offsets into the field's NFC text.
    public var start: Int
    public var end: Int
    /// The document line and display column where the word starts, and its display width.
    public var line: Int
    public var column: Int
    public var width: Int
}
