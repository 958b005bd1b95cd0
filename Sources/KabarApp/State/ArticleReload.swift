import Foundation
import KabarCore

/// The articles read again from disk when the reader is asked to reload (`R`).
public struct ArticleReload: Hashable, Sendable {
    public var articles: [AnalyzedArticle]
    /// One-line warnings about files that could not be read, as `path:line: message`.
    public var warnings: [String]
    /// Why nothing could be read at all (the folder is gone); the reader keeps what it has.
    public var failure: String?
    /// When the reading started: a file modified later has changed since.
    public var loadedAt: Date
    /// The articles came from the search index without checking the files against it (a warm
    /// start); the search engine checks them in the background (see `AppState.articlesUnchecked`).
    public var unchecked = false
    /// What the index holds of each article's names and dates (in the articles' order), so
    /// that they are not recognised again; nil when they were read from the files.
    public var analysis: [StoredAnalysis]?

    public init(articles: [AnalyzedArticle], warnings: [String] = [], loadedAt: Date) {
        self.articles = articles
        self.warnings = warnings
        self.failure = nil
        self.loadedAt = loadedAt
    }

    public init(failure: String, loadedAt: Date) {
        self.articles = []
        self.warnings = []
        self.failure = failure
        self.loadedAt = loadedAt
    }

    public static func == (a: ArticleReload, b: ArticleReload) -> Bool {
        a.articles.map(\.article) == b.articles.map(\.article) && a.warnings == b.warnings
            && a.failure == b.failure && a.loadedAt == b.loadedAt && a.unchecked == b.unchecked
            && a.analysis == b.analysis
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(articles.map(\.article.id))
        hasher.combine(failure)
        hasher.combine(loadedAt)
    }
}

/// What happened to an article's file since it was read.
public enum FileChange: Hashable, Sendable {
    case deleted
    case rewritten
}
