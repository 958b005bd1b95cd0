import KabarTUI

/// One visual line of a laid-out article.
public struct DocumentLine: Hashable, Sendable {
    public var content: StyledLine
    /// The index of the first word on this line in `ArticleDocument.words`, and how many there are.
    public var firstWord: Int
    public var wordCount: Int
}
