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
            var articles: [Article] = []
            articles.reserveCapacity(total)
            let rows = try Row.fetchCursor(db, sql: "SELECT key, path, title, source, date, size FROM articles ORDER BY path")
            while let row = try rows.next() {
                articles.append(ArticleRecord.article(key: row[0], path: row[1], title: row[2], source: row[3],
                                                      date: row[4], body: "", layout: "", size: row[5]))
            }
            let whole = try Row.fetchCursor(db, sql: "SELECT key, path, title, source, date, body, layout, size FROM articles ORDER BY path LIMIT ?",
                                            arguments: [max(0, withText)])
            var index = 0
            while let row = try whole.next(), index < articles.count {
                articles[index] = ArticleRecord.article(key: row[0], path: row[1], title: row[2], source: row[3],
                                                        date: row[4], body: row[5], layout: row[6], size: row[7])
                index += 1
            }
            return articles
        }
    }
}
