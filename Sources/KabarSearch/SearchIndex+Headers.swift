import Foundation
import GRDB
import KabarCore

extension SearchIndex {
    /// Every article's title, source and date, in path order, without their texts: what
    /// the reader's list shows first. The first `withText` articles come whole, so the reader
    /// opens on one it can show. A header's blocks are empty.
    ///
    /// Reads only the columns stored before the texts: SQLite leaves a row's overflow pages
    /// (its long body) unread.
    public func articleHeaders(withText: Int = 1) throws -> [Article] {
        try writer.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
            var articles = try SearchIndex.fetchArticles(db, withText: false, expected: total)
            let whole = try SearchIndex.fetchArticles(db, withText: true, limit: max(0, withText))
            articles.replaceSubrange(0..<min(whole.count, articles.count), with: whole.prefix(articles.count))
            return articles
        }
    }
}
