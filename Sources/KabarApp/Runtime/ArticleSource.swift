import Foundation

/// Where the reader's articles came from: so that it can notice the open article's file
/// changing under it, and read the articles again when asked (`R`).
public struct ArticleSource: Sendable {
    /// When the articles were read (taken before reading): a file modified later changed.
    public var loadedAt: Date
    /// Reads the articles again, reporting how far it has got; run on a thread of its own.
    public var load: @Sendable (_ progress: @escaping @Sendable (LoadProgress) -> Void) -> ArticleReload

    public init(loadedAt: Date, loadWithProgress: @escaping @Sendable (_ progress: @escaping @Sendable (LoadProgress) -> Void) -> ArticleReload) {
        self.loadedAt = loadedAt
        self.load = loadWithProgress
    }

    /// A source that reads without saying how far it has got.
    public init(loadedAt: Date, load: @escaping @Sendable () -> ArticleReload) {
        self.init(loadedAt: loadedAt, loadWithProgress: { _ in load() })
    }
}
