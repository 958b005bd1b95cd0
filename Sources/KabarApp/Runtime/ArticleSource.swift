import Foundation

/// Where the reader's articles came from: so that it can notice the open article's file
/// changing under it, and read the articles again when asked (`R`).
public struct ArticleSource: Sendable {
    /// When the articles were read (taken before reading): a file modified later changed.
    public var loadedAt: Date
    /// Reads the articles again; run in the background.
    public var load: @Sendable () -> ArticleReload

    public init(loadedAt: Date, load: @escaping @Sendable () -> ArticleReload) {
        self.loadedAt = loadedAt
        self.load = load
    }
}
