import KabarApp
import KabarCore
import KabarSearch

/// The reader's search engine: the articles folder's SQLite index, behind KabarApp's
/// `SearchEngine` protocol so that the reader never sees a database type.
public final class ReaderSearchEngine: SearchEngine {
    let index: SearchIndex
    public let filesChangedAtOpen: Bool

    public init(index: SearchIndex, filesChangedAtOpen: Bool = false) {
        self.index = index
        self.filesChangedAtOpen = filesChangedAtOpen
    }

    public func search(_ query: String, limit: Int) -> SearchAnswer {
        do {
            return Self.answer(try index.search(query, limit: limit))
        } catch {
            return SearchAnswer(query: query, hits: [], notes: ["the search failed: \(error)"])
        }
    }

    static func answer(_ results: SearchResults) -> SearchAnswer {
        SearchAnswer(query: results.query, hits: results.hits.map { hit in
            SearchAnswer.Hit(articleID: hit.article, path: hit.path, title: hit.title, snippet: hit.snippet,
                             matches: hit.matches.map { SearchAnswer.Match(field: $0.field, start: $0.start, end: $0.end) })
        }, notes: results.notes)
    }

    /// Opens (building or updating) the index of what the reader was given, as `kabar search`
    /// does; meant to run in the background while the reader is already drawn.
    public static func open(_ paths: [String], locator: ArticleLocator) -> SearchEngineLoad {
        do {
            let opened = try IndexOpener.open(paths, locator: locator)
            let warnings = [opened.index.warning].compactMap { $0 } + opened.update.warnings
            let warning = warnings.first.map { first in
                "search: " + first + (warnings.count > 1 ? " (+\(warnings.count - 1) more)" : "")
            }
            let changed = opened.update.added + opened.update.changed + opened.update.removed > 0
            return .ready(ReaderSearchEngine(index: opened.index, filesChangedAtOpen: changed), warning: warning)
        } catch {
            return .failed("\(error)")
        }
    }
}
