import Foundation
import GRDB
import KabarCore

extension SearchIndex {
    /// Every article, as `articles(progress:)`, and what the recognisers found in each, in
    /// the same order, read in one transaction (so they agree even while another kabar
    /// writes). The analysis is nil when this index does not keep it (`enrich` off).
    public func articlesWithAnalysis(progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws
        -> (articles: [Article], analysis: [StoredAnalysis]?) {
        try writer.read { db in
            let articles = try SearchIndex.readArticles(db, progress: progress)
            guard enrich else { return (articles, nil) }
            return (articles, try SearchIndex.readAnalysis(db, count: articles.count))
        }
    }

    /// The stored mentions and time expressions of the articles, in path order, each field's
    /// in text order.
    static func readAnalysis(_ db: Database, count: Int) throws -> [StoredAnalysis]? {
        var position: [Int64: Int] = [:]
        position.reserveCapacity(count)
        let ids = try Int64.fetchCursor(db, sql: "SELECT id FROM articles ORDER BY path")
        while let id = try ids.next() { position[id] = position.count }
        guard position.count == count else { return nil }
        var analysis = [StoredAnalysis](repeating: StoredAnalysis(), count: count)
        let rows = try Row.fetchCursor(db, sql: "SELECT article, mentions, events FROM analysis")
        while let row = try rows.next() {
            guard let index = position[row[0]] else { continue }
            analysis[index] = AnalysisRecord.analysis(mentions: row[1], events: row[2])
        }
        return analysis
    }
}
