/// What ``ArticleLoader/load(paths:)`` found: the articles that loaded and every warning.
public struct LoadResult: Sendable {
    /// The articles, in the order of the paths given (files of a folder sorted by path).
    public var articles: [Article]
    /// Every problem found, in the order found. Loading never stops at one.
    public var warnings: [LoadWarning]

    public init(articles: [Article] = [], warnings: [LoadWarning] = []) {
        self.articles = articles
        self.warnings = warnings
    }
}
