import Foundation
import KabarCore
import KabarSearch

/// The reader's fast start: when the articles folder already has a search index, the
/// articles are read back from it (after the usual check of sizes and modification times,
/// which re-reads only files that changed) instead of parsing every file again.
public enum WarmStart {
    /// The titles, sources and dates of the articles in the index of the one folder given,
    /// the first article whole (``SearchIndex/articleHeaders(withText:)``): what the reader
    /// shows first while the texts are read. Nil as for `load`.
    public static func headers(_ paths: [String], locator: ArticleLocator) -> [Article]? {
        guard let (index, _) = warmIndex(paths, locator: locator),
              let headers = try? index.articleHeaders(), !headers.isEmpty else { return nil }
        return headers
    }

    /// The folder's index, when the one folder given has one that opens without trouble.
    static func warmIndex(_ paths: [String], locator: ArticleLocator) -> (SearchIndex, folder: String)? {
        guard let resolved = try? locator.paths(paths), resolved.count == 1 else { return nil }
        let folder = resolved[0]
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        let cache = IndexLocation.cacheDirectory(environment: locator.environment)
        guard FileManager.default.fileExists(atPath: IndexLocation.database(forFolder: folder, cacheDirectory: cache)) else { return nil }
        let index = SearchIndex.open(folder: folder, cacheDirectory: cache)
        guard index.path != nil, index.warning == nil else { return nil }
        return (index, folder)
    }

    /// The articles from the index of the one folder given (or the default folder), or nil
    /// when there is no index yet or it can't be used (the caller then reads the files).
    /// - Parameters:
    ///   - checkFiles: bring the index up to date with the files first. The reader starts
    ///     without (the index as it was left) and has the search engine check the files in
    ///     the background, reloading the articles if any changed.
    ///   - progress: gets what is being done ("checking", "reading") with (done, total).
    public static func load(_ paths: [String], locator: ArticleLocator, checkFiles: Bool = true,
                            progress: ((_ step: String, _ done: Int, _ total: Int) -> Void)? = nil) -> LoadResult? {
        loadWithAnalysis(paths, locator: locator, checkFiles: checkFiles, progress: progress)?.result
    }

    /// As `load`, with what the recognisers found in each article, as the index keeps it (in
    /// the articles' order; nil when the index does not keep it).
    public static func loadWithAnalysis(_ paths: [String], locator: ArticleLocator, checkFiles: Bool = true,
                                        progress: ((_ step: String, _ done: Int, _ total: Int) -> Void)? = nil)
        -> (result: LoadResult, analysis: [StoredAnalysis]?)? {
        guard let (index, folder) = warmIndex(paths, locator: locator),
              let update = checkFiles ? try? index.update(folder: folder, progress: { progress?("updating the index of", $0, $1) })
                                      : IndexUpdate(),
              let read = try? index.articlesWithAnalysis(progress: { progress?("loading", $0, $1) }),
              !read.articles.isEmpty else { return nil }
        var result = LoadResult()
        result.articles = read.articles
        result.warnings = update.warnings.map { LoadWarning(path: folder, message: $0) }
        return (result, read.analysis)
    }
}
